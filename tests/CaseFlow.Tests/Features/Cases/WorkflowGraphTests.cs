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
    static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CaseFlow.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("CaseFlow.sln");
    }

    public static TheoryData<string> Kinds => new(CaseKinds.All.Select(k => k.Segment));

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_readme_shows_the_graph_generated_from_the_machine(string segment)
    {
        var graph = MermaidGraph.Format(CaseKinds.FromSegment(segment)!.Blank(WorkflowContext.ForDescription()).GetInfo()).Trim();
        var readmePath = Path.Combine(RepositoryRoot(), "README.md");
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
