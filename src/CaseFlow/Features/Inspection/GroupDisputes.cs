using CaseFlow.Data;
using CaseFlow.Domain;
using CaseFlow.Features.Arbitration;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Features.Inspection;

/// <summary>The plan's count of group disputes in a period: cases, workers and the arrears they were owed.</summary>
public sealed record GroupDisputeCount(string Name, int MinimumWorkers, long Cases, long Workers, decimal Amount, string Definition);

/// <summary>
/// 群体性劳资纠纷 (<c>seeds/group-disputes.json</c>): arrears owed to at least the plan's number of workers
/// in one case. Such cases come first in worklists and the plan report counts them.
/// </summary>
public sealed class GroupDisputeRules(string name, int minimumWorkers, LegalRule rule)
{
    /// <summary>The plan's figure, for reports and descriptions made without the seeds.</summary>
    public static GroupDisputeRules Plan { get; } = new("5人以上劳资纠纷", 5, new("5人以上劳资纠纷", "开平市人力资源和社会保障事业发展“十四五”规划"));

    public string Name => name;
    public int MinimumWorkers => minimumWorkers;
    public LegalRule Rule => rule;

    public bool Is(Case @case) => @case is InspectionCase i && i.Arrears.Count >= minimumWorkers;

    /// <summary>Inspection cases concluded in the period whose arrears were owed to at least the minimum of workers.</summary>
    public async Task<GroupDisputeCount> CountAsync(CaseFlowDbContext db, DateOnly from, DateOnly to, int? organisation)
    {
        var concluded = db.CaseConclusions.Where(c => c.Kind == CaseKind.Inspection && c.ConcludedOn >= from && c.ConcludedOn <= to
            && (organisation == null || c.OrganisationId == organisation)).Select(c => c.CaseId).Distinct();
        var arrears = await db.WorkerArrears.AsNoTracking().Where(a => concluded.Contains(a.CaseId)).Select(a => new { a.CaseId, a.AmountOwed }).ToListAsync();
        var groups = arrears.GroupBy(a => a.CaseId).Where(g => g.Count() >= minimumWorkers).ToList();
        return new GroupDisputeCount(name, minimumWorkers, groups.Count, groups.Sum(g => g.Count()), groups.Sum(g => g.Sum(a => a.AmountOwed)),
            $"{name}：统计期内办结的劳动保障监察案件中，登记欠薪的劳动者达到{minimumWorkers}人的案件数、涉案人数和欠薪金额（{rule.Source}）。");
    }
}
