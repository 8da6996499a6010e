using CaseFlow.Domain;
using CaseFlow.Features.Arbitration;
using CaseFlow.Features.Inspection;
using CaseFlow.Features.Mediation;
using CaseFlow.Features.Reports;
using CaseFlow.Tests.Support;
using CaseFlow.Workflows;

namespace CaseFlow.Tests.Features.Reports;

/// <summary>
/// The three rates on a case set made through the workflows, against values worked out by hand from
/// the definitions of shared/domain.md.
/// </summary>
public sealed class PlanIndicatorTests : IAsyncLifetime
{
    WorkflowHarness h = null!;

    public async Task InitializeAsync()
    {
        h = await WorkflowHarness.StartAsync();
        await new CaseFlow.Data.Seeds(CaseFlow.Data.Seeds.Locate(null).Folder).LoadPlanAsync(h.Db);
        await Build();
    }

    public async Task DisposeAsync() => await h.DisposeAsync();

    void On(string day) => h.Clock.SetToday(DateOnly.Parse(day));

    async Task<ArbitrationCase> Accepted(string day)
    {
        On(day);
        var @case = await h.NewApplication();
        await h.Do(@case, "registrar", "submit-for-review");
        await h.Do(@case, "registrar", "accept", new AcceptRequest { Track = ProcedureTrack.Ordinary });
        return @case;
    }

    async Task Withdrawn(ArbitrationCase @case, string day)
    {
        On(day);
        await h.Do(@case, "registrar", "withdraw", new NoParameters { Reason = "撤回" });
    }

    async Task<InspectionCase> Complaint(string received, ComplaintSource source = ComplaintSource.Hotline12345)
    {
        On(received);
        return await h.NewComplaint(source: source);
    }

    async Task CloseNoViolation(InspectionCase @case, string day)
    {
        On(day);
        if (@case.State == InspectionState.Received) await h.Do(@case, "inspector", "file");
        await h.Do(@case, "inspector", "log-activity", new LogActivityRequest { Kind = ActivityKind.SiteVisit, At = h.Clock.Today.ToDateTime(new TimeOnly(9, 0)), Place = "工地", Inspectors = "吴国栋", Notes = "核查" });
        await h.Do(@case, "inspector", "close-no-violation", new NoParameters { Reason = "查无违法事实" });
    }

    async Task Reopen(InspectionCase @case, string day)
    {
        On(day);
        await h.Do(@case, "brigade.head", "reopen", new ReopenRequest { DecisionReference = "开人社复〔2025〕3号", Reason = "复议决定撤销原处理" });
    }

    /// <summary>The case set; each line's effect on 2025's indicators is worked out in the tests.</summary>
    async Task Build()
    {
        // Arbitration (the commission).
        var a1 = await Accepted("2024-12-10"); await Withdrawn(a1, "2025-01-20");      // pending at the start, concluded in January
        var a2 = await Accepted("2024-11-01"); await Withdrawn(a2, "2024-12-20");      // concluded before the year
        var a3 = await Accepted("2025-03-03");                                          // accepted, settled by 调解书 in April
        On("2025-03-10");
        await h.Do(a3, "registrar", "serve", new ServeRequest { ServedOn = h.Clock.Today, Method = ServiceMethod.Post });
        await h.Do(a3, "head", "form-tribunal", new FormTribunalRequest { PresidingArbitratorId = h.User("arbitrator").Id, MemberIds = [h.User("arbitrator2").Id, h.User("arbitrator3").Id] });
        On("2025-04-10");
        await h.Do(a3, "arbitrator", "issue-mediation-statement", new MediationStatementRequest { Terms = "分期支付" });
        await h.Db.SaveChangesAsync();
        foreach (var party in a3.Parties.Where(p => p.Role is PartyRole.Applicant or PartyRole.Respondent).ToList())
            await h.Do(a3, "registrar", "record-statement-receipt", new StatementReceiptRequest { PartyId = party.Id, ReceivedOn = h.Clock.Today });
        await Accepted("2025-11-03");                                                   // accepted, concluded only in 2026:
        var a4 = h.Db.ChangeTracker.Entries<ArbitrationCase>().Select(e => e.Entity).Single(c => c.AcceptedOn == new DateOnly(2025, 11, 3));
        await Withdrawn(a4, "2026-01-15");
        var a5 = await Accepted("2025-06-02"); await Withdrawn(a5, "2025-06-20");      // accepted and withdrawn in the year
        On("2025-05-05");
        var a6 = await h.NewApplication();                                              // refused: never an arbitration case
        await h.Do(a6, "registrar", "submit-for-review");
        await h.Do(a6, "head", "refuse", new NoParameters { Reason = "不属于受案范围" });

        // Mediation.
        On("2025-02-03");
        var m1 = await h.NewMediation();
        await h.Do(m1, "mediator.sanbu", "start-mediation");
        await h.Do(m1, "mediator.sanbu", "log-session", Session());
        On("2025-02-10");
        await h.Do(m1, "mediator.sanbu", "record-agreement", new AgreementRequest { Terms = "一次性支付", Amount = 8000m });
        On("2025-03-03");
        var m2 = await h.NewMediation();
        await h.Do(m2, "mediator.sanbu", "start-mediation");
        On("2025-03-10");
        await h.Do(m2, "mediator.sanbu", "fail", new NoParameters { Reason = "调解不成" });
        On("2025-07-01");
        var application = await h.NewApplication();                                   // pre-case mediation settles it (M3)
        await h.Do(application, "registrar", "refer-to-pre-case-mediation", new PreCaseMediationRequest());
        var m3 = h.Db.ChangeTracker.Entries<MediationCase>().Select(e => e.Entity).Single(m => m.IsPreCaseMediation);
        await h.Do(m3, "mediator", "start-mediation");
        await h.Do(m3, "mediator", "log-session", Session());
        On("2025-07-08");
        await h.Do(m3, "mediator", "record-agreement", new AgreementRequest { Terms = "支付工资", Amount = 9000m });
        On("2025-12-20");
        var m4 = await h.NewMediation();                                               // agreement only in 2026
        await h.Do(m4, "mediator.sanbu", "start-mediation");
        await h.Do(m4, "mediator.sanbu", "log-session", Session());
        On("2026-01-05");
        await h.Do(m4, "mediator.sanbu", "record-agreement", new AgreementRequest { Terms = "支付", Amount = 1000m });

        // Inspection complaints (the brigade).
        var i1 = await Complaint("2024-12-15"); await CloseNoViolation(i1, "2025-01-10");   // pending at the start, closed
        var i2 = await Complaint("2025-02-03");                                             // received and refused
        On("2025-02-05");
        await h.Do(i2, "inspector", "refuse", new NoParameters { Reason = "不属于监察管辖" });
        var i3 = await Complaint("2025-03-03"); await CloseNoViolation(i3, "2025-03-20");   // closed, reopened, closed again
        await Reopen(i3, "2025-05-06");
        await CloseNoViolation(i3, "2025-06-10");
        var i4 = await Complaint("2025-04-01", ComplaintSource.Patrol); await CloseNoViolation(i4, "2025-04-15"); // found on patrol: not a complaint
        await Complaint("2025-12-01");                                                      // still open
        var i6 = await Complaint("2024-06-03"); await CloseNoViolation(i6, "2024-07-01");   // closed in 2024, reopened and closed in 2025
        await Reopen(i6, "2025-02-10");
        await CloseNoViolation(i6, "2025-03-05");
    }

    LogSessionRequest Session() => new() { HeldAt = h.Clock.Today.ToDateTime(new TimeOnly(10, 0)), Place = "调解室", Attendees = "双方", Outcome = "协商" };

    Task<PlanReport> Report(DateOnly from, DateOnly to, int? organisation = null) =>
        PlanReport.BuildAsync(h.Db, new Period(from, to, "test"), organisation, new DateOnly(2026, 11, 24));

    static IndicatorView Indicator(PlanReport report, Measure measure) => report.Indicators.Single(i => i.Measure == measure);

    [Fact]
    public async Task The_arbitration_closure_rate_counts_cases_pending_at_the_start_and_leaves_later_closures_out()
    {
        var report = await Report(new(2025, 1, 1), new(2025, 12, 31));

        // Concluded: a1, a3, a5. Accepted: a3, a4, a5. Pending on 1 January: a1 (a2 was concluded in 2024).
        var rate = Indicator(report, Measure.ArbitrationClosureRate);
        Assert.Equal((3L, 4L, 75.00m), (rate.Numerator!.Value, rate.Denominator!.Value, rate.Value!.Value));
        Assert.Equal([3L, 3L, 1L], rate.Components.Select(c => c.Count));
        Assert.Equal(">90.00", rate.Target!.Text);
        Assert.False(rate.Met);
    }

    [Fact]
    public async Task The_mediation_success_rate_counts_committee_pre_case_and_arbitration_settlements()
    {
        var report = await Report(new(2025, 1, 1), new(2025, 12, 31));

        // Settled: m1 (committee), m3 (pre-case), a3 (调解书). Concluded: m1, m2, m3 and the three arbitration cases.
        var rate = Indicator(report, Measure.MediationSuccessRate);
        Assert.Equal((3L, 6L, 50.00m), (rate.Numerator!.Value, rate.Denominator!.Value, rate.Value!.Value));
        Assert.Equal([1L, 1L, 1L, 3L, 3L], rate.Components.Select(c => c.Count));
    }

    [Fact]
    public async Task The_inspection_closure_rate_counts_reopened_complaints_and_leaves_patrol_cases_out()
    {
        var report = await Report(new(2025, 1, 1), new(2025, 12, 31));

        // Closed: i1, i2, i3 twice, i6. Received: i2, i3, i5. Pending on 1 January: i1. Reopened: i3, i6.
        var rate = Indicator(report, Measure.InspectionClosureRate);
        Assert.Equal((5L, 6L, 83.33m), (rate.Numerator!.Value, rate.Denominator!.Value, rate.Value!.Value));
        Assert.Equal([5L, 3L, 1L, 2L], rate.Components.Select(c => c.Count));
    }

    [Fact]
    public async Task A_quarter_counts_what_was_pending_at_its_own_start()
    {
        var q1 = await Report(new(2025, 1, 1), new(2025, 3, 31));
        var q2 = await Report(new(2025, 4, 1), new(2025, 6, 30));

        // Q1: a1 concluded; a3 accepted; a1 pending. Q2: a3 and a5 concluded; a5 accepted; a3 pending.
        Assert.Equal((1L, 2L), (Indicator(q1, Measure.ArbitrationClosureRate).Numerator!.Value, Indicator(q1, Measure.ArbitrationClosureRate).Denominator!.Value));
        Assert.Equal((2L, 2L, 100.00m), (Indicator(q2, Measure.ArbitrationClosureRate).Numerator!.Value, Indicator(q2, Measure.ArbitrationClosureRate).Denominator!.Value,
            Indicator(q2, Measure.ArbitrationClosureRate).Value!.Value));
    }

    [Fact]
    public async Task Each_month_has_its_own_rate_and_a_month_with_nothing_to_do_has_no_cases()
    {
        var report = await Report(new(2025, 1, 1), new(2025, 12, 31));

        var january = report.ByMonth.Single(m => m.Month == 1);
        var february = report.ByMonth.Single(m => m.Month == 2);
        Assert.Equal(12, report.ByMonth.Count);
        Assert.Equal(100.00m, january.ArbitrationClosure.Value);
        Assert.Null(february.ArbitrationClosure.Value);
        Assert.Equal("no cases", february.ArbitrationClosure.Display);
        // February: i2 received and closed, i6 reopened and still open at the month's end: 1 of 2.
        Assert.Equal((1L, 2L), (february.InspectionClosure.Numerator, february.InspectionClosure.Denominator));
    }

    [Fact]
    public async Task Organisations_are_side_by_side_and_one_without_cases_shows_no_cases()
    {
        var report = await Report(new(2025, 1, 1), new(2025, 12, 31));

        var sanbu = report.ByOrganisation.Single(o => o.OrganisationId == h.Sanbu.Id);
        Assert.Equal((1L, 2L, 50.00m), (sanbu.MediationSuccess.Numerator, sanbu.MediationSuccess.Denominator, sanbu.MediationSuccess.Value!.Value));
        var commission = report.ByOrganisation.Single(o => o.OrganisationId == h.Commission.Id);
        Assert.Equal((2L, 4L), (commission.MediationSuccess.Numerator, commission.MediationSuccess.Denominator));
        var quiet = report.ByOrganisation.Single(o => o.Name.Contains("金鸡镇"));
        Assert.Null(quiet.MediationSuccess.Value);
        Assert.Equal(0, quiet.MediationSuccess.Denominator);
        Assert.Equal(16, report.ByOrganisation.Count(o => o.Kind == OrganisationKind.MediationCommittee) + 1);

        var alone = await Report(new(2025, 1, 1), new(2025, 12, 31), h.Sanbu.Id);
        Assert.Equal(50.00m, Indicator(alone, Measure.MediationSuccessRate).Value);
        Assert.Equal("no cases", Indicator(alone, Measure.ArbitrationClosureRate).Status);
    }

    [Fact]
    public async Task Indicators_outside_CaseFlow_show_their_targets_with_no_data()
    {
        var report = await Report(new(2025, 1, 1), new(2025, 12, 31));

        Assert.Equal(15, report.Indicators.Count);
        var employment = report.Indicators.Single(i => i.Number == 1);
        Assert.Equal("no data in CaseFlow", employment.Status);
        Assert.Equal("[3.00]", employment.Target!.Text);
        Assert.True(employment.Target.Cumulative);
        Assert.Equal("2020: 77.08", report.Indicators.Single(i => i.Number == 12).Baseline);
    }

    [Theory]
    [InlineData(">60.00", 60.01, true)]
    [InlineData(">60.00", 60.00, false)]
    [InlineData("75.00", 75.00, true)]
    [InlineData("75.00", 74.99, false)]
    [InlineData("3%以内", 3.00, true)]
    [InlineData("3%以内", 3.01, false)]
    public void A_target_is_held_to_its_own_comparison(string text, double value, bool met)
    {
        var (comparison, figure, _) = PlanTarget.Parse(text);
        Assert.Equal(met, new PlanTarget { Plan = "p", Text = text, Comparison = comparison, Value = figure }.IsMetBy((decimal)value));
    }

    [Fact]
    public async Task The_current_year_carries_a_projection_to_its_end_marked_as_such()
    {
        await Accepted("2025-11-10");
        var report = await PlanReport.BuildAsync(h.Db, new Period(new(2025, 1, 1), new(2025, 12, 31), "2025"), null, new DateOnly(2025, 11, 30));

        var projection = Indicator(report, Measure.ArbitrationClosureRate).Projection!;
        Assert.StartsWith("Projection, not a result", projection.Method);
        // The case accepted on 10 November is open with its award period ending 25 December: counted as concluded.
        Assert.Contains("1 open arbitration cases whose statutory period ends by 2025-12-31", projection.Method);
        Assert.Equal(3 + 1 + 0, projection.Numerator);
    }
}
