using CaseFlow.Domain;
using CaseFlow.Features.Arbitration;
using CaseFlow.Features.Mediation;
using CaseFlow.Tests.Support;
using CaseFlow.Workflows;

namespace CaseFlow.Tests.Features.Mediation;

/// <summary>
/// What follows a mediation agreement: review by the commission (仲裁审查确认, 办案规则 art. 74) or
/// confirmation by a court (司法确认, 人民调解法 art. 33), each applied for jointly within its period and
/// recorded with its outcome; and a pre-case agreement followed to its fulfilment like any other.
/// </summary>
public sealed class AgreementConfirmationTests : HarnessTests
{
    const string Mediator = "mediator.sanbu";

    /// <summary>An agreement reached on 2026-11-02, a Monday, to pay 8,000 yuan on 2026-11-10.</summary>
    async Task<MediationCase> Agreed()
    {
        h.Clock.SetToday(new DateOnly(2026, 11, 2));
        var m = await h.NewMediation();
        await h.Do(m, Mediator, "start-mediation");
        await h.Do(m, Mediator, "log-session", new LogSessionRequest { HeldAt = new DateTime(2026, 11, 2, 10, 0, 0), Place = "调解室", Attendees = "双方", Outcome = "达成一致" });
        await h.Do(m, Mediator, "record-agreement", new AgreementRequest { Terms = "分期", Amount = 8000m, PaymentSchedule = [new(new DateOnly(2026, 11, 10), 8000m)] });
        return m;
    }

    static ApplyForConfirmationRequest Apply(ConfirmationRoute route, string on) =>
        new() { Route = route, AppliedOn = DateOnly.Parse(on), Body = route == ConfirmationRoute.ArbitralReview ? "开平市劳动人事争议仲裁委员会" : "开平市人民法院", Joint = true };

    [Fact]
    public async Task Rule74_arbitral_review_is_applied_for_jointly_within_fifteen_days_and_a_refusal_needs_its_reason()
    {
        var m = await Agreed();
        h.Clock.SetToday(new DateOnly(2026, 11, 20));

        // Fifteen days from 2026-11-02 end on 2026-11-17.
        var late = await h.Take(m, Mediator, "apply-for-confirmation", Apply(ConfirmationRoute.ArbitralReview, "2026-11-18"));
        Assert.Contains("不晚于2026-11-17", Assert.IsType<ActionOutcome.Invalid>(late).Rule);
        var alone = await h.Take(m, Mediator, "apply-for-confirmation", Apply(ConfirmationRoute.ArbitralReview, "2026-11-17") with { Joint = false });
        Assert.Equal("joint", Assert.IsType<ActionOutcome.Invalid>(alone).Field);
        var early = await h.Take(m, Mediator, "apply-for-confirmation", Apply(ConfirmationRoute.ArbitralReview, "2026-11-01"));
        Assert.Equal("appliedOn", Assert.IsType<ActionOutcome.Invalid>(early).Field);
        Assert.Empty(m.Confirmations);

        await h.Do(m, Mediator, "apply-for-confirmation", Apply(ConfirmationRoute.ArbitralReview, "2026-11-17"));
        Assert.IsType<ActionOutcome.GuardsUnmet>(await h.Take(m, Mediator, "apply-for-confirmation", Apply(ConfirmationRoute.JudicialConfirmation, "2026-11-18")));
        var unexplained = await h.Take(m, Mediator, "record-confirmation", new RecordConfirmationRequest { Outcome = ConfirmationOutcome.Refused, DecidedOn = h.Clock.Today });
        Assert.Equal("reason", Assert.IsType<ActionOutcome.Invalid>(unexplained).Field);
        await h.Do(m, Mediator, "record-confirmation", new RecordConfirmationRequest { Outcome = ConfirmationOutcome.Refused, DecidedOn = h.Clock.Today, Reason = "协议约定的支付金额低于法定标准" });

        var refused = Assert.Single(m.Confirmations);
        Assert.Equal((ConfirmationOutcome.Refused, new DateOnly(2026, 11, 20), "协议约定的支付金额低于法定标准"), (refused.Outcome, refused.DecidedOn, refused.Note));
        Assert.Equal(MediationState.AgreementReached, m.State);
    }

    [Fact]
    public async Task PeopleMediationLaw_art33_a_court_confirms_within_thirty_days_and_a_confirmed_agreement_is_not_sent_again()
    {
        var m = await Agreed();
        h.Clock.SetToday(new DateOnly(2026, 12, 2));

        await h.Do(m, Mediator, "apply-for-confirmation", Apply(ConfirmationRoute.JudicialConfirmation, "2026-12-02"));
        await h.Do(m, Mediator, "record-confirmation", new RecordConfirmationRequest { Outcome = ConfirmationOutcome.Confirmed, DecidedOn = h.Clock.Today, Reference = "（2026）粤0783民特8号" });

        Assert.Equal((ConfirmationOutcome.Confirmed, "（2026）粤0783民特8号"), (m.Confirmations[0].Outcome, m.Confirmations[0].Reference));
        Assert.IsType<ActionOutcome.GuardsUnmet>(await h.Take(m, Mediator, "apply-for-confirmation", Apply(ConfirmationRoute.ArbitralReview, "2026-12-02")));
        Assert.IsType<ActionOutcome.GuardsUnmet>(await h.Take(m, Mediator, "record-confirmation", new RecordConfirmationRequest { Outcome = ConfirmationOutcome.Confirmed, DecidedOn = h.Clock.Today }));
    }

    [Fact]
    public async Task Art14_a_pre_case_agreement_settles_its_application_and_is_followed_to_fulfilment()
    {
        var a = await h.NewApplication();
        await h.Do(a, "registrar", "refer-to-pre-case-mediation", new PreCaseMediationRequest());
        var m = h.Db.ChangeTracker.Entries<MediationCase>().Single().Entity;
        await h.Do(m, "mediator", "start-mediation");
        await h.Do(m, "mediator", "log-session", new LogSessionRequest { HeldAt = h.Clock.Today.ToDateTime(new TimeOnly(10, 0)), Place = "仲裁院调解室", Attendees = "双方", Outcome = "达成一致" });
        await h.Do(m, "mediator", "record-agreement", new AgreementRequest { Terms = "分两期支付", Amount = 9000m, PaymentSchedule = [new(h.Clock.Today.AddDays(7), 4000m), new(h.Clock.Today.AddDays(30), 5000m)] });

        Assert.Equal((ArbitrationState.Closed, ClosureType.SettledInPreCaseMediation), (a.State, a.ClosureType));
        Assert.Equal((MediationState.AgreementReached, Fulfilment.Pending), (m.State, m.Fulfilment));
        Assert.Single(m.Conclusions, c => c.IsMediatedSettlement && c.IsPreCaseMediation);

        await h.Do(m, "mediator", "record-payment", new RecordPaymentRequest { InstalmentId = m.PaymentSchedule[0].Id, PaidOn = h.Clock.Today, Amount = 4000m });
        Assert.IsType<ActionOutcome.GuardsUnmet>(await h.Take(m, "mediator", "confirm-fulfilment", new NoParameters()));
        await h.Do(m, "mediator", "record-payment", new RecordPaymentRequest { InstalmentId = m.PaymentSchedule[1].Id, PaidOn = h.Clock.Today, Amount = 5000m });
        await h.Do(m, "mediator", "confirm-fulfilment");

        Assert.Equal((MediationState.Closed, ClosureType.MediationAgreement, Fulfilment.Fulfilled), (m.State, m.ClosureType, m.Fulfilment));
        Assert.Single(m.Conclusions);   // counted once, when the agreement was reached
    }
}
