using CaseFlow.Domain;
using CaseFlow.Features.Arbitration;
using CaseFlow.Features.Clocks;
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

    /// <summary>Served and heard by a tribunal, then a 调解书 issued; the parties who must sign for it.</summary>
    async Task<List<Party>> StatementIssued(ArbitrationCase @case, string served, string issued)
    {
        On(served);
        await h.Do(@case, "registrar", "serve", new ServeRequest { ServedOn = h.Clock.Today, Method = ServiceMethod.Post });
        await h.Do(@case, "head", "form-tribunal", new FormTribunalRequest { PresidingArbitratorId = h.User("arbitrator").Id, MemberIds = [h.User("arbitrator2").Id, h.User("arbitrator3").Id] });
        On(issued);
        await h.Do(@case, "arbitrator", "issue-mediation-statement", new MediationStatementRequest { Terms = "分期支付" });
        await h.Db.SaveChangesAsync();
        return @case.Parties.Where(p => p.Role is PartyRole.Applicant or PartyRole.Respondent).ToList();
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
        foreach (var party in await StatementIssued(a3, "2025-03-10", "2025-04-10"))
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
        On("2025-09-01");
        var m5 = await h.NewMediation();                                               // withdrawn: concluded, not settled
        On("2025-09-05");
        await h.Do(m5, "mediator.sanbu", "withdraw", new NoParameters { Reason = "申请人撤回" });

        // Inspection complaints (the brigade).
        var i1 = await Complaint("2024-12-15"); await CloseNoViolation(i1, "2025-01-10");   // received in 2024, filed and closed in January
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
        var i7 = await Complaint("2025-08-04");                                             // withdrawn before filing: not a case
        On("2025-08-06");
        await h.Do(i7, "inspector", "withdraw", new NoParameters { Reason = "投诉人撤回" });
        var i8 = await Complaint("2025-09-01");                                             // filed, still investigated at the year's end
        On("2025-09-03");
        await h.Do(i8, "inspector", "file");
        var i9 = await Complaint("2024-11-04");                                             // filed in 2024, closed in 2025: pending at the start
        On("2024-11-06");
        await h.Do(i9, "inspector", "file");
        await CloseNoViolation(i9, "2025-02-20");
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

        // Settled: m1 (committee), m3 (pre-case), a3 (调解书). Concluded: m1, m2 (failed), m3, m5 (withdrawn) and the three arbitration cases.
        var rate = Indicator(report, Measure.MediationSuccessRate);
        Assert.Equal((3L, 7L, 42.86m), (rate.Numerator!.Value, rate.Denominator!.Value, rate.Value!.Value));
        Assert.Equal([(1L, "numerator"), (1L, "numerator"), (1L, "numerator"), (4L, "denominator"), (3L, "denominator"),
            (1L, "of the mediation cases concluded"), (1L, "of the mediation cases concluded")], rate.Components.Select(c => (c.Count, c.Role)));
        Assert.Equal([IndicatorCounts.Series.MediationFailed, IndicatorCounts.Series.MediationWithdrawn], rate.Components.TakeLast(2).Select(c => c.Name));
    }

    [Fact]
    public async Task The_inspection_closure_rate_counts_filed_cases_and_reopened_ones_and_shows_refused_and_withdrawn_complaints_beside_it()
    {
        var report = await Report(new(2025, 1, 1), new(2025, 12, 31));

        // Closed: i1, i3 twice, i6, i9 (i2 refused and i7 withdrawn were never filed, i4 was found on patrol).
        // Filed in 2025: i1, i3, i8. Pending on 1 January: i9 (filed 2024; i6 was filed and closed in 2024). Reopened: i3, i6.
        // Beside the rate: received in 2025 i2, i3, i5, i7, i8; refused i2; withdrawn before filing i7.
        var rate = Indicator(report, Measure.InspectionClosureRate);
        Assert.Equal((5L, 6L, 83.33m), (rate.Numerator!.Value, rate.Denominator!.Value, rate.Value!.Value));
        Assert.Equal([(5L, "numerator"), (3L, "denominator"), (1L, "denominator"), (2L, "denominator"), (5L, PlanReport.Context), (1L, PlanReport.Context), (1L, PlanReport.Context)],
            rate.Components.Select(c => (c.Count, c.Role)));
        Assert.Contains("complaint cases filed (立案)", report.Definitions[Measure.InspectionClosureRate]);
        Assert.Contains("reopened case counts once more in the denominator", report.Definitions[Measure.InspectionClosureRate]);

        // The first quarter: closed i1, i3, i6, i9; filed i1, i3; pending i9; reopened i6.
        var q1 = Indicator(await Report(new(2025, 1, 1), new(2025, 3, 31)), Measure.InspectionClosureRate);
        Assert.Equal((4L, 4L), (q1.Numerator!.Value, q1.Denominator!.Value));
    }

    [Fact]
    public async Task A_mediation_statement_signed_at_the_years_end_and_recorded_in_january_counts_in_the_year_it_took_effect()
    {
        var a7 = await Accepted("2025-12-01");
        var parties = await StatementIssued(a7, "2025-12-03", "2025-12-22");
        await h.Do(a7, "registrar", "record-statement-receipt", new StatementReceiptRequest { PartyId = parties[0].Id, ReceivedOn = h.Clock.Today });
        On("2026-01-05");
        await h.Do(a7, "registrar", "record-statement-receipt", new StatementReceiptRequest { PartyId = parties[1].Id, ReceivedOn = new DateOnly(2025, 12, 31) });

        long Statements(PlanReport report) => Indicator(report, Measure.MediationSuccessRate).Components.Single(c => c.Name == IndicatorCounts.Series.ArbitrationStatements).Count;
        var year = await Report(new(2025, 1, 1), new(2025, 12, 31));
        Assert.Equal(2, Statements(year));                                                    // a3 and a7
        Assert.Equal(4, Indicator(year, Measure.ArbitrationClosureRate).Numerator);           // a1, a3, a5, a7
        Assert.Equal(0, Statements(await Report(new(2026, 1, 1), new(2026, 12, 31))));
        Assert.Contains("a 调解书 counts on the day the last party signs for it", year.Definitions[Measure.MediationSuccessRate]);
    }

    [Fact]
    public async Task The_projection_takes_its_periods_from_the_clock_definitions_in_force()
    {
        var today = new DateOnly(2025, 3, 31);
        Task<PlanReport> Project() => PlanReport.BuildAsync(h.Db, new Period(new(2025, 1, 1), new(2025, 12, 31), "2025"), null, today);
        var statute = Indicator(await Project(), Measure.ArbitrationClosureRate).Projection!;

        h.Db.ClockDefinitions.Single(c => c.Code == "award").Days = 100;
        await h.Db.SaveChangesAsync();
        var longer = Indicator(await Project(), Measure.ArbitrationClosureRate).Projection!;

        // The pace: the year's 3 acceptances (a3, a4, a5) over the 90 days to 31 March, 9 more over the 275 days left. With 45 days
        // an acceptance up to 16 November concludes by the year's end (230 days: 7.7, so 8); with 100 days, up to 22 September (175 days: 5.8, so 6).
        Assert.Equal(("award", 45, ClockUnit.CalendarDays, new DateOnly(2025, 11, 16)), (statute.Assumptions[0].Clock, statute.Assumptions[0].Days, statute.Assumptions[0].Unit, statute.Assumptions[0].LatestStart));
        Assert.Equal((100, new DateOnly(2025, 9, 22)), (longer.Assumptions[0].Days, longer.Assumptions[0].LatestStart));
        Assert.Equal(statute.Denominator, longer.Denominator);
        Assert.Equal(2, statute.Numerator - longer.Numerator);
        Assert.Contains("9 more are expected", statute.Method);
        Assert.Contains("审理期限 of 100 calendar days", longer.Method);

        // Sixty working days on the official calendar: 9 October is the last day whose period ends by 31 December
        // (the National Day holiday runs to 8 October, Saturday 11 October is worked, 1 January is a holiday).
        await new CaseFlow.Data.Seeds(CaseFlow.Data.Seeds.Locate(null).Folder).LoadCalendarAsync(h.Db);
        var inspection = Indicator(await Project(), Measure.InspectionClosureRate).Projection!;
        Assert.Equal(("investigation", 60, ClockUnit.WorkingDays, new DateOnly(2025, 10, 9)),
            (inspection.Assumptions[0].Clock, inspection.Assumptions[0].Days, inspection.Assumptions[0].Unit, inspection.Assumptions[0].LatestStart));
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
        // February: i9 pending since 2024 and closed, i6 reopened and still open at the month's end (i2, refused, is not a case): 1 of 2.
        Assert.Equal((1L, 2L), (february.InspectionClosure.Numerator, february.InspectionClosure.Denominator));
    }

    [Fact]
    public async Task Organisations_are_side_by_side_and_one_without_cases_shows_no_cases()
    {
        var report = await Report(new(2025, 1, 1), new(2025, 12, 31));

        var sanbu = report.ByOrganisation.Single(o => o.OrganisationId == h.Sanbu.Id);
        Assert.Equal((1L, 3L, 33.33m), (sanbu.MediationSuccess.Numerator, sanbu.MediationSuccess.Denominator, sanbu.MediationSuccess.Value!.Value));
        var commission = report.ByOrganisation.Single(o => o.OrganisationId == h.Commission.Id);
        Assert.Equal((2L, 4L), (commission.MediationSuccess.Numerator, commission.MediationSuccess.Denominator));
        var quiet = report.ByOrganisation.Single(o => o.Name.Contains("金鸡镇"));
        Assert.Null(quiet.MediationSuccess.Value);
        Assert.Equal(0, quiet.MediationSuccess.Denominator);
        Assert.Equal(16, report.ByOrganisation.Count(o => o.Kind == OrganisationKind.MediationCommittee) + 1);

        var alone = await Report(new(2025, 1, 1), new(2025, 12, 31), h.Sanbu.Id);
        Assert.Equal(33.33m, Indicator(alone, Measure.MediationSuccessRate).Value);
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
