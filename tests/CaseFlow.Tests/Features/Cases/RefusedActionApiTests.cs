using System.Net;
using System.Net.Http.Json;
using CaseFlow.Tests.Support;

namespace CaseFlow.Tests.Features.Cases;

/// <summary>
/// A refused action changes nothing that is stored: the case, its events, its clocks and its documents
/// read the same before and after, on each database.
/// </summary>
public abstract class RefusedActionApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseFlowApp
{
    static async Task<string> Snapshot(HttpClient client, string url)
    {
        var parts = new List<string>();
        foreach (var path in new[] { url, $"{url}/history", $"{url}/documents", $"{url}/actions" })
            parts.Add(await (await client.GetAsync(path)).Content.ReadAsStringAsync());
        return string.Join("\n", parts);
    }

    static async Task AssertRefusedUnchanged(HttpClient client, string url, string action, object body, string field)
    {
        var before = await Snapshot(client, url);
        var problem = await (await client.PostAsJsonAsync($"{url}/actions/{action}", body, CaseFlowApp.Json)).Read(HttpStatusCode.BadRequest);
        Assert.Contains(field, problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal(before, await Snapshot(client, url));
    }

    [Fact]
    public async Task Refused_acceptance_service_and_tribunal_leave_an_arbitration_case_as_stored()
    {
        var registrar = await app.As("registrar");
        var created = await registrar.PostAsJsonAsync("/api/arbitration-cases", ApiRequests.Application(app.Clock.Today, 700, 700), CaseFlowApp.Json);
        var @case = await created.Read(HttpStatusCode.Created);
        var url = created.Headers.Location!.ToString();
        @case = await registrar.Act(url, "submit-for-review", new { version = @case.Version() });

        await AssertRefusedUnchanged(registrar, url, "accept", new { version = @case.Version(), track = "Collective" }, "track");
        await AssertRefusedUnchanged(registrar, url, "accept", new { version = @case.Version(), track = "Simplified" }, "simplifiedGround");

        @case = await registrar.Act(url, "accept", new { version = @case.Version(), track = "Simplified", simplifiedGround = "PartiesAgree" });
        await AssertRefusedUnchanged(registrar, url, "serve", new { version = @case.Version(), servedOn = app.Clock.Today.AddDays(1), method = "Post" }, "servedOn");
        @case = await registrar.Act(url, "serve", new { version = @case.Version(), servedOn = app.Clock.Today, method = "Post" });
        await AssertRefusedUnchanged(registrar, url, "form-tribunal", new { version = @case.Version(), presidingArbitratorId = 999_999 }, "memberIds");
    }

    [Fact]
    public async Task A_refused_agreement_leaves_a_mediation_case_as_stored()
    {
        var mediator = await app.As("mediator.sanbu");
        var created = await mediator.PostAsJsonAsync("/api/mediation-cases", ApiRequests.Application(app.Clock.Today, 701, 701), CaseFlowApp.Json);
        var @case = await created.Read(HttpStatusCode.Created);
        var url = created.Headers.Location!.ToString();
        @case = await mediator.Act(url, "start-mediation", new { version = @case.Version() });
        @case = await mediator.Act(url, "log-session", new
        {
            version = @case.Version(), heldAt = app.Clock.Today.ToDateTime(new TimeOnly(9, 0)), place = "三埠街道劳动争议调解室", attendees = "双方", outcome = "同意分期",
        });

        await AssertRefusedUnchanged(mediator, url, "record-agreement", new
        {
            version = @case.Version(), terms = "分两期支付", amount = 10000m,
            paymentSchedule = new[] { new { dueOn = app.Clock.Today.AddDays(10), amount = 6000m }, new { dueOn = app.Clock.Today.AddDays(40), amount = 3000m } },
        }, "paymentSchedule");
    }

    [Fact]
    public async Task A_refused_rectification_order_leaves_an_inspection_case_as_stored()
    {
        var inspector = await app.As("inspector");
        var created = await (await app.As("brigade.registrar")).PostAsJsonAsync("/api/inspection-cases", new
        {
            receivedOn = app.Clock.Today, source = "Hotline12345", summary = "工地拖欠工资",
            parties = new object[]
            {
                new { role = "Applicant", kind = "Worker", name = "梁建新", idNumber = TestIds.Worker(702), arrearsAmount = 18000m },
                new { role = "Respondent", kind = "Employer", name = "开平市某劳务分包有限公司", creditCode = TestIds.Employer(702) },
            },
        }, CaseFlowApp.Json);
        var @case = await created.Read(HttpStatusCode.Created);
        var url = created.Headers.Location!.ToString();
        @case = await inspector.Act(url, "file", new { version = @case.Version() });
        @case = await inspector.Act(url, "log-activity", new
        {
            version = @case.Version(), kind = "SiteVisit", at = app.Clock.Today.ToDateTime(new TimeOnly(9, 0)), place = "工地", inspectors = "检查员甲、乙", notes = "核查工资表",
        });

        await AssertRefusedUnchanged(inspector, url, "order-rectification", new { version = @case.Version(), deadline = app.Clock.Today, requirements = "支付工资" }, "deadline");
    }
}

public sealed class RefusedActionApiTestsOnSqlite(SqliteApp app) : RefusedActionApiTests<SqliteApp>(app);

[Trait("Database", "MariaDb")]
public sealed class RefusedActionApiTestsOnMariaDb(MariaDbApp app) : RefusedActionApiTests<MariaDbApp>(app);
