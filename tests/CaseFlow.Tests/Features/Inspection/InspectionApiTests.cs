using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Tests.Support;

namespace CaseFlow.Tests.Features.Inspection;

public abstract class InspectionApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseFlowApp
{

    async Task<long> Project(HttpClient inspector) =>
        (await (await inspector.PostAsJsonAsync("/api/projects", new
        {
            name = "开平市翠湖花园二期", location = "开平市长沙街道", developerName = "开平市翠湖置业有限公司", developerCreditCode = TestIds.Employer(401),
            generalContractorName = "广东某建工集团有限公司", generalContractorCreditCode = TestIds.Employer(402), wageAccount = "农民工工资专用账户 4400 1234",
            wageDeposit = 300000m,
        })).Read(HttpStatusCode.Created)).GetProperty("project").GetProperty("id").GetInt64();

    async Task<(HttpClient Inspector, string Url, JsonElement Case)> Complaint(long projectId, int first)
    {
        var inspector = await app.As("inspector");
        var created = await (await app.As("brigade.registrar")).PostAsJsonAsync("/api/inspection-cases", new
        {
            receivedOn = app.Clock.Today, source = "Hotline12345", summary = "翠湖花园二期工地拖欠木工班组工资", projectId,
            parties = new object[]
            {
                new { role = "Applicant", kind = "Worker", name = "梁建新", idNumber = TestIds.Worker(first), arrearsAmount = 18000m, arrearsFrom = "2026-06-01", arrearsTo = "2026-09-30" },
                new { role = "AffectedWorker", kind = "Worker", name = "关伟强", idNumber = TestIds.Worker(first + 1), arrearsAmount = 16500m },
                new { role = "Respondent", kind = "Employer", name = "开平市某劳务分包有限公司", creditCode = TestIds.Employer(403) },
            },
        }, CaseFlowApp.Json);
        var @case = await created.Read(HttpStatusCode.Created);
        Assert.Equal(34500m, @case.GetProperty("inspection").GetProperty("arrearsOwed").GetDecimal());
        return (inspector, created.Headers.Location!.ToString(), @case);
    }

    [Fact]
    public async Task A_construction_arrears_complaint_is_filed_investigated_ordered_and_closed_when_every_worker_is_paid()
    {
        var inspector = await app.As("inspector");
        var projectId = await Project(inspector);
        var (_, url, @case) = await Complaint(projectId, 500);

        @case = await inspector.Act(url, "file", new { version = @case.Version() });
        Assert.Matches("^开人社监立字〔2026〕第\\d+号$", @case.GetProperty("caseNumber").GetString());
        @case = await inspector.Act(url, "log-activity", new
        {
            version = @case.Version(), kind = "SiteVisit", at = "2026-11-02T09:00:00", place = "翠湖花园二期项目部", inspectors = "吴国栋、李明",
            notes = "查阅实名制考勤和工资发放台账，确认木工班组6月至9月工资未发放",
        });
        @case = await inspector.Act(url, "order-rectification", new { version = @case.Version(), deadline = "2026-11-12", requirements = "限期支付拖欠工资" });
        Assert.Equal("RectificationOrdered", @case.State());

        var workers = @case.GetProperty("inspection").GetProperty("arrears").EnumerateArray().Select(a => (Id: a.GetProperty("partyId").GetInt64(), Owed: a.GetProperty("amountOwed").GetDecimal())).ToList();
        @case = await inspector.Act(url, "verify-payment", new { version = @case.Version(), partyId = workers[0].Id, amount = workers[0].Owed, paidOn = "2026-11-02" });
        var problem = await inspector.Act(url, "confirm-rectified", new { version = @case.Version() }, HttpStatusCode.Conflict);
        Assert.Contains("every worker's arrears are verified paid", problem.GetProperty("unmetConditions").EnumerateArray().Select(g => g.GetString()));
        @case = await inspector.Act(url, "verify-payment", new { version = @case.Version(), partyId = workers[1].Id, amount = workers[1].Owed, paidOn = "2026-11-02" });
        @case = await inspector.Act(url, "confirm-rectified", new { version = @case.Version() });

        Assert.Equal("Rectified", @case.GetProperty("closureType").GetString());
        var project = await (await inspector.GetAsync($"/api/projects/{projectId}")).Read(HttpStatusCode.OK);
        Assert.Equal(34500m, project.GetProperty("arrearsPaid").GetDecimal());
        Assert.Equal(0m, project.GetProperty("outstanding").GetDecimal());
    }

    [Fact]
    public async Task An_employer_who_ignores_the_order_is_penalised_transferred_blacklisted_and_the_case_closed()
    {
        var inspector = await app.As("inspector");
        var head = await app.As("brigade.head");
        var projectId = await Project(inspector);
        var (_, url, @case) = await Complaint(projectId, 600);
        @case = await inspector.Act(url, "file", new { version = @case.Version() });
        @case = await inspector.Act(url, "log-activity", new { version = @case.Version(), kind = "Interview", at = "2026-11-02T15:00:00", place = "监察大队询问室", inspectors = "吴国栋", notes = "询问劳务公司负责人" });
        @case = await inspector.Act(url, "order-rectification", new { version = @case.Version(), deadline = "2026-11-09", requirements = "限期支付拖欠工资34500元" });
        await inspector.Act(url, "record-not-rectified", new { version = @case.Version() }, HttpStatusCode.Conflict);

        app.Clock.SetToday(new DateOnly(2026, 11, 10));
        @case = await inspector.Act(url, "record-not-rectified", new { version = @case.Version() });
        @case = await head.Act(url, "approve-penalty-filing", new { version = @case.Version() });
        @case = await inspector.Act(url, "notify-penalty", new { version = @case.Version(), violations = new[] { "pay-records" }, amount = 20000m, facts = "未向农民工提供工资清单" });
        app.Clock.SetToday(new DateOnly(2026, 11, 16));
        @case = await head.Act(url, "review-penalty", new { version = @case.Version(), reviewer = "法制审核员", opinion = "同意", approved = true });
        await inspector.Act(url, "penalise", new { version = @case.Version(), amount = 20000m, description = "x" }, HttpStatusCode.Forbidden);
        @case = await head.Act(url, "penalise", new { version = @case.Version(), amount = 20000m, extraCompensation = 17250m, description = "未提供工资清单，并责令加付赔偿金" });
        @case = await inspector.Act(url, "record-penalty-service", new { version = @case.Version(), servedOn = "2026-11-16", method = "InPerson" });
        @case = await head.Act(url, "transfer-to-police", new { version = @case.Version(), reference = "开公刑移〔2026〕12号" });
        @case = await head.Act(url, "notify-blacklist", new { version = @case.Version() });
        app.Clock.SetToday(new DateOnly(2026, 11, 24));
        @case = await head.Act(url, "decide-blacklist", new { version = @case.Version(), decision = "Listed", reason = "拒不支付且数额达到拒不支付劳动报酬罪标准" });
        @case = await inspector.Act(url, "close", new { version = @case.Version() });

        Assert.Equal("TransferredToPolice", @case.GetProperty("closureType").GetString());
        Assert.Equal("Listed", @case.GetProperty("inspection").GetProperty("blacklist").GetString());
        app.Clock.SetToday(new DateOnly(2026, 11, 2));
    }
}

public sealed class InspectionApiTestsOnSqlite(SqliteApp app) : InspectionApiTests<SqliteApp>(app);

[Trait("Database", "MariaDb")]
public sealed class InspectionApiTestsOnMariaDb(MariaDbApp app) : InspectionApiTests<MariaDbApp>(app);
