using CaseFlow.Domain;
using CaseFlow.Features.Arbitration;
using CaseFlow.Tests.Support;
using CaseFlow.Workflows;

namespace CaseFlow.Tests.Features.Arbitration;

/// <summary>
/// What follows the decision (劳动争议调解仲裁法 arts. 47–51): who may sue, who may apply to set a final
/// award aside, enforcement of an award or statement in force; each recorded with its date and court.
/// </summary>
public sealed class AfterAwardTests : HarnessTests
{
    static DateOnly D(string day) => DateOnly.Parse(day);

    static long PartyOf(ArbitrationCase @case, PartyRole role) => @case.Parties.First(p => p.Role == role).Id;

    /// <summary>Awarded in full on 2026-11-16 and served on the 18th; 30,000 yuan of wages is above 22,200, so not final.</summary>
    async Task<ArbitrationCase> Awarded(decimal wages)
    {
        var @case = await h.HeardApplication(wages);
        await h.Do(@case, "arbitrator", "award", new AwardRequest { Claims = @case.Claims.Select(c => new ClaimAward(c.Id, c.Amount!.Value)).ToList(), Decision = "依法裁决" });
        h.Clock.SetToday(D("2026-11-18"));
        await h.Do(@case, "registrar", "record-award-service", new RecordAwardServiceRequest { ServedOn = h.Clock.Today });
        h.Clock.SetToday(D("2026-11-25"));
        return @case;
    }

    Task<ActionOutcome> Record(ArbitrationCase @case, AfterAwardKind kind, PartyRole role, string court = "开平市人民法院") =>
        h.Take(@case, "registrar", "record-after-award", new AfterAwardRequest { Kind = kind, PartyId = PartyOf(@case, role), On = D("2026-11-24"), Court = court, CourtReference = "（2026）粤0783民初1号" });

    [Fact]
    public async Task Arts48_50_either_party_may_sue_on_a_non_final_award_and_the_suit_uses_the_appeal_period()
    {
        var @case = await Awarded(30_000m);

        Assert.IsType<ActionOutcome.Done>(await Record(@case, AfterAwardKind.Suit, PartyRole.Respondent));
        Assert.Equal(D("2026-11-24"), Assert.Single(@case.Clocks, c => c.Code == "appeal").MetOn);
        var suit = Assert.Single(@case.AfterAward);
        Assert.Equal(("开平市人民法院", "（2026）粤0783民初1号"), (suit.Court, suit.CourtReference));
    }

    [Fact]
    public async Task Arts47_49_on_a_final_award_the_employer_may_only_apply_to_set_it_aside_and_the_worker_may_sue()
    {
        var @case = await Awarded(12_000m);
        Assert.All(@case.Claims, c => Assert.True(c.IsFinal));

        Assert.Equal("kind", Assert.IsType<ActionOutcome.Invalid>(await Record(@case, AfterAwardKind.Suit, PartyRole.Respondent)).Field);
        Assert.Equal("partyId", Assert.IsType<ActionOutcome.Invalid>(await Record(@case, AfterAwardKind.SetAside, PartyRole.Applicant, "江门市中级人民法院")).Field);
        Assert.IsType<ActionOutcome.Done>(await Record(@case, AfterAwardKind.SetAside, PartyRole.Respondent, "江门市中级人民法院"));
        Assert.IsType<ActionOutcome.Done>(await Record(@case, AfterAwardKind.Suit, PartyRole.Applicant));

        Assert.Equal(D("2026-11-24"), Assert.Single(@case.Clocks, c => c.Code == "set-aside").MetOn);
        Assert.Equal([AfterAwardKind.SetAside, AfterAwardKind.Suit], @case.AfterAward.Select(e => e.Kind));
    }

    [Fact]
    public async Task Art51_a_mediation_statement_in_force_is_enforced_not_sued_on_and_a_withdrawn_case_has_nothing_to_follow()
    {
        var @case = await h.HeardApplication();
        await h.Do(@case, "arbitrator", "issue-mediation-statement", new MediationStatementRequest { Terms = "一次性支付" });
        foreach (var role in new[] { PartyRole.Applicant, PartyRole.Respondent })
            await h.Do(@case, "registrar", "record-statement-receipt", new StatementReceiptRequest { PartyId = PartyOf(@case, role), ReceivedOn = h.Clock.Today });
        h.Clock.SetToday(D("2026-11-25"));

        Assert.Equal("kind", Assert.IsType<ActionOutcome.Invalid>(await Record(@case, AfterAwardKind.Suit, PartyRole.Respondent)).Field);
        Assert.IsType<ActionOutcome.Done>(await Record(@case, AfterAwardKind.Enforcement, PartyRole.Applicant));

        var withdrawn = await h.NewApplication();
        await h.Do(withdrawn, "registrar", "withdraw", new NoParameters { Reason = "自行和解" });
        Assert.IsType<ActionOutcome.GuardsUnmet>(await Record(withdrawn, AfterAwardKind.Enforcement, PartyRole.Applicant));
    }
}
