using CaseFlow.Domain;
using CaseFlow.Features.Arbitration;

namespace CaseFlow.Features.Inspection;

/// <summary>A rule of the enforcement seeds: what it says and where, and what is uncertain about it.</summary>
public sealed record RuleText(string Text, string Source, string? Uncertain = null)
{
    public LegalRule Rule => new(Text, Source, Uncertain);
}

/// <summary>A violation the brigade may fine, with the article breached and the article that sets the fine.</summary>
public sealed record PenaltyProvision(string Code, string Violation, string Breached, string Penalty, decimal FineMin, decimal FineMax, bool Money, string? Uncertain = null);

/// <summary>Wages unpaid: an order to pay, with 加付赔偿金 if not obeyed — not a fine, and never a fine's basis.</summary>
public sealed record WageOrder(string Code, string Violation, string Breached, string Order, string Note);

/// <summary>The steps and periods of a penalty under 行政处罚法.</summary>
public sealed record PenaltyProcedure(
    RuleText Filing, RuleText Notice, int DefenceDays, RuleText Defence, int HearingRequestDays, RuleText Hearing, decimal LargeFine, RuleText LargeFineRule,
    RuleText Review, int DecisionDays, RuleText Decision, int PaymentDays, RuleText Payment, int ReviewDays, int SuitMonths, RuleText Rights, RuleText Service,
    string NumberPattern);

/// <summary>The amounts of 拒不支付劳动报酬罪 in force from a day: one worker for some months, or many workers in all.</summary>
public sealed record BlacklistThreshold(DateOnly EffectiveFrom, decimal OneWorkerAmount, int OneWorkerMonths, decimal TotalAmount, int TotalWorkers, string Source, string? Uncertain = null);

/// <summary>拖欠农民工工资失信联合惩戒对象名单 (人社部令第45号): when, how and for how long.</summary>
/// <remarks>
/// <see cref="GroupDisputeIsIncident"/>: whether a group dispute of the plan's count (<see cref="GroupDisputeRules"/>) is by
/// itself the mass incident of order No. 45 art. 5 and of a C grade; by default it is not, and an incident is what the
/// notice describes.
/// </remarks>
public sealed record BlacklistRules(string Source, RuleText Conditions, List<BlacklistThreshold> Thresholds, int NoticeDays, RuleText Notice, int TermYears, RuleText Term,
    int EarlyRemovalMonths, RuleText EarlyRemoval, string NumberPattern, bool GroupDisputeIsIncident = false, RuleText? GroupDispute = null)
{
    /// <summary>The threshold in force on <paramref name="on"/>: the latest that took effect by then.</summary>
    public BlacklistThreshold? ThresholdOn(DateOnly on) => Thresholds.Where(t => t.EffectiveFrom <= on).MaxBy(t => t.EffectiveFrom);
}

public sealed record GradeRule(string Grade, string Text);

/// <summary>劳动保障守法诚信等级: A, B or C from the violations recorded in the period.</summary>
public sealed record GradeRules(string Source, int PeriodMonths, int CViolations, List<GradeRule> Rules, string? Uncertain = null);

/// <summary>
/// The enforcement rules of <c>seeds/inspection-enforcement.json</c>: the fines of the regulations with their
/// articles, the penalty procedure of 行政处罚法 with its periods, the blacklist and the compliance grades.
/// </summary>
public sealed record EnforcementRules(List<PenaltyProvision> Provisions, WageOrder WageOrder, PenaltyProcedure Procedure, BlacklistRules Blacklist, GradeRules Grades)
{
    /// <summary>For describing workflows without the seeds: no provision to fine under.</summary>
    public static EnforcementRules None { get; } = new([], new("", "", "", "", ""),
        new(Blank, Blank, 0, Blank, 0, Blank, 0, Blank, Blank, 0, Blank, 0, Blank, 0, 0, Blank, Blank, ""),
        new("", Blank, [], 0, Blank, 0, Blank, 0, Blank, ""), new("", 0, 0, []));

    static RuleText Blank => new("", "");

    public PenaltyProvision? Provision(string code) => Provisions.FirstOrDefault(p => p.Code == code);

    public IReadOnlyList<LegalRule> PenaltyLegal =>
    [
        .. Provisions.Select(p => new LegalRule($"{p.Violation}：罚款{p.FineMin:N0}元至{p.FineMax:N0}元", $"违反{p.Breached}，依据{p.Penalty}", p.Uncertain)),
        new($"{WageOrder.Violation}：{WageOrder.Order}", WageOrder.Breached, WageOrder.Note),
        Procedure.Filing.Rule, Procedure.Notice.Rule, Procedure.Defence.Rule, Procedure.Hearing.Rule, Procedure.LargeFineRule.Rule, Procedure.Review.Rule,
        Procedure.Decision.Rule, Procedure.Payment.Rule, Procedure.Rights.Rule, Procedure.Service.Rule,
    ];

    public IReadOnlyList<LegalRule> BlacklistLegal =>
    [
        Blacklist.Conditions.Rule,
        .. Blacklist.Thresholds.Select(t => new LegalRule(
            $"自{t.EffectiveFrom:yyyy年M月d日}起：拖欠一名劳动者{t.OneWorkerMonths}个月以上且{t.OneWorkerAmount:N0}元以上，或拖欠{t.TotalWorkers}名以上劳动者累计{t.TotalAmount:N0}元以上", t.Source, t.Uncertain)),
        Blacklist.Notice.Rule, Blacklist.Term.Rule, Blacklist.EarlyRemoval.Rule,
        .. Blacklist.GroupDispute is { } group ? [group.Rule] : Array.Empty<LegalRule>(),
        .. Grades.Rules.Select(g => new LegalRule($"守法诚信等级{g.Grade}级：{g.Text}", Grades.Source, Grades.Uncertain)),
    ];
}
