using CaseFlow.Data;
using CaseFlow.Domain;
using CaseFlow.Features.Arbitration;
using CaseFlow.Features.Inspection;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Features.Reports;

/// <summary>
/// The counts the plan indicators are made of, for one period, per organisation and month, read with a
/// handful of grouped index-only queries whatever the size of the case table.
/// </summary>
public sealed class IndicatorCounts
{
    /// <summary>A count with what it is grouped by; Month is 0 where the query is not by month.</summary>
    public sealed record Row(string Series, int OrganisationId, int Month, ProcedureTrack? Track, long Count);

    public required DateOnly From { get; init; }
    public required DateOnly To { get; init; }
    public required IReadOnlyList<Row> Rows { get; init; }

    public long Sum(string series, Func<Row, bool>? where = null) => Rows.Where(r => r.Series == series && (where?.Invoke(r) ?? true)).Sum(r => r.Count);

    public static class Series
    {
        public const string MediationAgreements = "mediation agreements";
        public const string PreCaseAgreements = "pre-case mediation agreements";
        public const string MediationConcluded = "mediation cases concluded";
        public const string MediationFailed = "mediation cases failed";
        public const string MediationWithdrawn = "mediation cases withdrawn";
        public const string ArbitrationStatements = "arbitration cases closed by mediation statement";
        public const string ArbitrationConcluded = "arbitration cases concluded";
        public const string ArbitrationAccepted = "arbitration cases accepted";
        public const string ArbitrationPending = "arbitration cases pending at the period's start";
        public const string ComplaintsClosed = "complaint cases closed";
        public const string ComplaintsFiled = "complaint cases filed";
        public const string ComplaintsReopened = "complaint cases reopened";
        public const string ComplaintsFiledBefore = "complaint cases filed before the period";
        public const string ComplaintsReceived = "complaints received";
        public const string ComplaintsRefused = "complaints refused (不予受理)";
        public const string ComplaintsWithdrawn = "complaints withdrawn before filing";
        public const string ComplaintsClosedBefore = "complaint cases closed before the period";
        public const string ComplaintsReopenedBefore = "complaint cases reopened before the period";
    }

    public static async Task<IndicatorCounts> ReadAsync(CaseFlowDbContext db, DateOnly from, DateOnly to, int? organisation)
    {
        var rows = new List<Row>();
        var conclusions = db.CaseConclusions.AsNoTracking().Where(c => organisation == null || c.OrganisationId == organisation);
        var arbitrations = db.ArbitrationCases.AsNoTracking().Where(c => c.AcceptedOn != null && (organisation == null || c.OrganisationId == organisation));
        var complaints = db.InspectionCases.AsNoTracking().Where(c => c.Source != ComplaintSource.Patrol && (organisation == null || c.OrganisationId == organisation));

        // Conclusions in the period, by organisation, month and what they were. The kinds are named so that the index
        // (kind, day, …) is read as three ranges, not scanned whole; the counts are grouped by day, in the index's own
        // order, and added up by month here: grouped by month, the database would sort a million rows to do it.
        var concluded = await conclusions.Where(c => (c.Kind == CaseKind.Mediation || c.Kind == CaseKind.Arbitration || c.Kind == CaseKind.Inspection)
                                                     && c.ConcludedOn >= from && c.ConcludedOn <= to)
            .GroupBy(c => new { c.Kind, c.ConcludedOn, c.OrganisationId, c.Track, c.IsMediatedSettlement, c.IsPreCaseMediation, c.IsComplaint, c.Outcome })
            .Select(g => new { g.Key, Count = g.LongCount() })
            .ToListAsync();
        foreach (var c in concluded)
        {
            var (organisationId, month, track) = (c.Key.OrganisationId, c.Key.ConcludedOn.Month, c.Key.Track);
            switch (c.Key.Kind)
            {
                case CaseKind.Mediation:
                    rows.Add(new Row(Series.MediationConcluded, organisationId, month, null, c.Count));
                    rows.Add(new Row(c.Key.IsMediatedSettlement ? c.Key.IsPreCaseMediation ? Series.PreCaseAgreements : Series.MediationAgreements
                        : c.Key.Outcome == nameof(ClosureType.Withdrawal) ? Series.MediationWithdrawn : Series.MediationFailed, organisationId, month, null, c.Count));
                    break;
                case CaseKind.Arbitration:
                    rows.Add(new Row(Series.ArbitrationConcluded, organisationId, month, track, c.Count));
                    if (c.Key.IsMediatedSettlement) rows.Add(new Row(Series.ArbitrationStatements, organisationId, month, track, c.Count));
                    break;
                case CaseKind.Inspection when c.Key.IsComplaint:
                    rows.Add(new Row(Series.ComplaintsClosed, organisationId, month, null, c.Count));
                    break;
            }
        }

        rows.AddRange((await arbitrations.Where(c => c.AcceptedOn >= from && c.AcceptedOn <= to)
                .GroupBy(c => new { c.AcceptedOn, c.OrganisationId, c.Track }).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync())
            .Select(g => new Row(Series.ArbitrationAccepted, g.Key.OrganisationId, g.Key.AcceptedOn!.Value.Month, g.Key.Track, g.Count)));
        // Pending at the start: accepted before it and not concluded before it. An arbitration case concludes once, on the
        // day it closes (CaseConclusion), so this is "accepted before − concluded before" read from the cases still open
        // at the start or closed since, not from every case of every past year.
        rows.AddRange((await arbitrations.Where(c => c.AcceptedOn < from && (c.ClosedOn == null || c.ClosedOn >= from))
                .GroupBy(c => new { c.OrganisationId, c.Track }).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync())
            .Select(g => new Row(Series.ArbitrationPending, g.Key.OrganisationId, 0, g.Key.Track, g.Count)));

        // Complaint cases are the complaints filed (立案); the rest are counted beside the rate, not in it.
        rows.AddRange((await complaints.Where(c => c.AcceptedOn >= from && c.AcceptedOn <= to)
                .GroupBy(c => new { c.AcceptedOn, c.OrganisationId }).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync())
            .Select(g => new Row(Series.ComplaintsFiled, g.Key.OrganisationId, g.Key.AcceptedOn!.Value.Month, null, g.Count)));
        rows.AddRange((await complaints.Where(c => c.AcceptedOn < from)
                .GroupBy(c => c.OrganisationId).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync())
            .Select(g => new Row(Series.ComplaintsFiledBefore, g.Key, 0, null, g.Count)));
        rows.AddRange((await complaints.Where(c => c.ReceivedOn >= from && c.ReceivedOn <= to)
                .GroupBy(c => new { c.ReceivedOn, c.OrganisationId }).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync())
            .Select(g => new Row(Series.ComplaintsReceived, g.Key.OrganisationId, g.Key.ReceivedOn.Month, null, g.Count)));
        rows.AddRange((await complaints.Where(c => c.AcceptedOn == null && c.ClosedOn >= from && c.ClosedOn <= to)
                .GroupBy(c => new { c.OrganisationId, c.ClosedOn!.Value.Month, c.ClosureType }).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync())
            .Select(g => new Row(g.Key.ClosureType == ClosureType.Withdrawal ? Series.ComplaintsWithdrawn : Series.ComplaintsRefused, g.Key.OrganisationId, g.Key.Month, null, g.Count)));
        var complaintConclusions = conclusions.Where(c => c.Kind == CaseKind.Inspection && c.IsComplaint);
        rows.AddRange((await complaintConclusions.Where(c => c.ConcludedOn < from)
                .GroupBy(c => c.OrganisationId).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync())
            .Select(g => new Row(Series.ComplaintsClosedBefore, g.Key, 0, null, g.Count)));
        rows.AddRange((await complaintConclusions.Where(c => c.ReopenedOn != null && c.ReopenedOn <= to)
                .GroupBy(c => new { c.OrganisationId, Before = c.ReopenedOn < from, c.ReopenedOn!.Value.Month }).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync())
            .Select(g => new Row(g.Key.Before ? Series.ComplaintsReopenedBefore : Series.ComplaintsReopened, g.Key.OrganisationId, g.Key.Before ? 0 : g.Key.Month, null, g.Count)));

        // Days added up into months once here, not again by every rate, organisation and month the report works out.
        var byMonth = rows.GroupBy(r => (r.Series, r.OrganisationId, r.Month, r.Track))
            .Select(g => new Row(g.Key.Series, g.Key.OrganisationId, g.Key.Month, g.Key.Track, g.Sum(r => r.Count))).ToList();
        return new IndicatorCounts { From = from, To = to, Rows = byMonth };
    }
}
