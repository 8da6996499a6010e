using CaseFlow.Domain;
using CaseFlow.Features.Arbitration;
using CaseFlow.Features.Clocks;
using CaseFlow.Features.Reports;
using CaseFlow.Tests.Support;
using CaseFlow.Workflows;

namespace CaseFlow.Tests.Features.Arbitration;

/// <summary>
/// 劳动争议调解仲裁法 art. 42: a mediation statement (调解书) binds once both parties have signed for it;
/// a party who goes back on the settlement before receipt leaves the tribunal to decide the case.
/// </summary>
public sealed class MediationStatementTests : HarnessTests
{
    void On(string day) => h.Clock.SetToday(DateOnly.Parse(day));

    Task<ArbitrationCase> Heard() => h.HeardApplication();

    static long PartyOf(ArbitrationCase @case, PartyRole role) => @case.Parties.First(p => p.Role == role).Id;

    Task Sign(ArbitrationCase @case, PartyRole role, string day) =>
        h.Do(@case, "registrar", "record-statement-receipt", new StatementReceiptRequest { PartyId = PartyOf(@case, role), ReceivedOn = DateOnly.Parse(day), Method = ServiceMethod.InPerson });

    [Fact]
    public async Task Art42_the_statement_binds_and_closes_the_case_only_when_both_parties_have_signed_for_it()
    {
        var @case = await Heard();
        On("2026-11-18");
        await h.Do(@case, "arbitrator", "issue-mediation-statement", new MediationStatementRequest { Terms = "被申请人于2026年12月31日前支付工资", Amount = 9_000m });

        Assert.Equal(ArbitrationState.StatementDelivery, @case.State);
        Assert.Null(@case.ClosedOn);
        Assert.Single(h.Db.CaseDocuments.Where(d => d.CaseId == @case.Id && d.Template == "mediation-statement"));

        On("2026-11-19");
        await Sign(@case, PartyRole.Applicant, "2026-11-19");
        Assert.Equal(ArbitrationState.StatementDelivery, @case.State);
        Assert.Null(@case.ClosureType);

        On("2026-11-24");
        await Sign(@case, PartyRole.Respondent, "2026-11-23");
        Assert.Equal(ArbitrationState.Closed, @case.State);
        Assert.Equal(ClosureType.MediationStatement, @case.ClosureType);
        // Effective on the last signature, the day the case closes as mediated.
        Assert.Equal(new DateOnly(2026, 11, 23), @case.ClosedOn);
        Assert.Equal(9_000m, @case.SettlementAmount);
        Assert.Equal(2, @case.Receipts.Count(r => r.Document == "mediation-statement" && !r.Superseded));
        Assert.Equal(["issue-mediation-statement", "record-statement-receipt", "record-statement-receipt"],
            @case.Events.OrderBy(e => e.Sequence).Select(e => e.Action).TakeLast(3));
    }

    [Fact]
    public async Task Art42_a_party_going_back_before_receipt_returns_the_case_to_the_tribunal_to_award()
    {
        var @case = await Heard();
        On("2026-11-18");
        await h.Do(@case, "arbitrator", "issue-mediation-statement", new MediationStatementRequest { Terms = "分期支付", Amount = 6_000m });
        await Sign(@case, PartyRole.Applicant, "2026-11-18");
        On("2026-11-19");
        await h.Do(@case, "registrar", "refuse-statement", new StatementRefusalRequest { PartyId = PartyOf(@case, PartyRole.Respondent), Reason = "被申请人表示无力支付，拒绝签收" });

        Assert.Equal(ArbitrationState.Heard, @case.State);
        Assert.Null(@case.ClosedOn);
        Assert.Null(@case.StatementIssuedOn);
        Assert.All(@case.Receipts, r => Assert.True(r.Superseded));
        Assert.Equal("被申请人表示无力支付，拒绝签收", @case.Events.OrderBy(e => e.Sequence).Last().Reason);

        // The award clock runs again from where it stood: the tribunal must decide in time.
        var award = ClockRules.Facts(@case, @case.Events.ToList()).Single(f => f.Code == "award").Facts;
        Assert.Null(award.MetOn);

        await h.Do(@case, "arbitrator", "award", new AwardRequest { Claims = @case.Claims.Select(c => new ClaimAward(c.Id, c.Amount ?? 0)).ToList(), Decision = "依法裁决" });
        Assert.Equal(ClosureType.Award, @case.ClosureType);
    }

    [Fact]
    public async Task A_receipt_names_a_party_of_the_case_once_on_a_day_between_issue_and_today()
    {
        var @case = await Heard();
        On("2026-11-18");
        await h.Do(@case, "arbitrator", "issue-mediation-statement", new MediationStatementRequest { Terms = "一次性支付" });
        await Sign(@case, PartyRole.Applicant, "2026-11-18");

        async Task Refused(long partyId, string day, string field)
        {
            var outcome = await h.Take(@case, "registrar", "record-statement-receipt", new StatementReceiptRequest { PartyId = partyId, ReceivedOn = DateOnly.Parse(day) });
            Assert.Equal(field, Assert.IsType<ActionOutcome.Invalid>(outcome).Field);
        }

        await Refused(PartyOf(@case, PartyRole.Applicant), "2026-11-18", "partyId");      // signed already
        await Refused(987_654, "2026-11-18", "partyId");                                 // not of this case
        await Refused(PartyOf(@case, PartyRole.Respondent), "2026-11-17", "receivedOn"); // before the statement
        await Refused(PartyOf(@case, PartyRole.Respondent), "2026-11-19", "receivedOn"); // after today
        Assert.Equal(ArbitrationState.StatementDelivery, @case.State);
        Assert.Single(@case.Receipts);
    }

    [Fact]
    public async Task The_plan_report_counts_the_mediation_in_the_month_it_takes_effect_and_never_a_refused_one()
    {
        await new CaseFlow.Data.Seeds(CaseFlow.Data.Seeds.Locate(null).Folder).LoadPlanAsync(h.Db);
        var signed = await Heard();
        On("2026-11-27");
        await h.Do(signed, "arbitrator", "issue-mediation-statement", new MediationStatementRequest { Terms = "一次性支付" });
        await Sign(signed, PartyRole.Applicant, "2026-11-27");
        var pending = await Heard();
        On("2026-11-27");
        await h.Do(pending, "arbitrator", "issue-mediation-statement", new MediationStatementRequest { Terms = "分期支付" });
        var refused = await Heard();
        On("2026-11-27");
        await h.Do(refused, "arbitrator", "issue-mediation-statement", new MediationStatementRequest { Terms = "分期支付" });
        await h.Do(refused, "arbitrator", "refuse-statement", new StatementRefusalRequest { PartyId = PartyOf(refused, PartyRole.Applicant), Reason = "反悔" });
        On("2026-12-02");
        await Sign(signed, PartyRole.Respondent, "2026-12-01");

        long Statements(PlanReport report) => report.Indicators.Single(i => i.Measure == Measure.MediationSuccessRate)
            .Components.Single(c => c.Name == IndicatorCounts.Series.ArbitrationStatements).Count;
        var november = await PlanReport.BuildAsync(h.Db, new Period(new(2026, 11, 1), new(2026, 11, 30), "2026-11"), null, h.Clock.Today);
        var december = await PlanReport.BuildAsync(h.Db, new Period(new(2026, 12, 1), new(2026, 12, 31), "2026-12"), null, h.Clock.Today);

        Assert.Equal(0, Statements(november));
        Assert.Equal(1, Statements(december));
    }
}
