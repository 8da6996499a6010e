using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Tests.Support;

namespace CaseFlow.Tests.Features.Arbitration;

public abstract class ArbitrationApiTests<TApp> : IAsyncLifetime where TApp : CaseFlowApp, new()
{
    readonly TApp app = new();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await app.DisposeAsync();

    async Task<int> UserId(string userName) =>
        (await (await (await app.As(userName)).GetAsync("/api/auth/me")).Read(HttpStatusCode.OK)).GetProperty("id").GetInt32();

    [Fact]
    public async Task An_application_goes_through_failed_pre_case_mediation_to_an_award_and_its_history_shows_every_step()
    {
        var registrar = await app.As("registrar");
        var created = await registrar.PostAsJsonAsync("/api/arbitration-cases", ApiRequests.Application(app.Clock.Today), CaseFlowApp.Json);
        var application = await created.Read(HttpStatusCode.Created);
        var url = created.Headers.Location!.ToString();
        Assert.Equal($"/api/arbitration-cases/{application.GetProperty("id").GetInt64()}", url);
        Assert.Equal("Applied", application.State());
        Assert.Equal(JsonValueKind.Null, application.GetProperty("caseNumber").ValueKind);

        application = await registrar.Act(url, "refer-to-pre-case-mediation", new { version = application.Version() });
        Assert.Equal("InPreCaseMediation", application.State());
        var mediationUrl = $"/api/mediation-cases/{application.GetProperty("arbitration").GetProperty("preCaseMediationId").GetInt64()}";

        var mediator = await app.As("mediator");
        var mediation = await (await mediator.GetAsync(mediationUrl)).Read(HttpStatusCode.OK);
        Assert.Equal("开劳人仲调字〔2026〕第1号", mediation.GetProperty("caseNumber").GetString());
        Assert.Equal(3, mediation.GetProperty("claims").GetArrayLength());
        mediation = await mediator.Act(mediationUrl, "start-mediation", new { version = mediation.Version() });
        mediation = await mediator.Act(mediationUrl, "log-session", new
        {
            version = mediation.Version(), heldAt = "2026-11-02T14:30:00", place = "仲裁委调解室", attendees = "申请人、被申请人代理人",
            applicantPosition = "要求全额支付", respondentPosition = "只同意支付一半", outcome = "未达成一致", nextStep = "转入仲裁",
        });
        mediation = await mediator.Act(mediationUrl, "fail", new { version = mediation.Version(), reason = "双方差距过大" });
        Assert.Equal("Closed", mediation.State());
        Assert.Equal("MediationFailed", mediation.GetProperty("closureType").GetString());

        application = await (await registrar.GetAsync(url)).Read(HttpStatusCode.OK);
        Assert.Equal("AcceptanceReview", application.State());
        application = await registrar.Act(url, "accept", new { version = application.Version(), track = "Ordinary" });
        Assert.Equal("开劳人仲案字〔2026〕第1号", application.GetProperty("caseNumber").GetString());
        application = await registrar.Act(url, "serve", new { version = application.Version(), servedOn = "2026-11-02", method = "Post" });

        var presiding = await UserId("arbitrator");
        application = await (await app.As("head")).Act(url, "form-tribunal", new
        {
            version = application.Version(), presidingArbitratorId = presiding, memberIds = new[] { await UserId("arbitrator2"), await UserId("arbitrator3") },
        });
        var arbitrator = await app.As("arbitrator");
        application = await arbitrator.Act(url, "schedule-hearing", new { version = application.Version(), hearingAt = "2026-11-16T09:30:00", place = "第一仲裁庭" });

        app.Clock.SetToday(new DateOnly(2026, 11, 16));
        application = await arbitrator.Act(url, "record-hearing", new { version = application.Version(), heardOn = "2026-11-16" });
        var actions = await (await arbitrator.GetAsync($"{url}/actions")).Read(HttpStatusCode.OK);
        var award = actions.EnumerateArray().Single(a => a.GetProperty("name").GetString() == "award");
        Assert.Contains(award.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "claims" && p.GetProperty("required").GetBoolean());
        // What a client needs to build the form: labels and hints in Chinese, the fields of each row, where ids come from.
        Assert.Equal("裁决", award.GetProperty("label").GetString());
        var claimsParameter = award.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "claims");
        Assert.Equal("各项请求的裁决", claimsParameter.GetProperty("label").GetString());
        Assert.Equal("CaseClaims", claimsParameter.GetProperty("pick").GetString());
        Assert.Equal(["claimId", "amountAwarded"], claimsParameter.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        Assert.Equal("裁决金额（元）", claimsParameter.GetProperty("fields")[1].GetProperty("label").GetString());

        var claims = application.GetProperty("claims").EnumerateArray().Select(c => new
        {
            claimId = c.GetProperty("id").GetInt64(),
            amountAwarded = c.GetProperty("amount").ValueKind == JsonValueKind.Number ? c.GetProperty("amount").GetDecimal() : 0m,
        }).ToList();
        application = await arbitrator.Act(url, "award", new { version = application.Version(), claims, decision = "被申请人于本裁决生效之日起五日内支付工资" });

        Assert.Equal("Closed", application.State());
        Assert.Equal("Award", application.GetProperty("closureType").GetString());
        Assert.Equal("2026-11-16", application.GetProperty("closedOn").GetString());
        Assert.Equal(15600.50m, application.GetProperty("claims")[0].GetProperty("amountAwarded").GetDecimal());

        var history = await (await registrar.GetAsync($"{url}/history")).Read(HttpStatusCode.OK);
        Assert.Equal(
            ["open", "refer-to-pre-case-mediation", "pre-case-mediation-failed", "accept", "serve", "form-tribunal", "schedule-hearing", "record-hearing", "award"],
            history.EnumerateArray().Select(e => e.GetProperty("action").GetString()));
        var failed = history[2];
        Assert.Equal("InPreCaseMediation", failed.GetProperty("fromState").GetString());
        Assert.Equal("AcceptanceReview", failed.GetProperty("toState").GetString());
        Assert.Contains("梁志强", failed.GetProperty("actorName").GetString());
        Assert.Contains("\"track\":\"Ordinary\"", history[3].GetProperty("parameters").GetString());
        Assert.Equal("关慧玲", history[8].GetProperty("actorName").GetString());

        var afterClosing = await (await arbitrator.GetAsync($"{url}/actions")).Read(HttpStatusCode.OK);
        Assert.Equal(["correct-award", "record-after-award", "record-award-service"], afterClosing.EnumerateArray().Select(a => a.GetProperty("name").GetString()).Order());
    }

    [Fact]
    public async Task Awarding_an_application_that_is_not_heard_is_a_conflict_listing_what_is_permitted()
    {
        var registrar = await app.As("registrar");
        var created = await registrar.PostAsJsonAsync("/api/arbitration-cases", ApiRequests.Application(app.Clock.Today), CaseFlowApp.Json);
        var url = created.Headers.Location!.ToString();

        var problem = await (await app.As("arbitrator")).Act(url, "award", new { version = 1, claims = Array.Empty<object>(), decision = "x" }, HttpStatusCode.Conflict);

        Assert.Equal("Applied", problem.GetProperty("state").GetString());
        Assert.Empty(problem.GetProperty("permittedActions").EnumerateArray());
        // The registrar may not award at all: refused by role before the case is read.
        var refused = await registrar.Act(url, "award", new { version = 1, claims = Array.Empty<object>(), decision = "x" }, HttpStatusCode.Forbidden);
        Assert.Equal("只有仲裁员可以办理“裁决”", refused.GetProperty("detail").GetString());
        var forRegistrar = await registrar.Act(url, "accept", new { version = 1, track = "Ordinary" }, HttpStatusCode.Conflict);
        Assert.Equal(["refer-to-pre-case-mediation", "submit-for-review", "withdraw"],
            forRegistrar.GetProperty("permittedActions").EnumerateArray().Select(a => a.GetString()).Order());
    }

    [Fact]
    public async Task A_mediation_statement_closes_the_case_when_the_second_party_signs_and_the_receipts_are_on_the_case()
    {
        var registrar = await app.As("registrar");
        var created = await registrar.PostAsJsonAsync("/api/arbitration-cases", ApiRequests.Application(app.Clock.Today), CaseFlowApp.Json);
        var url = created.Headers.Location!.ToString();
        var @case = await registrar.Act(url, "submit-for-review", new { version = 1 });
        @case = await registrar.Act(url, "accept", new { version = @case.Version(), track = "Simplified", simplifiedGround = "PartiesAgree" });
        @case = await registrar.Act(url, "serve", new { version = @case.Version(), servedOn = app.Clock.Today, method = "Post" });
        @case = await (await app.As("head")).Act(url, "form-tribunal", new { version = @case.Version(), presidingArbitratorId = await UserId("arbitrator") });
        @case = await (await app.As("arbitrator")).Act(url, "issue-mediation-statement", new { version = @case.Version(), terms = "被申请人一次性支付工资", amount = 8000m });
        Assert.Equal("StatementDelivery", @case.State());
        Assert.Equal(JsonValueKind.Null, @case.GetProperty("closedOn").ValueKind);

        long Party(JsonElement c, string role) => c.GetProperty("parties").EnumerateArray().First(p => p.GetProperty("role").GetString() == role).GetProperty("id").GetInt64();
        var actions = await (await registrar.GetAsync($"{url}/actions")).Read(HttpStatusCode.OK);
        var receipt = actions.EnumerateArray().Single(a => a.GetProperty("name").GetString() == "record-statement-receipt");
        Assert.Equal("CaseParties", receipt.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "partyId").GetProperty("pick").GetString());

        var again = await registrar.Act(url, "record-statement-receipt", new { version = @case.Version(), partyId = Party(@case, "Applicant"), receivedOn = app.Clock.Today.AddDays(1) }, HttpStatusCode.BadRequest);
        Assert.True(again.GetProperty("errors").TryGetProperty("receivedOn", out _));
        @case = await registrar.Act(url, "record-statement-receipt", new { version = @case.Version(), partyId = Party(@case, "Applicant"), receivedOn = app.Clock.Today });
        Assert.Equal("StatementDelivery", @case.State());
        @case = await registrar.Act(url, "record-statement-receipt", new { version = @case.Version(), partyId = Party(@case, "Respondent"), receivedOn = app.Clock.Today, method = "Post" });

        Assert.Equal("Closed", @case.State());
        Assert.Equal("MediationStatement", @case.GetProperty("closureType").GetString());
        var receipts = @case.GetProperty("arbitration").GetProperty("receipts").EnumerateArray().ToList();
        Assert.Equal(["InPerson", "Post"], receipts.Select(r => r.GetProperty("method").GetString()));
        Assert.All(receipts, r => Assert.False(r.GetProperty("superseded").GetBoolean()));
        Assert.Equal(8000m, @case.GetProperty("arbitration").GetProperty("settlementAmount").GetDecimal());
    }

    [Fact]
    public async Task Refusing_an_application_is_forbidden_to_the_registrar()
    {
        var registrar = await app.As("registrar");
        var created = await registrar.PostAsJsonAsync("/api/arbitration-cases", ApiRequests.Application(app.Clock.Today), CaseFlowApp.Json);
        var url = created.Headers.Location!.ToString();
        await registrar.Act(url, "submit-for-review", new { version = 1 });

        var problem = await registrar.Act(url, "refuse", new { version = 2, reason = "不属于受案范围" }, HttpStatusCode.Forbidden);

        Assert.Contains("主任", problem.GetProperty("detail").GetString());
        var refused = await (await app.As("head")).Act(url, "refuse", new { version = 2, reason = "不属于劳动人事争议受案范围" });
        Assert.Equal("NonAcceptance", refused.GetProperty("closureType").GetString());
    }
}

public sealed class ArbitrationApiTestsOnSqlite : ArbitrationApiTests<SqliteApp>;

[Trait("Database", "MariaDb")]
public sealed class ArbitrationApiTestsOnMariaDb : ArbitrationApiTests<MariaDbApp>;
