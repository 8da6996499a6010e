using System.ComponentModel.DataAnnotations;
using CaseFlow.Data;
using CaseFlow.Domain;
using CaseFlow.Features.Arbitration;
using CaseFlow.Features.Inspection;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Features.Projects;

public enum WarningLevel
{
    [Display(Name = "红色")]
    Red,
    [Display(Name = "橙色")]
    Orange,
    [Display(Name = "黄色")]
    Yellow,
}

/// <summary>One early-warning rule of <c>seeds/wage-warnings.json</c>: what it is called, how urgent, its basis and its parameters.</summary>
public sealed record WarningRule(string Code, string Name, WarningLevel Level, string Basis, Dictionary<string, decimal> Parameters, string? Uncertain, bool Enabled = true)
{
    public decimal this[string parameter] => Parameters.TryGetValue(parameter, out var value)
        ? value
        : throw new InvalidDataException($"warning rule {Code} has no parameter {parameter} in seeds/wage-warnings.json");
}

/// <summary>
/// 欠薪预警 (<c>seeds/wage-warnings.json</c>): the rules, each matched by its code to the test below that
/// reads the project's ledger. The thresholds are the rules' parameters; the tests are what the law asks.
/// </summary>
public sealed class WarningRules
{
    public const string WagesUnpaid = "wages-unpaid", TransferOverdue = "transfer-overdue", TransferShort = "transfer-short", FewerPaid = "fewer-paid",
        LeaverUnsettled = "leaver-unsettled", NoBoard = "no-board", Complaint = "complaint", DepositShort = "deposit-short";

    static readonly Dictionary<string, string[]> Known = new()
    {
        [WagesUnpaid] = ["defaultPayDay", "monthsBack"], [TransferOverdue] = ["maxDays"], [TransferShort] = ["minimumRatio"], [FewerPaid] = ["minimumShare"],
        [LeaverUnsettled] = ["graceDays"], [NoBoard] = ["graceDays"], [Complaint] = [], [DepositShort] = ["ratePercent"],
    };

    public WarningRules(IReadOnlyList<WarningRule> rules)
    {
        foreach (var rule in rules)
        {
            if (!Known.TryGetValue(rule.Code, out var parameters)) throw new InvalidDataException($"seeds/wage-warnings.json: no test reads rule {rule.Code}");
            foreach (var parameter in parameters) _ = rule[parameter];
        }
        All = rules;
    }

    /// <summary>Every rule of the statute the ledger is checked against, for descriptions made without the seeds.</summary>
    public static WarningRules None { get; } = new([]);

    public IReadOnlyList<WarningRule> All { get; }

    /// <summary>The pay day of a project that agreed none, from the wage rule (which the fewer-paid rule reads too).</summary>
    public int DefaultPayDay => Find(WagesUnpaid) is { } rule ? (int)rule["defaultPayDay"] : throw new InvalidDataException($"seeds/wage-warnings.json: rule {WagesUnpaid} gives the default pay day");

    /// <summary>How many months of payrolls are read: the wage rule's look-back, and at least the two months a pay day can fall due for.</summary>
    public int MonthsBack => Math.Max(2, Find(WagesUnpaid) is { } rule ? (int)rule["monthsBack"] : 0);
    public WarningRule? Find(string code) => All.FirstOrDefault(r => r.Code == code);
    public bool IsOn(string code) => Find(code) is { Enabled: true };

    public IReadOnlyList<LegalRule> Legal => All.Select(r =>
        new LegalRule($"{Labels.Of(r.Level)}预警·{r.Name}{(r.Parameters.Count == 0 ? "" : "（" + string.Join("，", r.Parameters.Select(p => $"{p.Key}={p.Value:0.##}")) + "）")}{(r.Enabled ? "" : "（已停用）")}",
            r.Basis, r.Uncertain)).ToList();
}

/// <summary>
/// A warning raised on a project: which rule, about what (a month, a worker, a complaint; empty for the
/// project as a whole), since when, to whom, and whether it was resolved or turned into a case.
/// </summary>
public class ProjectWarning
{
    public long Id { get; set; }
    public long ProjectId { get; set; }
    public required string Rule { get; set; }
    public WarningLevel Level { get; set; }
    /// <summary>What in the project the warning is about, so that one rule can warn of two months or two workers at once.</summary>
    public required string Subject { get; set; }
    public required string Detail { get; set; }
    public DateOnly RaisedOn { get; set; }
    public DateOnly LastSeenOn { get; set; }
    /// <summary>The day the ledger no longer showed what the rule looks for.</summary>
    public DateOnly? ResolvedOn { get; set; }
    /// <summary>The inspector in charge of the project's town, none when nobody is.</summary>
    public int? AssigneeId { get; set; }
    /// <summary>The inspection case the warning was turned into.</summary>
    public long? CaseId { get; set; }
}

/// <summary>What one evaluation found and changed.</summary>
public sealed record WarningRun(int Projects, int Open, int Raised, int Resolved);

/// <summary>A rule's finding on one project before it is stored; a complaint's finding names its case.</summary>
public sealed record WarningFinding(long ProjectId, string Rule, string Subject, string Detail, long? CaseId = null);

/// <summary>
/// Evaluates the warning rules over the projects' ledgers — a handful of set queries whatever the number
/// of projects — and brings the stored warnings in line: new findings raised, gone ones resolved.
/// </summary>
public static class WageWarnings
{
    public static async Task<WarningRun> EvaluateAsync(CaseFlowDbContext db, WarningRules rules, DateOnly today, long? projectId = null)
    {
        var facts = await WarningFacts.LoadAsync(db, rules, today, projectId);
        var findings = Find(rules, facts, today);
        return await StoreAsync(db, rules, facts, findings, today, projectId);
    }

    /// <summary>Every finding of every enabled rule on the facts given.</summary>
    public static List<WarningFinding> Find(WarningRules rules, WarningFacts facts, DateOnly today)
    {
        var found = new List<WarningFinding>();
        foreach (var p in facts.Projects)
        {
            var building = p.Status == ProjectStatus.UnderConstruction && p.StartedOn <= today;
            if (rules.Find(WarningRules.WagesUnpaid) is { Enabled: true } unpaid)
            {
                var payDay = p.WagePayDay ?? rules.DefaultPayDay;
                foreach (var month in facts.MonthsOf(p.Id))
                {
                    if (PayDay(month.Month, payDay) >= today) continue;
                    var throughAccount = facts.AccountPaid.GetValueOrDefault((p.Id, month.Month));
                    if (month.Due > month.Paid)
                        found.Add(new(p.Id, unpaid.Code, $"{month.Month:yyyy-MM}", $"{month.Month:yyyy年M月}工资应发{month.Due:N2}元，约定支付日{PayDay(month.Month, payDay):M月d日}已过，尚欠{month.Due - month.Paid:N2}元"));
                    else if (throughAccount < month.Paid)
                        found.Add(new(p.Id, unpaid.Code, $"{month.Month:yyyy-MM}", $"{month.Month:yyyy年M月}工资实发{month.Paid:N2}元，其中经专用账户代发仅{throughAccount:N2}元"));
                }
                // The last month whose pay day has passed, worked by someone on the roster, with no payroll at all.
                var due = LastDueMonth(today, payDay);
                if (p.Status == ProjectStatus.UnderConstruction && p.StartedOn <= due.AddMonths(1).AddDays(-1) && facts.OnSite(p.Id, due) > 0 && facts.MonthsOf(p.Id).All(m => m.Month != due))
                    found.Add(new(p.Id, unpaid.Code, $"{due:yyyy-MM}", $"{due:yyyy年M月}在场工人{facts.OnSite(p.Id, due)}人，约定支付日{PayDay(due, payDay):M月d日}已过，未登记工资支付表"));
            }
            if (building && rules.Find(WarningRules.TransferOverdue) is { Enabled: true } overdue)
            {
                var days = (int)overdue["maxDays"];
                var last = facts.Transfers.GetValueOrDefault(p.Id)?.Last;
                if ((last ?? p.StartedOn!.Value).AddDays(days) < today)
                    found.Add(new(p.Id, overdue.Code, "", last is null ? $"开工{today.DayNumber - p.StartedOn!.Value.DayNumber}天，建设单位未拨付人工费用" : $"最近一次拨付人工费用为{last:yyyy年M月d日}，已超过{days}天"));
            }
            if (building && rules.Find(WarningRules.TransferShort) is { Enabled: true } shortfall
                && p is { ContractValue: > 0, LabourCostShare: > 0, PlannedCompletionOn: { } end } && end > p.StartedOn)
            {
                var elapsed = Math.Min(1m, (decimal)(today.DayNumber - p.StartedOn!.Value.DayNumber) / (end.DayNumber - p.StartedOn.Value.DayNumber));
                var expected = Math.Round(p.ContractValue.Value * p.LabourCostShare.Value / 100m * elapsed, 2);
                var transferred = facts.Transfers.GetValueOrDefault(p.Id)?.Total ?? 0;
                if (transferred < expected * shortfall["minimumRatio"])
                    found.Add(new(p.Id, shortfall.Code, "", $"按合同人工费用比例{p.LabourCostShare:0.##}%和工期进度应拨付{expected:N2}元，累计拨付{transferred:N2}元"));
            }
            if (rules.Find(WarningRules.FewerPaid) is { Enabled: true } fewer && p.Status != ProjectStatus.Settled)
            {
                var due = LastDueMonth(today, p.WagePayDay ?? rules.DefaultPayDay);
                var onSite = facts.OnSite(p.Id, due);
                var paid = facts.MonthsOf(p.Id).Where(m => m.Month == due).Sum(m => m.PaidWorkers);
                if (onSite > 0 && facts.MonthsOf(p.Id).Any(m => m.Month == due) && paid < onSite * fewer["minimumShare"])
                    found.Add(new(p.Id, fewer.Code, $"{due:yyyy-MM}", $"{due:yyyy年M月}花名册在场{onSite}人，发放工资{paid}人"));
            }
            if (rules.Find(WarningRules.LeaverUnsettled) is { Enabled: true } leaver)
            {
                foreach (var w in facts.Leavers.Where(l => l.ProjectId == p.Id && l.LeftOn.AddDays((int)leaver["graceDays"]) < today))
                    found.Add(new(p.Id, leaver.Code, $"worker:{w.WorkerId}", $"{w.Name}于{w.LeftOn:yyyy年M月d日}退场，尚欠工资{w.Owed:N2}元"));
            }
            if (building && rules.Find(WarningRules.NoBoard) is { Enabled: true } board && !p.InformationBoardPosted
                && p.StartedOn!.Value.AddDays((int)board["graceDays"]) < today)
                found.Add(new(p.Id, board.Code, "", $"开工于{p.StartedOn:yyyy年M月d日}，未登记设置维权信息告示牌"));
            if (rules.Find(WarningRules.Complaint) is { Enabled: true } complaint)
            {
                foreach (var c in facts.Complaints.Where(c => c.ProjectId == p.Id))
                    found.Add(new(p.Id, complaint.Code, $"case:{c.CaseId}", $"{c.ReceivedOn:yyyy年M月d日}收到投诉{(c.CaseNumber is null ? "" : "（" + c.CaseNumber + "）")}，尚未办结", c.CaseId));
            }
            if (building && rules.Find(WarningRules.DepositShort) is { Enabled: true } deposit)
            {
                var required = p.RequiredDeposit ?? (p.ContractValue is { } value ? Math.Round(value * deposit["ratePercent"] / 100m, 2) : (decimal?)null);
                var held = facts.Deposits.GetValueOrDefault(p.Id);
                if (required > held)
                    found.Add(new(p.Id, deposit.Code, "", $"应存工资保证金{required:N2}元，现存{held:N2}元"));
            }
        }
        return found;
    }

    static DateOnly PayDay(DateOnly month, int day)
    {
        var next = month.AddMonths(1);
        return new DateOnly(next.Year, next.Month, Math.Min(day, DateTime.DaysInMonth(next.Year, next.Month)));
    }

    /// <summary>The latest month whose wages are due by today: last month once its pay day has passed, else the month before.</summary>
    public static DateOnly LastDueMonth(DateOnly today, int payDay)
    {
        var lastMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        return PayDay(lastMonth, payDay) < today ? lastMonth : lastMonth.AddMonths(-1);
    }

    static async Task<WarningRun> StoreAsync(CaseFlowDbContext db, WarningRules rules, WarningFacts facts, List<WarningFinding> findings, DateOnly today, long? projectId)
    {
        var open = await db.ProjectWarnings.Where(w => w.ResolvedOn == null && (projectId == null || w.ProjectId == projectId)).ToListAsync();
        var stored = open.ToDictionary(w => (w.ProjectId, w.Rule, w.Subject));
        var inspectors = await InspectorsByTownAsync(db);
        var towns = facts.Projects.ToDictionary(p => p.Id, p => p.Town);
        var (raised, resolved) = (0, 0);
        foreach (var f in findings)
        {
            var assignee = towns.GetValueOrDefault(f.ProjectId) is { } town ? inspectors.GetValueOrDefault(town) : null;
            if (stored.Remove((f.ProjectId, f.Rule, f.Subject), out var warning))
            {
                if (warning.Detail != f.Detail) warning.Detail = f.Detail;
                if (warning.LastSeenOn != today) warning.LastSeenOn = today;
                if (warning.AssigneeId != assignee) warning.AssigneeId = assignee;
                continue;
            }
            db.ProjectWarnings.Add(new ProjectWarning
            {
                ProjectId = f.ProjectId, Rule = f.Rule, Level = rules.Find(f.Rule)!.Level, Subject = f.Subject, Detail = f.Detail,
                RaisedOn = today, LastSeenOn = today, AssigneeId = assignee, CaseId = f.CaseId,
            });
            raised++;
        }
        foreach (var gone in stored.Values)
        {
            gone.ResolvedOn = today;
            resolved++;
        }
        await db.SaveChangesAsync();
        return new WarningRun(facts.Projects.Count, findings.Count, raised, resolved);
    }

    /// <summary>Each town's inspector: the first inspector whose towns include it.</summary>
    static async Task<Dictionary<string, int?>> InspectorsByTownAsync(CaseFlowDbContext db)
    {
        var inspectors = await db.Users.AsNoTracking().Where(u => u.Role == Role.Inspector && u.Towns != null).OrderBy(u => u.Id).Select(u => new { u.Id, u.Towns }).ToListAsync();
        var byTown = new Dictionary<string, int?>();
        foreach (var i in inspectors)
            foreach (var town in i.Towns!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                byTown.TryAdd(town, i.Id);
        return byTown;
    }
}

/// <summary>What the rules read from the ledger, loaded for every project (the daily run) or one (on a change).</summary>
public sealed class WarningFacts
{
    public sealed record ProjectFacts(long Id, string? Town, ProjectStatus Status, DateOnly? StartedOn, DateOnly? PlannedCompletionOn, decimal? ContractValue,
        decimal? LabourCostShare, bool InformationBoardPosted, decimal? RequiredDeposit, int? WagePayDay);
    public sealed record MonthFacts(long ProjectId, DateOnly Month, decimal Due, decimal Paid, int PaidWorkers);
    public sealed record TransferFacts(DateOnly Last, decimal Total);
    public sealed record LeaverFacts(long ProjectId, long WorkerId, string Name, DateOnly LeftOn, decimal Owed);
    public sealed record ComplaintFacts(long ProjectId, long CaseId, string? CaseNumber, DateOnly ReceivedOn);

    public required IReadOnlyList<ProjectFacts> Projects { get; init; }
    public required ILookup<long, MonthFacts> Months { get; init; }
    public required Dictionary<(long, DateOnly), decimal> AccountPaid { get; init; }
    public required Dictionary<long, TransferFacts> Transfers { get; init; }
    /// <summary>Workers on site per project in the two months a pay day can fall due for: (project, month) → count.</summary>
    public required Dictionary<(long, DateOnly), int> Roster { get; init; }
    public required IReadOnlyList<LeaverFacts> Leavers { get; init; }
    public required IReadOnlyList<ComplaintFacts> Complaints { get; init; }
    public required Dictionary<long, decimal> Deposits { get; init; }

    public IEnumerable<MonthFacts> MonthsOf(long project) => Months[project];
    public int OnSite(long project, DateOnly month) => Roster.GetValueOrDefault((project, month));

    public static async Task<WarningFacts> LoadAsync(CaseFlowDbContext db, WarningRules rules, DateOnly today, long? projectId)
    {
        var since = new DateOnly(today.Year, today.Month, 1).AddMonths(-rules.MonthsBack);
        var projects = await db.ConstructionProjects.AsNoTracking()
            .Where(p => p.Status != ProjectStatus.Settled && (projectId == null || p.Id == projectId))
            .Select(p => new ProjectFacts(p.Id, p.Town, p.Status, p.StartedOn, p.PlannedCompletionOn, p.ContractValue, p.LabourCostShare, p.InformationBoardPosted, p.WageDeposit, p.WagePayDay))
            .ToListAsync();
        var live = db.ConstructionProjects.Where(p => p.Status != ProjectStatus.Settled && (projectId == null || p.Id == projectId)).Select(p => p.Id);

        var months = await db.Payrolls.AsNoTracking().Where(p => p.Month >= since && live.Contains(p.ProjectId))
            .Select(p => new { p.ProjectId, p.Month, Due = p.Lines.Sum(l => l.Due), Paid = p.Lines.Sum(l => l.Paid), PaidWorkers = p.Lines.Count(l => l.Paid > 0) })
            .ToListAsync();
        var account = await db.WageAccountEntries.AsNoTracking()
            .Where(e => e.Kind == AccountEntryKind.WagePayment && e.PayrollMonth >= since && live.Contains(e.ProjectId))
            .GroupBy(e => new { e.ProjectId, e.PayrollMonth }).Select(g => new { g.Key.ProjectId, g.Key.PayrollMonth, Amount = g.Sum(e => e.Amount) })
            .ToListAsync();
        var transfers = await db.WageAccountEntries.AsNoTracking()
            .Where(e => e.Kind == AccountEntryKind.LabourCostTransfer && live.Contains(e.ProjectId))
            .GroupBy(e => e.ProjectId).Select(g => new { ProjectId = g.Key, Last = g.Max(e => e.On), Total = g.Sum(e => e.Amount) })
            .ToListAsync();

        // The two months whose pay day may be the last one passed, whatever day a project agreed.
        var (lastMonth, monthBefore) = (new DateOnly(today.Year, today.Month, 1).AddMonths(-1), new DateOnly(today.Year, today.Month, 1).AddMonths(-2));
        var (lastEnd, beforeEnd) = (lastMonth.AddMonths(1).AddDays(-1), lastMonth.AddDays(-1));
        var roster = await db.ProjectWorkers.AsNoTracking().Where(w => live.Contains(w.ProjectId))
            .GroupBy(w => w.ProjectId)
            .Select(g => new
            {
                ProjectId = g.Key,
                Last = g.Count(w => w.EnteredOn <= lastEnd && (w.LeftOn == null || w.LeftOn >= lastMonth)),
                Before = g.Count(w => w.EnteredOn <= beforeEnd && (w.LeftOn == null || w.LeftOn >= monthBefore)),
            })
            .ToListAsync();
        var leavers = await db.PayrollLines.AsNoTracking()
            .Where(l => l.Due > l.Paid && l.Worker!.LeftOn != null && live.Contains(l.Worker.ProjectId))
            .Select(l => new { l.Worker!.ProjectId, l.WorkerId, l.Worker.Name, LeftOn = l.Worker.LeftOn!.Value, l.Due, l.Paid })
            .ToListAsync();
        var complaints = await db.InspectionCases.AsNoTracking()
            .Where(c => c.ProjectId != null && c.ClosedOn == null && c.Source != ComplaintSource.Patrol && live.Contains(c.ProjectId.Value))
            .Select(c => new ComplaintFacts(c.ProjectId!.Value, c.Id, c.CaseNumber, c.ReceivedOn))
            .ToListAsync();
        var deposits = await db.WageDeposits.AsNoTracking().Where(d => d.ReleasedOn == null && live.Contains(d.ProjectId))
            .Select(d => new { d.ProjectId, d.Amount, d.ReducedBy }).ToListAsync();

        return new WarningFacts
        {
            Projects = projects,
            Months = months.GroupBy(m => (m.ProjectId, m.Month))
                .Select(g => new MonthFacts(g.Key.ProjectId, g.Key.Month, g.Sum(m => m.Due), g.Sum(m => m.Paid), g.Sum(m => m.PaidWorkers)))
                .ToLookup(m => m.ProjectId),
            AccountPaid = account.Where(a => a.PayrollMonth != null).ToDictionary(a => (a.ProjectId, a.PayrollMonth!.Value), a => a.Amount),
            Transfers = transfers.ToDictionary(t => t.ProjectId, t => new TransferFacts(t.Last, t.Total)),
            Roster = roster.SelectMany(r => new[] { ((r.ProjectId, lastMonth), r.Last), ((r.ProjectId, monthBefore), r.Before) }).ToDictionary(x => x.Item1, x => x.Item2),
            Leavers = leavers.GroupBy(l => (l.ProjectId, l.WorkerId))
                .Select(g => new LeaverFacts(g.Key.ProjectId, g.Key.WorkerId, g.First().Name, g.First().LeftOn, g.Sum(l => l.Due - l.Paid))).ToList(),
            Complaints = complaints,
            Deposits = deposits.GroupBy(d => d.ProjectId).ToDictionary(g => g.Key, g => g.Sum(d => d.Amount - (d.ReducedBy ?? 0))),
        };
    }
}
