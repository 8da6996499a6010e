using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Tests.Support;

namespace CaseFlow.Tests.Features.Reports;

/// <summary>
/// The mediation success rate and the arbitration closure rate of 2025, on a case set made through the API
/// that includes a 调解书 a party refused before receipt, a partial award, a corrected award, a statement
/// still awaiting a receipt and a pre-case agreement followed to fulfilment, against values worked out by
/// hand from the definitions of shared/domain.md.
/// </summary>
public abstract class ReconciliationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseFlowApp
{
    void On(string day) => app.Clock.SetToday(DateOnly.Parse(day));

    async Task<int> UserId(string userName) =>
        (await (await (await app.As(userName)).GetAsync("/api/auth/me")).Read(HttpStatusCode.OK)).GetProperty("id").GetInt32();

    static long Party(JsonElement @case, string role) =>
        @case.GetProperty("parties").EnumerateArray().First(p => p.GetProperty("role").GetString() == role).GetProperty("id").GetInt64();

    static List<long> Claims(JsonElement @case) => @case.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("id").GetInt64()).ToList();

    /// <summary>An application accepted on the ordinary track, served and given its tribunal on <paramref name="day"/>.</summary>
    async Task<(string Url, JsonElement Case)> Seated(string day, int worker)
    {
        On(day);
        var registrar = await app.As("registrar");
        var created = await registrar.PostAsJsonAsync("/api/arbitration-cases", ApiRequests.Application(app.Clock.Today, worker, worker), CaseFlowApp.Json);
        var url = created.Headers.Location!.ToString();
        var @case = await created.Read(HttpStatusCode.Created);
        @case = await registrar.Act(url, "submit-for-review", new { version = @case.Version() });
        @case = await registrar.Act(url, "accept", new { version = @case.Version(), track = "Ordinary" });
        @case = await registrar.Act(url, "serve", new { version = @case.Version(), servedOn = day, method = "Post" });
        @case = await (await app.As("head")).Act(url, "form-tribunal", new
        {
            version = @case.Version(), presidingArbitratorId = await UserId("arbitrator"), memberIds = new[] { await UserId("arbitrator2"), await UserId("arbitrator3") },
        });
        return (url, @case);
    }

    async Task<JsonElement> Heard(string url, JsonElement @case, string noticeDay, string hearingDay)
    {
        var arbitrator = await app.As("arbitrator");
        On(noticeDay);
        @case = await arbitrator.Act(url, "schedule-hearing", new { version = @case.Version(), hearingAt = $"{hearingDay}T09:30:00", place = "第一仲裁庭" });
        On(hearingDay);
        return await arbitrator.Act(url, "record-hearing", new { version = @case.Version(), heardOn = hearingDay });
    }

    async Task<JsonElement> Statement(string url, JsonElement @case, string day)
    {
        On(day);
        return await (await app.As("arbitrator")).Act(url, "issue-mediation-statement", new { version = @case.Version(), terms = "被申请人分期支付工资", amount = 12000m });
    }

    async Task<JsonElement> Receipt(string url, JsonElement @case, string role, string day)
    {
        On(day);
        return await (await app.As("registrar")).Act(url, "record-statement-receipt", new { version = @case.Version(), partyId = Party(@case, role), receivedOn = day });
    }

    async Task Build()
    {
        var registrar = await app.As("registrar");
        var arbitrator = await app.As("arbitrator");

        // R5: accepted in 2024, pending on 1 January 2025, withdrawn on 10 January.
        var (r5, c5) = await Seated("2024-12-02", 4001);
        On("2025-01-10");
        await registrar.Act(r5, "withdraw", new { version = c5.Version(), reason = "双方和解" });

        // R1: a 调解书 the applicant goes back on before receipt; heard and awarded in March.
        var (r1, c1) = await Seated("2025-03-03", 4002);
        c1 = await Statement(r1, c1, "2025-03-10");
        On("2025-03-12");
        c1 = await registrar.Act(r1, "refuse-statement", new { version = c1.Version(), partyId = Party(c1, "Applicant"), reason = "申请人反悔，要求裁决" });
        Assert.Equal("TribunalFormed", c1.State());
        c1 = await Heard(r1, c1, "2025-03-12", "2025-03-24");
        On("2025-03-28");
        c1 = await arbitrator.Act(r1, "award", new { version = c1.Version(), claims = Claims(c1).Select(id => new { claimId = id, amountAwarded = 0m }), decision = "证据不足，驳回" });
        Assert.Equal("Award", c1.GetProperty("closureType").GetString());

        // R2: a partial award on the wages, the award on the rest, then a correction of the partial award.
        var (r2, c2) = await Seated("2025-05-06", 4003);
        c2 = await Heard(r2, c2, "2025-05-06", "2025-05-20");
        var claims = Claims(c2);
        On("2025-05-21");
        c2 = await arbitrator.Act(r2, "partial-award", new
        {
            version = c2.Version(), claims = new[] { new { claimId = claims[0], amount = (decimal?)15600.50m } }, decision = "工资部分先行裁决", factsFound = "拖欠2025年2月至4月工资",
        });
        On("2025-06-03");
        c2 = await arbitrator.Act(r2, "award", new { version = c2.Version(), claims = claims.Skip(1).Select(id => new { claimId = id, amountAwarded = 0m }), decision = "其余请求驳回" });
        On("2025-06-10");
        c2 = await arbitrator.Act(r2, "correct-award", new
        {
            version = c2.Version(), document = "PartialAward", kind = "Clerical", original = "2025年2月至4月", corrected = "2025年1月至3月", reason = "欠薪月份书写有误",
        });
        Assert.Single(c2.GetProperty("arbitration").GetProperty("corrections").EnumerateArray());

        // R3: a 调解书 both parties sign for in July: a mediated settlement.
        var (r3, c3) = await Seated("2025-07-01", 4004);
        c3 = await Statement(r3, c3, "2025-07-10");
        c3 = await Receipt(r3, c3, "Applicant", "2025-07-15");
        c3 = await Receipt(r3, c3, "Respondent", "2025-07-15");
        Assert.Equal("MediationStatement", c3.GetProperty("closureType").GetString());

        // R4: a 调解书 only the applicant has signed for by the end of the year: still pending.
        var (r4, c4) = await Seated("2025-11-03", 4005);
        c4 = await Statement(r4, c4, "2025-11-20");
        c4 = await Receipt(r4, c4, "Applicant", "2025-11-21");
        Assert.Equal("StatementDelivery", c4.State());

        // M1: a town committee's agreement in February.
        On("2025-02-03");
        var sanbu = await app.As("mediator.sanbu");
        var created = await sanbu.PostAsJsonAsync("/api/mediation-cases", ApiRequests.Application(app.Clock.Today, 4006, 4006), CaseFlowApp.Json);
        var m1 = created.Headers.Location!.ToString();
        var cm1 = await created.Read(HttpStatusCode.Created);
        cm1 = await sanbu.Act(m1, "start-mediation", new { version = cm1.Version() });
        cm1 = await sanbu.Act(m1, "log-session", new { version = cm1.Version(), heldAt = "2025-02-03T10:00:00", place = "调解室", attendees = "双方", outcome = "达成一致" });
        On("2025-02-10");
        await sanbu.Act(m1, "record-agreement", new { version = cm1.Version(), terms = "一次性支付", amount = 8000m });

        // M2: pre-case mediation of an application in August, its agreement followed to fulfilment.
        On("2025-08-04");
        created = await registrar.PostAsJsonAsync("/api/arbitration-cases", ApiRequests.Application(app.Clock.Today, 4007, 4007), CaseFlowApp.Json);
        var application = created.Headers.Location!.ToString();
        var referred = await registrar.Act(application, "refer-to-pre-case-mediation", new { version = (await created.Read(HttpStatusCode.Created)).Version() });
        var m2 = $"/api/mediation-cases/{referred.GetProperty("arbitration").GetProperty("preCaseMediationId").GetInt64()}";
        var mediator = await app.As("mediator");
        var cm2 = await (await mediator.GetAsync(m2)).Read(HttpStatusCode.OK);
        cm2 = await mediator.Act(m2, "start-mediation", new { version = cm2.Version() });
        cm2 = await mediator.Act(m2, "log-session", new { version = cm2.Version(), heldAt = "2025-08-04T10:00:00", place = "仲裁院调解室", attendees = "双方", outcome = "达成一致" });
        On("2025-08-08");
        cm2 = await mediator.Act(m2, "record-agreement", new { version = cm2.Version(), terms = "分期支付", amount = 9000m, paymentSchedule = new[] { new { dueOn = "2025-08-20", amount = 9000m } } });
        On("2025-08-20");
        cm2 = await mediator.Act(m2, "record-payment", new { version = cm2.Version(), instalmentId = cm2.GetProperty("mediation").GetProperty("paymentSchedule")[0].GetProperty("id").GetInt64(), paidOn = "2025-08-20", amount = 9000m });
        cm2 = await mediator.Act(m2, "confirm-fulfilment", new { version = cm2.Version() });
        Assert.Equal("Fulfilled", cm2.GetProperty("mediation").GetProperty("fulfilment").GetString());
        On("2026-11-02");
    }

    [Fact]
    public async Task The_two_rates_reconcile_with_hand_computed_values_through_refusals_partial_awards_and_corrections()
    {
        await Build();
        var report = await (await (await app.As("analyst")).GetAsync("/api/reports/plan-indicators?year=2025")).Read(HttpStatusCode.OK);
        JsonElement Indicator(string measure) => report.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("measure").GetString() == measure);
        static (long, long, decimal) Rate(JsonElement i) => (i.GetProperty("numerator").GetInt64(), i.GetProperty("denominator").GetInt64(), i.GetProperty("value").GetDecimal());
        static long[] Components(JsonElement i) => i.GetProperty("components").EnumerateArray().Select(c => c.GetProperty("count").GetInt64()).ToArray();

        // Concluded in 2025: R5, R1 (award after the refused statement), R2 (one conclusion despite the partial
        // award and the correction), R3. Accepted in 2025: R1–R4 (the pre-case application never was);
        // pending on 1 January: R5. 4 ÷ (4 + 1) = 80.00 %.
        var closure = Indicator("ArbitrationClosureRate");
        Assert.Equal((4L, 5L, 80.00m), Rate(closure));
        Assert.Equal([4L, 4L, 1L], Components(closure));

        // Settled: M1 (committee), M2 (pre-case, once, on its agreement), R3 (调解书 signed by both);
        // neither R1's refused statement nor R4's unsigned one. Concluded: M1, M2 and the four arbitration
        // cases. 3 ÷ 6 = 50.00 %.
        var success = Indicator("MediationSuccessRate");
        Assert.Equal((3L, 6L, 50.00m), Rate(success));
        Assert.Equal([1L, 1L, 1L, 2L, 4L, 0L, 0L], Components(success));   // neither mediation failed nor was withdrawn
    }
}

public sealed class ReconciliationTestsOnSqlite(SqliteApp app) : ReconciliationTests<SqliteApp>(app);

[Trait("Database", "MariaDb")]
public sealed class ReconciliationTestsOnMariaDb(MariaDbApp app) : ReconciliationTests<MariaDbApp>(app);
