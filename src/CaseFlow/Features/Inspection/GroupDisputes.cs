using CaseFlow.Data;
using CaseFlow.Domain;
using CaseFlow.Features.Arbitration;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Features.Inspection;

/// <summary>The plan's count of group disputes in a period: cases, workers and the arrears they were owed.</summary>
public sealed record GroupDisputeCount(string Name, int MinimumWorkers, long Cases, long Workers, decimal Amount, string Definition);

/// <summary>
/// 群体性劳资纠纷 (<c>seeds/group-disputes.json</c>): wages owed to at least the plan's number of workers
/// on one construction project — over its open inspection cases and its unpaid payroll balances together,
/// each worker counted once — or, for a case on no project, in that case. Such cases come first in worklists,
/// the project is flagged, and the plan report counts them.
/// </summary>
public sealed class GroupDisputeRules(string name, int minimumWorkers, LegalRule rule)
{
    /// <summary>The plan's figure, for reports and descriptions made without the seeds.</summary>
    public static GroupDisputeRules Plan { get; } = new("5人以上劳资纠纷", 5, new("5人以上劳资纠纷", "开平市人力资源和社会保障事业发展“十四五”规划"));

    public string Name => name;
    public int MinimumWorkers => minimumWorkers;
    public LegalRule Rule => rule;

    /// <summary>Whether the case's own arrears are owed to the minimum of workers.</summary>
    public bool Is(Case @case) => @case is InspectionCase i && i.Arrears.Count >= minimumWorkers;

    /// <summary>Whether the case is a group dispute by its own arrears or, while open, by its project's (<see cref="ProjectsAsync"/>).</summary>
    public bool Is(Case @case, IReadOnlySet<long> groupProjects) =>
        Is(@case) || @case is InspectionCase { ProjectId: { } project, ClosedOn: null } && groupProjects.Contains(project);

    /// <summary>
    /// Those of <paramref name="projectIds"/> where wages are owed now to at least the minimum of workers: the
    /// unpaid arrears of the project's open inspection cases and the unpaid balances of its payrolls, a worker
    /// who is on both (or on two cases) counted once by resident ID number.
    /// </summary>
    public async Task<HashSet<long>> ProjectsAsync(CaseFlowDbContext db, IReadOnlyCollection<long> projectIds)
    {
        if (projectIds.Count == 0) return [];
        var ids = projectIds.Distinct().ToList();
        var onCases = await db.WorkerArrears.AsNoTracking()
            .Join(db.InspectionCases.Where(c => c.ClosedOn == null && c.ProjectId != null && ids.Contains(c.ProjectId.Value)), a => a.CaseId, c => c.Id,
                (a, c) => new { ProjectId = c.ProjectId!.Value, a.PartyId, a.AmountOwed, a.AmountPaid })
            .Join(db.Parties, a => a.PartyId, p => p.Id, (a, p) => new { a.ProjectId, Worker = p.IdNumber ?? p.Name, a.AmountOwed, a.AmountPaid })
            .ToListAsync();
        var onPayrolls = await db.PayrollLines.AsNoTracking().Where(l => l.Due > l.Paid)
            .Join(db.Payrolls.Where(p => ids.Contains(p.ProjectId)), l => l.PayrollId, p => p.Id, (l, p) => new { p.ProjectId, l.WorkerId })
            .Join(db.ProjectWorkers, l => l.WorkerId, w => w.Id, (l, w) => new { l.ProjectId, Worker = w.IdNumber })
            .ToListAsync();
        return onCases.Where(a => a.AmountOwed > a.AmountPaid).Select(a => (a.ProjectId, a.Worker))
            .Concat(onPayrolls.Select(l => (l.ProjectId, l.Worker)))
            .Distinct()
            .GroupBy(w => w.ProjectId).Where(g => g.Count() >= minimumWorkers).Select(g => g.Key).ToHashSet();
    }

    /// <summary>
    /// Inspection cases concluded in the period whose arrears, together with those of the other cases on the
    /// same project concluded in the period, were owed to at least the minimum of workers (each counted once).
    /// </summary>
    public async Task<GroupDisputeCount> CountAsync(CaseFlowDbContext db, DateOnly from, DateOnly to, int? organisation)
    {
        var concluded = db.CaseConclusions.Where(c => c.Kind == CaseKind.Inspection && c.ConcludedOn >= from && c.ConcludedOn <= to
            && (organisation == null || c.OrganisationId == organisation)).Select(c => c.CaseId).Distinct();
        var arrears = await db.WorkerArrears.AsNoTracking().Where(a => concluded.Contains(a.CaseId))
            .Join(db.InspectionCases, a => a.CaseId, c => c.Id, (a, c) => new { a.CaseId, c.ProjectId, a.PartyId, a.AmountOwed })
            .Join(db.Parties, a => a.PartyId, p => p.Id, (a, p) => new { a.CaseId, a.ProjectId, Worker = p.IdNumber ?? p.Name, a.AmountOwed })
            .ToListAsync();
        var groups = arrears.GroupBy(a => a.ProjectId is { } project ? $"p{project}" : $"c{a.CaseId}")
            .Where(g => g.Select(a => a.Worker).Distinct().Count() >= minimumWorkers).ToList();
        return new GroupDisputeCount(name, minimumWorkers, groups.Sum(g => g.Select(a => a.CaseId).Distinct().Count()),
            groups.Sum(g => g.Select(a => a.Worker).Distinct().Count()), groups.Sum(g => g.Sum(a => a.AmountOwed)),
            $"{name}：统计期内办结的劳动保障监察案件中，同一工程项目（不属工程项目的，同一案件）登记欠薪的劳动者达到{minimumWorkers}人的案件数、涉案人数（每人计一次）和欠薪金额（{rule.Source}）。");
    }
}
