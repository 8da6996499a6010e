using System.Text.Json;
using System.Net;
using System.Net.Http.Json;
using CaseFlow.Tests.Support;

namespace CaseFlow.Tests.Features.Mediation;

public abstract class MediationApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseFlowApp
{

    async Task<(HttpClient Mediator, string Url, int Version)> InMediation(int worker)
    {
        var mediator = await app.As("mediator.sanbu");
        var created = await mediator.PostAsJsonAsync("/api/mediation-cases", ApiRequests.Application(app.Clock.Today, worker, worker), CaseFlowApp.Json);
        var registered = await created.Read(HttpStatusCode.Created);
        Assert.StartsWith("开三埠劳调字〔2026〕第", registered.GetProperty("caseNumber").GetString());
        var url = created.Headers.Location!.ToString();
        var started = await mediator.Act(url, "start-mediation", new { version = registered.Version() });
        var logged = await mediator.Act(url, "log-session", new
        {
            version = started.Version(), heldAt = "2026-11-02T10:00:00", place = "三埠街道劳动争议调解室", attendees = "申请人劳动者、被申请人人事主管",
            applicantPosition = "要求支付拖欠工资15600.50元", respondentPosition = "同意分两期支付", outcome = "初步达成分期支付意向", nextStep = "起草调解协议",
        });
        return (mediator, url, logged.Version());
    }

    [Fact]
    public async Task A_town_mediation_reaches_an_agreement_whose_payments_close_it_as_fulfilled()
    {
        var (mediator, url, version) = await InMediation(300);

        var agreed = await mediator.Act(url, "record-agreement", new
        {
            version, terms = "被申请人分两期支付工资共15600.50元", amount = 15600.50m,
            paymentSchedule = new[] { new { dueOn = "2026-11-10", amount = 8000m }, new { dueOn = "2026-12-10", amount = 7600.50m } },
        });
        Assert.Equal("AgreementReached", agreed.State());
        var details = agreed.GetProperty("mediation");
        Assert.Equal("Pending", details.GetProperty("fulfilment").GetString());
        Assert.Single(details.GetProperty("sessions").EnumerateArray());
        var instalments = details.GetProperty("paymentSchedule").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).ToList();

        var paid = await mediator.Act(url, "record-payment", new { version = agreed.Version(), instalmentId = instalments[0], paidOn = "2026-11-02", amount = 8000m });
        await mediator.Act(url, "confirm-fulfilment", new { version = paid.Version() }, HttpStatusCode.Conflict);
        app.Clock.SetToday(new DateOnly(2026, 11, 20));
        paid = await mediator.Act(url, "record-payment", new { version = paid.Version(), instalmentId = instalments[1], paidOn = "2026-11-20", amount = 7600.50m });
        var closed = await mediator.Act(url, "confirm-fulfilment", new { version = paid.Version() });

        Assert.Equal("Closed", closed.State());
        Assert.Equal("MediationAgreement", closed.GetProperty("closureType").GetString());
        Assert.Equal("Fulfilled", closed.GetProperty("mediation").GetProperty("fulfilment").GetString());
        app.Clock.SetToday(new DateOnly(2026, 11, 2));
    }

    [Fact]
    public async Task PeopleMediationLaw_art33_an_agreement_sent_for_judicial_confirmation_within_thirty_days_is_recorded_with_its_outcome()
    {
        var (mediator, url, version) = await InMediation(303);
        var agreed = await mediator.Act(url, "record-agreement", new { version, terms = "被申请人一次性支付工资", amount = 15600.50m });

        // Agreed on 2026-11-02: thirty days run to 2026-12-02.
        app.Clock.SetToday(new DateOnly(2026, 12, 3));
        var late = await mediator.Act(url, "apply-for-confirmation", new
        {
            version = agreed.Version(), route = "JudicialConfirmation", appliedOn = "2026-12-03", body = "开平市人民法院", joint = true,
        }, HttpStatusCode.BadRequest);
        var rule = late.GetProperty("errors").GetProperty("appliedOn")[0].GetString();
        Assert.Contains("司法确认须自调解协议生效之日起30日内申请，即不晚于2026-12-02", rule);
        Assert.Contains("人民调解法", rule);
        var single = await mediator.Act(url, "apply-for-confirmation", new
        {
            version = agreed.Version(), route = "JudicialConfirmation", appliedOn = "2026-12-02", body = "开平市人民法院", joint = false,
        }, HttpStatusCode.BadRequest);
        Assert.True(single.GetProperty("errors").TryGetProperty("joint", out _));
        var applied = await mediator.Act(url, "apply-for-confirmation", new
        {
            version = agreed.Version(), route = "JudicialConfirmation", appliedOn = "2026-12-02", body = "开平市人民法院", reference = "（2026）粤0783民特1号", joint = true,
        });
        var confirmed = await mediator.Act(url, "record-confirmation", new { version = applied.Version(), outcome = "Confirmed", decidedOn = "2026-12-03" });

        var confirmation = Assert.Single(confirmed.GetProperty("mediation").GetProperty("confirmations").EnumerateArray());
        Assert.Equal(("JudicialConfirmation", "Confirmed", "2026-12-03", "（2026）粤0783民特1号"),
            (confirmation.GetProperty("route").GetString(), confirmation.GetProperty("outcome").GetString(), confirmation.GetProperty("decidedOn").GetString(), confirmation.GetProperty("reference").GetString()));
        Assert.Equal("AgreementReached", confirmed.State());
        var history = await (await mediator.GetAsync($"{url}/history")).Read(HttpStatusCode.OK);
        Assert.Equal(["apply-for-confirmation", "record-confirmation"], history.EnumerateArray().TakeLast(2).Select(e => e.GetProperty("action").GetString()));
        app.Clock.SetToday(new DateOnly(2026, 11, 2));
    }

    [Fact]
    public async Task EnterpriseMediationRules_a_committee_mediates_its_own_enterprise_within_its_own_periods_extended_once_by_consent()
    {
        var mediator = await app.As("mediator.ent-huayi");
        var other = await mediator.PostAsJsonAsync("/api/mediation-cases", ApiRequests.Application(app.Clock.Today, 310, 310), CaseFlowApp.Json);
        var refused = await other.Read(HttpStatusCode.BadRequest);
        Assert.Contains("统一社会信用代码 91440783MA4UQ8K2X7", refused.GetProperty("errors").GetProperty("parties")[0].GetString());

        var body = new
        {
            receivedOn = app.Clock.Today,
            parties = new object[] { ApiRequests.Worker(311), new { role = "Respondent", kind = "Employer", name = "开平市华艺卫浴实业有限公司", creditCode = "91440783MA4UQ8K2X7" } },
            claims = new object[] { new { type = "Overtime", amount = 3200m } },
        };
        var created = await mediator.PostAsJsonAsync("/api/mediation-cases", body, CaseFlowApp.Json);
        var registered = await created.Read(HttpStatusCode.Created);
        var url = created.Headers.Location!.ToString();
        Assert.StartsWith("华艺企调字〔2026〕第", registered.GetProperty("caseNumber").GetString());
        Assert.True(registered.GetProperty("mediation").GetProperty("atEnterpriseCommittee").GetBoolean());
        string? Due(JsonElement c, string code) => c.GetProperty("clocks").EnumerateArray().SingleOrDefault(k => k.GetProperty("code").GetString() == code) is { ValueKind: JsonValueKind.Object } k
            ? k.GetProperty("dueOn").GetString() : null;
        // Received Monday 2026-11-02: three working days to take it up, to Thursday the 5th; no art. 14 clock of its own.
        Assert.Equal("2026-11-05", Due(registered, "enterprise-acceptance"));
        Assert.Null(Due(registered, "mediation"));

        var started = await mediator.Act(url, "start-mediation", new { version = registered.Version() });
        Assert.Equal("2026-11-02", started.GetProperty("acceptedOn").GetString());
        Assert.Equal("2026-11-17", Due(started, "enterprise-mediation"));
        var tooLong = await mediator.Act(url, "extend-mediation", new { version = started.Version(), days = 20, partiesAgree = true }, HttpStatusCode.BadRequest);
        Assert.Contains("须在1至15之间", tooLong.GetProperty("errors").GetProperty("days")[0].GetString());
        await mediator.Act(url, "extend-mediation", new { version = started.Version(), days = 10, partiesAgree = false }, HttpStatusCode.BadRequest);
        var extended = await mediator.Act(url, "extend-mediation", new { version = started.Version(), days = 10, partiesAgree = true });
        Assert.Equal("2026-11-27", Due(extended, "enterprise-mediation"));
        await mediator.Act(url, "extend-mediation", new { version = extended.Version(), days = 5, partiesAgree = true }, HttpStatusCode.Conflict);

        app.Clock.SetToday(new DateOnly(2026, 11, 20));
        await mediator.Act(url, "refer-to-arbitration", new { version = extended.Version() }, HttpStatusCode.Conflict);
        app.Clock.SetToday(new DateOnly(2026, 11, 30));
        var referred = await mediator.Act(url, "refer-to-arbitration", new { version = extended.Version() });
        Assert.Equal("Closed", referred.State());
        app.Clock.SetToday(new DateOnly(2026, 11, 2));
    }

    [Fact]
    public async Task A_failed_mediation_is_referred_to_arbitration_with_its_parties_and_claims()
    {
        var (mediator, url, version) = await InMediation(301);

        var failed = await mediator.Act(url, "fail", new { version, reason = "被申请人拒绝调解" });
        var referred = await mediator.Act(url, "refer-to-arbitration", new { version = failed.Version() });

        Assert.Equal("MediationFailed", referred.GetProperty("closureType").GetString());
        var applicationId = referred.GetProperty("mediation").GetProperty("referredToArbitrationId").GetInt64();
        var application = await (await (await app.As("registrar")).GetAsync($"/api/arbitration-cases/{applicationId}")).Read(HttpStatusCode.OK);
        Assert.Equal("Applied", application.State());
        Assert.Equal(referred.GetProperty("id").GetInt64(), application.GetProperty("arbitration").GetProperty("referredFromMediationId").GetInt64());
        Assert.Equal(
            referred.GetProperty("parties").EnumerateArray().Select(p => p.GetProperty("idNumber").GetString() ?? p.GetProperty("creditCode").GetString()),
            application.GetProperty("parties").EnumerateArray().Select(p => p.GetProperty("idNumber").GetString() ?? p.GetProperty("creditCode").GetString()));
        Assert.Equal(
            referred.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("type").GetString() + c.GetProperty("amount")),
            application.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("type").GetString() + c.GetProperty("amount")));
    }

    [Fact]
    public async Task Referral_before_failure_waits_for_the_fifteen_day_mediation_period()
    {
        var (mediator, url, version) = await InMediation(302);

        var problem = await mediator.Act(url, "refer-to-arbitration", new { version }, HttpStatusCode.Conflict);
        Assert.Contains("调解期限届满未达成协议", problem.GetProperty("detail").GetString());

        // Received Monday 2026-11-02: day 15 is Tuesday 2026-11-17; a party may go to arbitration from the 18th.
        app.Clock.SetToday(new DateOnly(2026, 11, 18));
        var referred = await mediator.Act(url, "refer-to-arbitration", new { version });
        Assert.Equal("Closed", referred.State());
        app.Clock.SetToday(new DateOnly(2026, 11, 2));
    }
}

public sealed class MediationApiTestsOnSqlite(SqliteApp app) : MediationApiTests<SqliteApp>(app);

[Trait("Database", "MariaDb")]
public sealed class MediationApiTestsOnMariaDb(MariaDbApp app) : MediationApiTests<MariaDbApp>(app);
