using CaseFlow.Calendar;
using CaseFlow.Domain;
using CaseFlow.Features.Arbitration;
using CaseFlow.Features.Clocks;
using CaseFlow.Tests.Support;
using CaseFlow.Workflows;

namespace CaseFlow.Tests.Features.Clocks;

/// <summary>The statutory clocks on the State Council's calendar of seeds/calendar.</summary>
public sealed class StatutoryClockTests : IAsyncLifetime
{
    WorkflowHarness h = null!;

    public async Task InitializeAsync() => h = await WorkflowHarness.StartAsync();
    public async Task DisposeAsync() => await h.DisposeAsync();

    static DateOnly D(string s) => DateOnly.Parse(s);
    CaseClock Clock(Case @case, string code) => Assert.Single(@case.Clocks, c => c.Code == code);

    async Task<ArbitrationCase> AcceptedOn(string day)
    {
        h.Clock.SetToday(D(day));
        var @case = await h.NewApplication();
        await h.Do(@case, "registrar", "submit-for-review");
        await h.Do(@case, "registrar", "accept", new AcceptRequest { Track = ProcedureTrack.Ordinary });
        return @case;
    }

    [Fact]
    public async Task An_application_received_before_national_day_is_due_for_acceptance_after_the_holiday()
    {
        // Friday 2025-09-26: Sunday the 28th is worked (调休), 1–8 October are off, so the fifth working day is Friday 10 October.
        h.Clock.SetToday(D("2025-09-26"));
        var @case = await h.NewApplication();

        var clock = Clock(@case, "acceptance");
        Assert.Equal(D("2025-10-10"), clock.DueOn);
        Assert.Equal(ClockStatus.Running, clock.Status);
        Assert.Null(clock.MissingCalendarYears);
    }

    [Fact]
    public async Task A_complaints_acceptance_counts_the_make_up_saturday_as_a_working_day()
    {
        // Thursday 2025-10-09: Friday 10, Saturday 11 (worked), Monday 13, Tuesday 14, Wednesday 15.
        h.Clock.SetToday(D("2025-10-09"));
        var complaint = await h.NewComplaint();

        Assert.Equal(D("2025-10-15"), Clock(complaint, "inspection-acceptance").DueOn);
    }

    [Fact]
    public async Task Working_days_skip_the_spring_festival_and_count_its_make_up_saturday()
    {
        // Thursday 2026-02-12: Friday 13, Saturday 14 (worked), 15–23 off, then 24, 25, 26.
        h.Clock.SetToday(D("2026-02-12"));
        var @case = await h.NewApplication();

        Assert.Equal(D("2026-02-26"), Clock(@case, "acceptance").DueOn);
    }

    [Fact]
    public async Task A_calendar_day_period_ending_in_the_spring_festival_ends_on_the_next_working_day()
    {
        h.Clock.SetToday(D("2026-02-01"));
        var mediation = await h.NewMediation();

        // 15 days from 1 February is 16 February, a holiday: the period ends on Tuesday 24 February.
        Assert.Equal(D("2026-02-24"), Clock(mediation, "mediation").DueOn);
    }

    [Fact]
    public async Task A_calendar_day_period_ending_on_a_make_up_working_saturday_ends_that_day()
    {
        h.Clock.SetToday(D("2026-02-13"));
        var mediation = await h.NewMediation();

        Assert.Equal(D("2026-02-28"), Clock(mediation, "mediation").DueOn);
    }

    [Fact]
    public async Task A_working_day_period_crossing_new_year_skips_the_holiday_and_counts_the_worked_sunday()
    {
        // Monday 2025-12-29: 30, 31, then 1–3 January off, Sunday 4 January worked, 5, 6.
        h.Clock.SetToday(D("2025-12-29"));
        var @case = await h.NewApplication();

        Assert.Equal(D("2026-01-06"), Clock(@case, "acceptance").DueOn);
    }

    [Fact]
    public async Task Acceptance_starts_the_service_tribunal_and_award_clocks()
    {
        var @case = await AcceptedOn("2025-11-03");

        Assert.Equal(ClockStatus.Met, Clock(@case, "acceptance").Status);
        Assert.Equal(D("2025-11-10"), Clock(@case, "service").DueOn);
        Assert.Equal(D("2025-11-10"), Clock(@case, "tribunal").DueOn);
        Assert.Equal(D("2025-12-18"), Clock(@case, "award").DueOn);
    }

    [Fact]
    public async Task Suspension_stops_the_award_clock_and_resumption_continues_it()
    {
        var @case = await AcceptedOn("2025-11-03");
        h.Clock.SetToday(D("2025-11-10"));
        await h.Do(@case, "head", "suspend", new SuspendRequest { Ground = SuspensionGround.AwaitingAssessment, Reason = "等待工伤认定结论" });

        Assert.Equal(ClockStatus.Paused, Clock(@case, "award").Status);
        Assert.Null(Clock(@case, "award").DueOn);

        h.Clock.SetToday(D("2025-11-20"));
        await h.Do(@case, "head", "resume");

        // 45 + 10 suspended days from 3 November is Sunday 28 December: the period ends on Monday the 29th.
        var award = Clock(@case, "award");
        Assert.Equal(ClockStatus.Running, award.Status);
        Assert.Equal(10, award.PausedDays);
        Assert.Equal(D("2025-12-29"), award.DueOn);
    }

    [Fact]
    public async Task An_approved_extension_ending_in_the_new_year_holiday_ends_on_the_worked_sunday()
    {
        var @case = await AcceptedOn("2025-11-03");
        await h.Do(@case, "head", "extend", new ExtendRequest { Days = 15, Reason = "案情复杂" });

        // 18 December + 15 days is 2 January, a holiday; the next working day is Sunday 4 January (调休).
        Assert.Equal(D("2026-01-04"), Clock(@case, "award").DueOn);
    }

    [Fact]
    public async Task Amended_claims_restart_the_award_period()
    {
        var @case = await AcceptedOn("2025-11-03");
        h.Clock.SetToday(D("2025-11-14"));
        await h.Do(@case, "registrar", "amend-claims", new AmendClaimsRequest
        {
            Claims = [new CaseFlow.Features.Cases.ClaimInput { Type = ClaimType.Overtime, Amount = 3000m }],
        });

        // 45 days from Friday 14 November is Monday 29 December.
        Assert.Equal(D("2025-11-14"), Clock(@case, "award").StartedOn);
        Assert.Equal(D("2025-12-29"), Clock(@case, "award").DueOn);
        Assert.Equal(3, @case.Claims.Count);
    }

    [Fact]
    public async Task Pre_case_mediation_pauses_the_acceptance_clock()
    {
        h.Clock.SetToday(D("2026-11-02"));
        var @case = await h.NewApplication();
        await h.Do(@case, "registrar", "refer-to-pre-case-mediation", new PreCaseMediationRequest());
        Assert.Equal(ClockStatus.Paused, Clock(@case, "acceptance").Status);

        h.Clock.SetToday(D("2026-11-09"));
        var mediation = h.Db.ChangeTracker.Entries<CaseFlow.Features.Mediation.MediationCase>().Single().Entity;
        await h.Do(mediation, "mediator", "start-mediation");
        await h.Do(mediation, "mediator", "fail", new NoParameters { Reason = "调解不成" });

        // Seven calendar days (five working days) in mediation: due five working days after the 9th.
        var acceptance = Clock(@case, "acceptance");
        Assert.Equal(ClockStatus.Running, acceptance.Status);
        Assert.Equal(5, acceptance.PausedDays);
        Assert.Equal(D("2026-11-16"), acceptance.DueOn);
    }

    [Fact]
    public async Task A_date_in_a_year_without_a_calendar_is_counted_on_weekends_and_says_so()
    {
        h.Clock.SetToday(D("2027-01-04"));
        var @case = await h.NewApplication();

        var clock = Clock(@case, "acceptance");
        Assert.Equal(D("2027-01-11"), clock.DueOn);
        Assert.Equal("2027", clock.MissingCalendarYears);
        var view = ClockView.Of(clock, h.Services.Clocks.Definitions["acceptance"], h.Calendar, h.Clock.Today);
        Assert.Contains("no holiday calendar is loaded for 2027", Assert.Single(view.Warnings));
    }

    [Fact]
    public async Task Clocks_read_overdue_with_days_left_in_their_own_unit()
    {
        h.Clock.SetToday(D("2025-09-26"));
        var @case = await h.NewApplication();
        var definition = h.Services.Clocks.Definitions["acceptance"];

        var onTheSunday = ClockView.Of(Clock(@case, "acceptance"), definition, h.Calendar, D("2025-09-28"));
        var late = ClockView.Of(Clock(@case, "acceptance"), definition, h.Calendar, D("2025-10-13"));

        Assert.Equal(("running", 4), (onTheSunday.State, onTheSunday.DaysLeft!.Value));
        // Two working days late on Monday the 13th: Saturday the 11th was worked.
        Assert.Equal(("overdue", -2), (late.State, late.DaysLeft!.Value));
    }

    [Fact]
    public async Task The_award_period_restarts_when_a_party_is_added()
    {
        var @case = await AcceptedOn("2025-11-03");
        h.Clock.SetToday(D("2025-11-17"));
        await h.Do(@case, "registrar", "add-party", new AddPartyRequest
        {
            Party = new CaseFlow.Features.Cases.PartyInput { Role = PartyRole.Respondent, Kind = PartyKind.Employer, Name = "发包单位", CreditCode = TestIds.Employer(77) },
        });

        Assert.Equal(D("2025-11-17"), Clock(@case, "award").StartedOn);
        Assert.Equal(D("2026-01-04"), Clock(@case, "award").DueOn);
    }

    [Fact]
    public void Switching_a_clock_to_working_days_counts_the_same_period_on_the_working_calendar()
    {
        var definition = new ClockDefinition { Code = "x", Name = "x", Description = "x", LegalBasis = "x", Days = 15, Unit = ClockUnit.WorkingDays };
        var (due, _, _, _) = ClockRules.Compute(definition, new ClockFacts(D("2025-09-26"), [], null), h.Calendar, D("2025-09-26"));

        // 28–30 September (3), 9–10 October (5), 11 October worked (6), then 13–17, 20–23 October.
        Assert.Equal(D("2025-10-23"), due);
    }
}
