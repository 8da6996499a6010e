using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CaseFlow.Features.Cases;
using CaseFlow.Infrastructure;
using CaseFlow.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Tests.Features.Cases;

/// <summary>
/// 我的工作 as each role reads it (overdue first, a clock past two thirds of its period flagged, the
/// head's approvals), and the case list's one search box for whatever the clerk has at hand.
/// </summary>
public abstract partial class WorklistAndSearchTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseFlowApp
{
    static readonly DateOnly Today = new(2026, 11, 2);

    async Task<JsonElement> Open(HttpClient client, string kind, object body) =>
        await (await client.PostAsJsonAsync($"/api/{kind}", body, CaseFlowApp.Json)).Read(HttpStatusCode.Created);

    async Task<int> UserId(string userName) => await app.Query(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    /// <summary>The home page as <paramref name="userName"/> reads it, as rows of the 待办/待审批 table and of the other table.</summary>
    async Task<(List<Row> ToDo, List<Row> Others)> Home(string userName)
    {
        var client = await app.As(userName);
        var html = await (await client.GetAsync("/")).Content.ReadAsStringAsync();
        var todoAt = html.IndexOf("<h2 id=\"todo\">", StringComparison.Ordinal);
        var othersAt = html.IndexOf("<h2 id=\"worklist\">", StringComparison.Ordinal);
        Assert.True(todoAt > 0 && othersAt > todoAt, $"the home page of {userName} has no worklist: {html[..Math.Min(html.Length, 500)]}");
        return (Rows(html[todoAt..othersAt]), Rows(html[othersAt..]));
    }

    static List<Row> Rows(string html) =>
        html.Split("<tr>").Skip(1)
            .Select(row => CaseLink().Match(row) is { Success: true } link ? new Row(long.Parse(link.Groups[1].Value), row) : null)
            .OfType<Row>().ToList();

    sealed record Row(long CaseId, string Html)
    {
        public bool Overdue => Html.Contains("tag tag--error", StringComparison.Ordinal);
        public bool Warning => Html.Contains("tag tag--warn", StringComparison.Ordinal);
    }

    [GeneratedRegex("href=\"/cases/[a-z-]+/(\\d+)\"")]
    private static partial Regex CaseLink();

    [Fact]
    public async Task The_home_worklist_puts_overdue_clocks_first_flags_two_thirds_gone_and_shows_the_head_what_waits_for_approval()
    {
        app.Clock.SetToday(Today);
        var registrar = await app.As("registrar");
        // Acceptance is due in 5 working days (art. 29): received 19 October it was due 26 October, now overdue;
        // received 27 October it is due 3 November, 4 of its 5 days gone; received today, none gone.
        var fresh = await Open(registrar, "arbitration-cases", ApiRequests.Application(Today, worker: 7101, employer: 7101));
        var warned = await Open(registrar, "arbitration-cases", ApiRequests.Application(new DateOnly(2026, 10, 27), worker: 7102, employer: 7102));
        var late = await Open(registrar, "arbitration-cases", ApiRequests.Application(new DateOnly(2026, 10, 19), worker: 7103, employer: 7103));

        // A case whose tribunal proposes suspension waits for the head's decision.
        var proposed = await Open(registrar, "arbitration-cases", ApiRequests.Application(Today, worker: 7104, employer: 7104));
        var url = $"/api/arbitration-cases/{proposed.GetProperty("id").GetInt64()}";
        await registrar.Act(url, "submit-for-review", new { version = 1 });
        await registrar.Act(url, "accept", new { version = 2, track = "Ordinary" });
        await registrar.Act(url, "serve", new { version = 3, servedOn = Today, method = "Post" });
        await (await app.As("head")).Act(url, "form-tribunal", new { version = 4, presidingArbitratorId = await UserId("arbitrator"), memberIds = new[] { await UserId("arbitrator2"), await UserId("arbitrator3") } });
        await (await app.As("arbitrator")).Act(url, "propose-suspension", new { version = 5, ground = "AwaitingAssessment", reason = "申请人已申请工伤认定，尚无结论" });

        // The overdue application has been submitted for review: its acceptance or refusal is the head's to decide too.
        await registrar.Act($"/api/arbitration-cases/{late.GetProperty("id").GetInt64()}", "submit-for-review", new { version = 1 });

        var (todo, _) = await Home("registrar");
        var ids = todo.Select(r => r.CaseId).ToList();
        long Id(JsonElement c) => c.GetProperty("id").GetInt64();
        Assert.True(ids.IndexOf(Id(late)) == 0, $"the overdue case is not first: {string.Join(",", ids)}");
        Assert.True(ids.IndexOf(Id(warned)) > ids.IndexOf(Id(late)) && ids.IndexOf(Id(fresh)) > ids.IndexOf(Id(warned)), $"order: {string.Join(",", ids)}");
        var (lateRow, warnedRow, freshRow) = (todo.Single(r => r.CaseId == Id(late)), todo.Single(r => r.CaseId == Id(warned)), todo.Single(r => r.CaseId == Id(fresh)));
        Assert.True(lateRow.Overdue && lateRow.Html.Contains("已超期 5个工作日", StringComparison.Ordinal), lateRow.Html);
        Assert.True(warnedRow.Warning && !warnedRow.Overdue && warnedRow.Html.Contains("剩 1个工作日", StringComparison.Ordinal), warnedRow.Html);
        Assert.False(freshRow.Warning || freshRow.Overdue, freshRow.Html);
        Assert.DoesNotContain(todo, r => r.CaseId == Id(proposed) && r.Html.Contains("/act/suspend\"", StringComparison.Ordinal));

        var (approvals, _) = await Home("head");
        var waiting = approvals.Single(r => r.CaseId == Id(proposed));
        Assert.Contains($"/act/suspend\"", waiting.Html);
        Assert.Contains("决定中止", waiting.Html);
        Assert.Contains("/act/reject-suspension\"", waiting.Html);
        Assert.Contains(approvals, r => r.CaseId == Id(late) && r.Html.Contains("/act/refuse\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task One_search_box_finds_a_case_by_its_number_a_partys_name_an_id_number_a_credit_code_or_its_project()
    {
        app.Clock.SetToday(Today);
        var registrar = await app.As("registrar");
        var accepted = await Open(registrar, "arbitration-cases", ApiRequests.Application(Today, worker: 7201, employer: 7201));
        var url = $"/api/arbitration-cases/{accepted.GetProperty("id").GetInt64()}";
        await registrar.Act(url, "submit-for-review", new { version = 1 });
        var number = (await registrar.Act(url, "accept", new { version = 2, track = "Ordinary" })).GetProperty("caseNumber").GetString()!;
        var other = await Open(registrar, "arbitration-cases", ApiRequests.Application(Today, worker: 7202, employer: 7202));

        async Task<List<long>> Search(HttpClient client, string kind, string q)
        {
            var page = await (await client.GetAsync($"/api/{kind}?q={Uri.EscapeDataString(q)}")).Read(HttpStatusCode.OK);
            return page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).ToList();
        }
        var acceptedId = accepted.GetProperty("id").GetInt64();
        Assert.Equal([acceptedId], await Search(registrar, "arbitration-cases", number));
        Assert.Equal([acceptedId], await Search(registrar, "arbitration-cases", "劳动者7201"));
        Assert.Equal([acceptedId], await Search(registrar, "arbitration-cases", TestIds.Worker(7201)));
        // Codes are matched whatever their case: a clerk types the check letter as it comes.
        Assert.Equal([acceptedId], await Search(registrar, "arbitration-cases", TestIds.Employer(7201).ToLowerInvariant()));
        Assert.Equal([other.GetProperty("id").GetInt64()], await Search(registrar, "arbitration-cases", "测试建筑工程有限公司7202"));
        Assert.Empty(await Search(registrar, "arbitration-cases", "没有这个人"));

        var inspector = await app.As("inspector");
        var project = await (await inspector.PostAsJsonAsync("/api/projects", new
        {
            name = "开平市检索测试安置房工程", town = "sanbu", developerName = "开平市检索测试置业有限公司", generalContractorName = "广东检索测试建设集团有限公司",
            generalContractorCreditCode = TestIds.Employer(7203), contractValue = 1_000_000m, labourCostShare = 20m, startedOn = "2026-09-01",
            plannedCompletionOn = "2027-08-31", informationBoardPosted = true, informationBoardPostedOn = "2026-09-01", wagePayDay = 15,
        }, CaseFlowApp.Json)).Read(HttpStatusCode.Created);
        var complaint = await Open(inspector, "inspection-cases", new
        {
            receivedOn = Today, source = "Hotline12345", summary = "工地拖欠工资", projectId = project.GetProperty("project").GetProperty("id").GetInt64(),
            parties = new object[]
            {
                new { role = "Applicant", kind = "Worker", name = "检索测试工人", idNumber = TestIds.Worker(7203), arrearsAmount = 6000m },
                new { role = "Respondent", kind = "Employer", name = "开平市检索测试劳务有限公司", creditCode = TestIds.Employer(7204) },
            },
        });
        Assert.Equal([complaint.GetProperty("id").GetInt64()], await Search(inspector, "inspection-cases", "检索测试安置房"));
        // Any part of a name, without a digit in it: the middle of the employer's name, the worker's given name.
        Assert.Equal([complaint.GetProperty("id").GetInt64()], await Search(inspector, "inspection-cases", "检索测试劳务"));
        Assert.Equal([complaint.GetProperty("id").GetInt64()], await Search(inspector, "inspection-cases", "测试工人"));
        Assert.Empty(await Search(inspector, "inspection-cases", "检索测试劳务派遣"));
        // A search never reaches past the organisations the user may see.
        Assert.Empty(await Search(await app.As("mediator.sanbu"), "mediation-cases", "劳动者7201"));
        Assert.Empty(await Search(inspector, "inspection-cases", "劳动者7201"));
    }

    [Fact]
    public async Task A_search_counts_and_pages_the_same_whether_its_cases_are_paged_from_one_reading_of_their_ids_or_by_the_database()
    {
        app.Clock.SetToday(Today);
        var registrar = await app.As("registrar");
        List<long> opened = [];
        foreach (var n in new[] { 7211, 7212, 7213, 7214, 7215 })
        {
            var body = new
            {
                receivedOn = Today, summary = "被申请人拖欠工资",
                parties = new object[]
                {
                    new { role = "Applicant", kind = "Worker", name = $"分页检索者{n}", idNumber = TestIds.Worker(n) },
                    new { role = "Respondent", kind = "Employer", name = $"开平市分页检索有限公司{n}", creditCode = TestIds.Employer(n) },
                },
                claims = new[] { new { type = "UnpaidWages", amount = 3000m } },
            };
            opened.Add((await Open(registrar, "arbitration-cases", body)).GetProperty("id").GetInt64());
        }
        var user = await app.Query(db => db.Users.Where(u => u.UserName == "registrar")
            .Select(u => new CurrentUser(u.Id, u.UserName!, u.Role, u.OrganisationId, null)).SingleAsync());

        async Task<(int Total, List<long> Ids)> Page(string? q, string? party, int page, int idsAtOnce)
        {
            var found = await app.Query(db => CaseList.QueryAsync(CaseKinds.Arbitration, db, user,
                new CaseListQuery(null, null, null, null, party, null, page, 2, Q: q), idsAtOnce));
            return (found.Total, found.Items.Select(i => i.Id).ToList());
        }
        var newestFirst = opened.OrderDescending().ToList();
        foreach (var (q, party) in new[] { ("分页检索", (string?)null), (null, "分页检索有限公司") })
        foreach (var idsAtOnce in new[] { CaseList.SearchIdsAtOnce, 5, 4 })
        {
            // Five found: within the limit of 5 they are paged in memory, past the limit of 4 by the database, alike.
            for (var page = 1; page <= 3; page++)
            {
                var (total, ids) = await Page(q, party, page, idsAtOnce);
                Assert.Equal(5, total);
                Assert.Equal(newestFirst.Skip((page - 1) * 2).Take(2).ToList(), ids);
            }
            var beyond = await Page(q, party, 4, idsAtOnce);
            Assert.Equal(5, beyond.Total);
            Assert.Empty(beyond.Ids);
        }
        var none = await Page("分页检索者7216", null, 1, CaseList.SearchIdsAtOnce);
        Assert.Equal(0, none.Total);
        Assert.Empty(none.Ids);
    }
}

public sealed class WorklistAndSearchTestsOnSqlite(SqliteApp app) : WorklistAndSearchTests<SqliteApp>(app);

[Trait("Database", "MariaDb")]
public sealed class WorklistAndSearchTestsOnMariaDb(MariaDbApp app) : WorklistAndSearchTests<MariaDbApp>(app);
