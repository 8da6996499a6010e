using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CaseFlow.Features.Admin;
using CaseFlow.Tests.Support;

namespace CaseFlow.Tests.Features.Cases;

/// <summary>
/// The README's "法律依据" is generated from the declarations the workflows use; this test fails when they
/// drift. Run it with CASEFLOW_UPDATE_DOCS=1 to rewrite the section.
/// </summary>
public sealed class LegalBasisTests : HarnessTests
{
    [Fact]
    public void The_readme_lists_every_rule_from_the_declarations_the_workflows_use()
    {
        var sections = LegalBasis.Sections(h.Db.ClockDefinitions.ToList(), h.Services);
        var markdown = LegalBasis.Markdown(sections);
        var readmePath = Path.Combine(Repository.Root(), "README.md");
        var readme = File.ReadAllText(readmePath);
        var block = new Regex("(<!-- legal-basis -->\n)(.*?)(<!-- /legal-basis -->)", RegexOptions.Singleline);

        if (Environment.GetEnvironmentVariable("CASEFLOW_UPDATE_DOCS") == "1")
        {
            readme = block.Replace(readme, m => m.Groups[1].Value + markdown + "\n" + m.Groups[3].Value);
            File.WriteAllText(readmePath, readme);
        }

        var match = block.Match(readme);
        Assert.True(match.Success, "README.md has no section marked <!-- legal-basis -->");
        Assert.Equal(markdown, match.Groups[2].Value.Trim());
        // What the workflows enforce is there with its article: a sample from each source.
        Assert.Contains("仲裁·审理期限：45自然日，可延长一次，最长15自然日", markdown);
        Assert.Contains("人民调解法", markdown);
        Assert.Contains("第五十三条", markdown);
        Assert.Contains("第四十四条", markdown);
        Assert.Contains("企业劳动争议协商调解规定", markdown);
        Assert.Equal(h.Db.ClockDefinitions.Count(), sections.Single(s => s.Title == "法定期限").Rules.Count);
    }
}

/// <summary>The list as configured now: an administrator's change to a clock shows in it.</summary>
public abstract class LegalBasisApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseFlowApp
{
    [Fact]
    public async Task The_api_serves_the_rules_as_configured_now()
    {
        var admin = await app.As("admin");
        await (await admin.PutAsJsonAsync("/api/admin/clocks/tribunal", new { days = 6, unit = "WorkingDays" }, CaseFlowApp.Json)).Read(HttpStatusCode.OK);
        try
        {
            var sections = await (await (await app.As("mediator.sanbu")).GetAsync("/api/legal-basis")).Read(HttpStatusCode.OK);
            var clocks = sections.EnumerateArray().Single(s => s.GetProperty("title").GetString() == "法定期限").GetProperty("rules");
            Assert.Contains(clocks.EnumerateArray(), r => r.GetProperty("name").GetString() == "仲裁·组庭通知期限：6工作日");
            Assert.Contains(sections.EnumerateArray(), s => s.GetProperty("title").GetString() == "调解协议的审查确认");
        }
        finally
        {
            await (await admin.PutAsJsonAsync("/api/admin/clocks/tribunal", new { days = 5, unit = "WorkingDays" }, CaseFlowApp.Json)).Read(HttpStatusCode.OK);
        }
    }
}

public sealed class LegalBasisApiTestsOnSqlite(SqliteApp app) : LegalBasisApiTests<SqliteApp>(app);

[Trait("Database", "MariaDb")]
public sealed class LegalBasisApiTestsOnMariaDb(MariaDbApp app) : LegalBasisApiTests<MariaDbApp>(app);
