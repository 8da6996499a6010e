using CaseFlow.Tests.Support;
using System.Text.RegularExpressions;
using CaseFlow.Features.Cases;
using CaseFlow.Workflows;
using Stateless.Graph;

namespace CaseFlow.Tests.Features.Cases;

/// <summary>
/// The README's workflow diagrams are generated from the machines; this test fails when they drift.
/// Run it with CASEFLOW_UPDATE_DOCS=1 to rewrite them.
/// </summary>
public sealed class WorkflowGraphTests
{
    public static TheoryData<string> Kinds => new(CaseKinds.All.Select(k => k.Segment));

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_readme_shows_the_graph_generated_from_the_machine(string segment)
    {
        var graph = MermaidGraph.Format(CaseKinds.FromSegment(segment)!.Blank(WorkflowContext.ForDescription()).GetInfo()).Trim();
        var readmePath = Path.Combine(Repository.Root(), "README.md");
        var readme = File.ReadAllText(readmePath);
        var block = new Regex($"(<!-- workflow:{segment} -->\\s*```mermaid\\n)(.*?)(^```$)", RegexOptions.Singleline | RegexOptions.Multiline);

        if (Environment.GetEnvironmentVariable("CASEFLOW_UPDATE_DOCS") == "1")
        {
            readme = block.Replace(readme, m => m.Groups[1].Value + graph + "\n" + m.Groups[3].Value);
            File.WriteAllText(readmePath, readme);
        }

        var match = block.Match(readme);
        Assert.True(match.Success, $"README.md has no block marked <!-- workflow:{segment} -->");
        Assert.Equal(graph, match.Groups[2].Value.Trim());
    }
}
