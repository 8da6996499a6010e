using CaseFlow.Data;
using CaseFlow.Domain;
using CaseFlow.Features.Arbitration;
using CaseFlow.Features.Clocks;
using Microsoft.EntityFrameworkCore;
using static CaseFlow.Features.Reports.IndicatorCounts.Series;

namespace CaseFlow.Features.Reports;

/// <summary>A rate with what it is made of; no value when the denominator is zero ("no cases").</summary>
public sealed record Rate(decimal? Value, long Numerator, long Denominator)
{
    public static Rate Of(long numerator, long denominator) =>
        new(denominator == 0 ? null : Math.Round(numerator * 100m / denominator, 2, MidpointRounding.AwayFromZero), numerator, denominator);

    public string Display => Value is { } v ? $"{v:0.00}%" : "no cases";
}

public sealed record Component(string Name, long Count, string Role);

public sealed record TargetView(int Year, string Text, Comparison Comparison, decimal Value, bool Cumulative);

/// <summary>A year-end projection, with the statutory periods it assumed (read from the clock definitions in force).</summary>
public sealed record Projection(decimal? Value, long Numerator, long Denominator, string Method, IReadOnlyList<ProjectionAssumption> Assumptions);

/// <summary>A clock's period as the projection used it: a case started after <paramref name="LatestStart"/> is not due by the year's end.</summary>
public sealed record ProjectionAssumption(string Clock, string Name, int Days, ClockUnit Unit, string LegalBasis, DateOnly LatestStart);

public sealed record IndicatorView(
    int Number, string Name, string Unit, string Nature, Measure? Measure, string Status, decimal? Value,
    long? Numerator, long? Denominator, IReadOnlyList<Component> Components, TargetView? Target, bool? Met, string? Baseline, Projection? Projection);

public sealed record OrganisationRates(int OrganisationId, string Name, OrganisationKind Kind, Rate MediationSuccess, Rate ArbitrationClosure, Rate InspectionClosure);

public sealed record TrackRate(ProcedureTrack Track, Rate ArbitrationClosure, Rate MediationStatementShare);

public sealed record MonthRates(int Year, int Month, Rate MediationSuccess, Rate ArbitrationClosure, Rate InspectionClosure);

public sealed record Period(DateOnly From, DateOnly To, string Label);

/// <summary>The plan indicators for a period, with their components, targets, breakdowns and a projection.</summary>
public sealed record PlanReport(
    Period Period, int? OrganisationId, string? OrganisationName, DateOnly ComputedOn, IReadOnlyDictionary<Measure, string> Definitions,
    IReadOnlyList<IndicatorView> Indicators, IReadOnlyList<OrganisationRates> ByOrganisation, IReadOnlyList<TrackRate> ByTrack,
    IReadOnlyList<MonthRates> ByMonth, IReadOnlyDictionary<Measure, TargetView?> TargetLine, Inspection.GroupDisputeCount GroupDisputes)
{
    /// <summary>When the report was read from a replica: whether it had caught up with the primary (see <see cref="ReplicaFreshness"/>).</summary>
    public ReplicaState? Replica { get; init; }

    /// <summary>The definitions, in one place, printed with every report so that a reader can recompute it (shared/domain.md).</summary>
    public static readonly IReadOnlyDictionary<Measure, string> DefinitionTexts = new Dictionary<Measure, string>
    {
        [Measure.MediationSuccessRate] = "调解成功率 = dispute cases concluded by a mediated settlement that has taken effect (mediation organisations' agreements, pre-case mediation agreements, arbitration cases closed by 调解书) ÷ all dispute cases concluded in the period (mediation cases concluded + arbitration cases concluded). "
            + "A mediation agreement, also a pre-case one, counts on the day it is signed by the parties and the mediator and so takes effect (劳动争议调解仲裁法 art. 14), which is the day it is recorded; a 调解书 counts on the day the last party signs for it (art. 42), never while it waits for a signature, and not at all when a party refuses it. "
            + "A mediation case is concluded when it reaches an agreement, fails or is withdrawn; failed and withdrawn mediations are shown apart among the components and both stay in the denominator. An arbitration case (an accepted application) is concluded when it closes.",
        [Measure.ArbitrationClosureRate] = "仲裁结案率 = arbitration cases concluded in the period ÷ (arbitration cases accepted in the period + cases pending at its start). Pending at the start = accepted before it − concluded before it. An application not accepted is not a case and is in neither.",
        [Measure.InspectionClosureRate] = "监察举报投诉案件结案率 = complaint cases closed in the period ÷ (complaint cases filed (立案) in the period + cases pending at its start + cases reopened in the period). "
            + "Complaints exclude violations found on patrol. A complaint refused (不予受理) or withdrawn before it was filed is not a case: it is in neither the numerator nor the denominator, and the complaints received, refused and withdrawn are shown beside the rate as context. "
            + "Pending at the start = filed before it − closed before it + reopened before it. A reopened case counts once more in the denominator of the period in which it is reopened, and once more in the numerator when it closes again.",
    };

    public static async Task<PlanReport> BuildAsync(CaseFlowDbContext db, Period period, int? organisation, DateOnly today, Inspection.GroupDisputeRules? groups = null)
    {
        var counts = await IndicatorCounts.ReadAsync(db, period.From, period.To, organisation);
        var organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id);
        var year = period.From.Year;
        var indicators = await db.PlanIndicators.AsNoTracking().Include(i => i.Targets).ToListAsync();
        var plan = indicators.Where(i => i.Targets.Any(t => t.Year == year && !t.IsActual)).Select(i => i.Plan).FirstOrDefault()
                   ?? indicators.Select(i => i.Plan).FirstOrDefault();
        var table = indicators.Where(i => i.Plan == plan).OrderBy(i => i.Number).ToList();

        TargetView? TargetOf(PlanIndicator i) => i.Targets.FirstOrDefault(t => t.Year == year && !t.IsActual) is { } t
            ? new TargetView(t.Year, t.Text, t.Comparison, t.Value, t.Cumulative) : null;

        var rates = Rates(counts, _ => true);
        var projections = year == today.Year && period.To >= today ? await Project(db, counts, rates, organisation, today) : null;

        var views = table.Select(i =>
        {
            var target = TargetOf(i);
            var baseline = i.Targets.FirstOrDefault(t => t.IsActual) is { } b ? $"{b.Year}: {b.Text}" : null;
            if (i.Measure is not { } measure)
                return new IndicatorView(i.Number, i.Name, i.Unit, i.Nature, null, "no data in CaseFlow", null, null, null, [], target, null, baseline, null);
            var (rate, components) = rates[measure];
            var met = rate.Value is { } v && target is not null ? i.Targets.First(t => t.Year == year && !t.IsActual).IsMetBy(v) : (bool?)null;
            return new IndicatorView(i.Number, i.Name, i.Unit, i.Nature, measure, rate.Value is null ? "no cases" : "computed", rate.Value,
                rate.Numerator, rate.Denominator, components, target, met, baseline, projections?.GetValueOrDefault(measure));
        }).ToList();

        var byOrganisation = counts.Rows.Select(r => r.OrganisationId).Distinct()
            .Union(organisation is { } only ? [only] : organisations.Values.Where(o => o.Kind != OrganisationKind.Bureau).Select(o => o.Id))
            .Where(organisations.ContainsKey)
            .Select(id =>
            {
                var r = Rates(counts, row => row.OrganisationId == id);
                return new OrganisationRates(id, organisations[id].Name, organisations[id].Kind,
                    r[Measure.MediationSuccessRate].Rate, r[Measure.ArbitrationClosureRate].Rate, r[Measure.InspectionClosureRate].Rate);
            })
            .OrderBy(o => o.Kind).ThenBy(o => o.OrganisationId).ToList();

        // A case converted from the simplified track counts on the track it has now.
        var byTrack = Enum.GetValues<ProcedureTrack>().Select(track =>
        {
            bool OnTrack(IndicatorCounts.Row row) => row.Track == track;
            var concluded = counts.Sum(ArbitrationConcluded, OnTrack);
            var pending = counts.Sum(ArbitrationPending, OnTrack);
            return new TrackRate(track, Rate.Of(concluded, counts.Sum(ArbitrationAccepted, OnTrack) + pending),
                Rate.Of(counts.Sum(ArbitrationStatements, OnTrack), concluded));
        }).ToList();

        var targetLine = Enum.GetValues<Measure>().ToDictionary(m => m, m => table.FirstOrDefault(i => i.Measure == m) is { } i ? TargetOf(i) : null);
        return new PlanReport(period, organisation, organisation is { } o ? organisations.GetValueOrDefault(o)?.Name : null, today,
            DefinitionTexts, views, byOrganisation, byTrack, Months(counts), targetLine,
            await (groups ?? Inspection.GroupDisputeRules.Plan).CountAsync(db, period.From, period.To, organisation));
    }

    /// <summary>The role of a component shown beside a rate without being part of it.</summary>
    public const string Context = "context, in neither";

    /// <summary>The three rates over the rows that pass <paramref name="where"/>.</summary>
    static Dictionary<Measure, (Rate Rate, IReadOnlyList<Component> Components)> Rates(IndicatorCounts counts, Func<IndicatorCounts.Row, bool> where)
    {
        long Sum(string series) => counts.Sum(series, where);
        var agreements = Sum(MediationAgreements);
        var preCase = Sum(PreCaseAgreements);
        var statements = Sum(ArbitrationStatements);
        var mediationConcluded = Sum(MediationConcluded);
        var arbitrationConcluded = Sum(ArbitrationConcluded);
        var accepted = Sum(ArbitrationAccepted);
        var pendingArbitration = counts.Sum(ArbitrationPending, where);
        var complaintsClosed = Sum(ComplaintsClosed);
        var filed = Sum(ComplaintsFiled);
        var reopened = Sum(ComplaintsReopened);
        var pendingComplaints = counts.Sum(ComplaintsFiledBefore, where) - counts.Sum(ComplaintsClosedBefore, where) + counts.Sum(ComplaintsReopenedBefore, where);

        return new()
        {
            [Measure.MediationSuccessRate] = (Rate.Of(agreements + preCase + statements, mediationConcluded + arbitrationConcluded),
            [
                new(MediationAgreements, agreements, "numerator"), new(PreCaseAgreements, preCase, "numerator"), new(ArbitrationStatements, statements, "numerator"),
                new(MediationConcluded, mediationConcluded, "denominator"), new(ArbitrationConcluded, arbitrationConcluded, "denominator"),
                new(MediationFailed, Sum(MediationFailed), "of the mediation cases concluded"), new(MediationWithdrawn, Sum(MediationWithdrawn), "of the mediation cases concluded"),
            ]),
            [Measure.ArbitrationClosureRate] = (Rate.Of(arbitrationConcluded, accepted + pendingArbitration),
            [
                new(ArbitrationConcluded, arbitrationConcluded, "numerator"), new(ArbitrationAccepted, accepted, "denominator"),
                new(ArbitrationPending, pendingArbitration, "denominator"),
            ]),
            [Measure.InspectionClosureRate] = (Rate.Of(complaintsClosed, filed + pendingComplaints + reopened),
            [
                new(ComplaintsClosed, complaintsClosed, "numerator"), new(ComplaintsFiled, filed, "denominator"),
                new("complaint cases pending at the period's start", pendingComplaints, "denominator"), new(ComplaintsReopened, reopened, "denominator"),
                new(ComplaintsReceived, Sum(ComplaintsReceived), Context), new(ComplaintsRefused, Sum(ComplaintsRefused), Context),
                new(ComplaintsWithdrawn, Sum(ComplaintsWithdrawn), Context),
            ]),
        };
    }

    /// <summary>Each month's own rates; a month's pending cases are those pending at the period's start plus what earlier months left open.</summary>
    static List<MonthRates> Months(IndicatorCounts counts)
    {
        var months = new List<MonthRates>();
        long pendingArbitration = counts.Sum(ArbitrationPending);
        long pendingComplaints = counts.Sum(ComplaintsFiledBefore) - counts.Sum(ComplaintsClosedBefore) + counts.Sum(ComplaintsReopenedBefore);
        for (var first = new DateOnly(counts.From.Year, counts.From.Month, 1); first <= counts.To; first = first.AddMonths(1))
        {
            var m = first.Month;
            long Sum(string series) => counts.Sum(series, r => r.Month == m);
            var arbitrationConcluded = Sum(ArbitrationConcluded);
            var accepted = Sum(ArbitrationAccepted);
            var closed = Sum(ComplaintsClosed);
            var filed = Sum(ComplaintsFiled);
            var reopened = Sum(ComplaintsReopened);
            months.Add(new MonthRates(first.Year, m,
                Rate.Of(Sum(MediationAgreements) + Sum(PreCaseAgreements) + Sum(ArbitrationStatements), Sum(MediationConcluded) + arbitrationConcluded),
                Rate.Of(arbitrationConcluded, accepted + pendingArbitration),
                Rate.Of(closed, filed + pendingComplaints + reopened)));
            pendingArbitration += accepted - arbitrationConcluded;
            pendingComplaints += filed + reopened - closed;
        }
        return months;
    }

    /// <summary>
    /// A projection to the year's end from the open caseload: open cases whose statutory period ends within the year
    /// are counted as concluded by then, and intake goes on at the year-to-date pace, a case taken in concluding by the
    /// year's end when its period, as the clock definitions in force say (days, calendar or working, on the holiday
    /// calendar), ends by then.
    /// </summary>
    static async Task<Dictionary<Measure, Projection>> Project(CaseFlowDbContext db, IndicatorCounts counts,
        Dictionary<Measure, (Rate Rate, IReadOnlyList<Component> Components)> rates, int? organisation, DateOnly today)
    {
        var yearEnd = new DateOnly(today.Year, 12, 31);
        var elapsed = Math.Max(1, today.DayNumber - counts.From.DayNumber + 1);
        var remaining = yearEnd.DayNumber - today.DayNumber;
        var clocks = (await Clocks.ReferenceData.ClocksInTransactionAsync(db)).Definitions;
        var calendar = await Clocks.ReferenceData.CalendarInTransactionAsync(db);

        // The open cases' clocks due by the year's end, by code, in one read of the (status, due, code, organisation) index.
        var due = await db.CaseClocks.AsNoTracking()
            .Where(c => (c.Code == "mediation" || c.Code == "award" || c.Code == "investigation") && c.Status != ClockStatus.Met
                        && c.DueOn != null && c.DueOn <= yearEnd && (organisation == null || c.OrganisationId == organisation))
            .GroupBy(c => c.Code).Select(g => new { g.Key, Count = g.LongCount() })
            .ToDictionaryAsync(g => g.Key, g => g.Count);
        long DueByYearEnd(string code) => due.GetValueOrDefault(code);

        // The last day a case may start and still reach the end of its period by the year's end, by the clocks' own
        // counting (a calendar-day period ending on a rest day runs to the next working day).
        ProjectionAssumption Assume(string code)
        {
            var clock = clocks.GetValueOrDefault(code) ?? throw new InvalidOperationException($"the projection needs the clock '{code}', which is not defined");
            DateOnly Due(DateOnly start) => clock.Unit == ClockUnit.WorkingDays ? calendar.AddWorkingDays(start, clock.Days) : calendar.AddCalendarDays(start, clock.Days);
            var latest = yearEnd;
            while (Due(latest) > yearEnd) latest = latest.AddDays(-1);
            return new ProjectionAssumption(clock.Code, clock.Name, clock.Days, clock.Unit, clock.LegalBasis, latest);
        }

        Projection Closure(Rate ytd, long started, long dueByYearEnd, ProjectionAssumption period, string what)
        {
            var intake = (long)Math.Round((double)started / elapsed * remaining);
            var intakeConcluded = (long)Math.Round((double)started / elapsed * Math.Clamp(period.LatestStart.DayNumber - today.DayNumber, 0, remaining));
            var numerator = ytd.Numerator + dueByYearEnd + intakeConcluded;
            var denominator = ytd.Denominator + intake;
            return new Projection(Rate.Of(numerator, denominator).Value, numerator, denominator,
                $"Projection, not a result: {dueByYearEnd} open {what} whose statutory period ends by {yearEnd:yyyy-MM-dd} are counted as concluded; " +
                $"{intake} more are expected at the year-to-date pace over the {remaining} remaining days, {intakeConcluded} of them concluded by the year's end: " +
                $"those started by {period.LatestStart:yyyy-MM-dd}, as the {period.Name} of {period.Days} {(period.Unit == ClockUnit.WorkingDays ? "working" : "calendar")} days ({period.LegalBasis}) ends by then.",
                [period]);
        }

        var mediation = rates[Measure.MediationSuccessRate].Rate;
        var openMediation = DueByYearEnd("mediation");
        return new()
        {
            [Measure.ArbitrationClosureRate] = Closure(rates[Measure.ArbitrationClosureRate].Rate, counts.Sum(ArbitrationAccepted), DueByYearEnd("award"), Assume("award"), "arbitration cases"),
            [Measure.InspectionClosureRate] = Closure(rates[Measure.InspectionClosureRate].Rate, counts.Sum(ComplaintsFiled), DueByYearEnd("investigation"), Assume("investigation"), "complaint cases"),
            [Measure.MediationSuccessRate] = new Projection(mediation.Value, mediation.Numerator, mediation.Denominator,
                $"Projection, not a result: the {openMediation} open mediation cases due by {yearEnd:yyyy-MM-dd} are assumed to settle at the year-to-date rate, which leaves the rate where it is.", []),
        };
    }
}
