using System.ComponentModel.DataAnnotations;
using CaseFlow.Domain;
using CaseFlow.Features.Projects;

namespace CaseFlow.Features.Inspection;

/// <summary>The states of a 劳动保障监察案件, in lifecycle order.</summary>
public enum InspectionState
{
    /// <summary>举报投诉登记</summary>
    [Display(Name = "已登记")]
    Received,
    /// <summary>立案 and under investigation: site visits and interviews are logged.</summary>
    [Display(Name = "调查中")]
    Investigating,
    /// <summary>责令限期改正: waiting on the deadline, payments verified worker by worker.</summary>
    [Display(Name = "已责令改正")]
    RectificationOrdered,
    /// <summary>逾期未改正: penalty, police transfer and blacklist decision.</summary>
    [Display(Name = "逾期未改正")]
    NotRectified,
    /// <summary>结案</summary>
    [Display(Name = "已结案")]
    Closed,
}

/// <summary>Where a complaint came from.</summary>
public enum ComplaintSource
{
    /// <summary>12345 政务服务便民热线</summary>
    [Display(Name = "12345热线")]
    Hotline12345,
    /// <summary>12333 人社服务热线</summary>
    [Display(Name = "12333热线")]
    Hotline12333,
    [Display(Name = "来访")]
    WalkIn,
    [Display(Name = "网上投诉")]
    Online,
    /// <summary>转办: referred by another office.</summary>
    [Display(Name = "转办")]
    Referral,
    /// <summary>巡查发现</summary>
    [Display(Name = "巡查发现")]
    Patrol,
}

public enum ActivityKind
{
    /// <summary>现场检查</summary>
    [Display(Name = "现场检查")]
    SiteVisit,
    /// <summary>询问调查</summary>
    [Display(Name = "询问调查")]
    Interview,
    /// <summary>调取证据</summary>
    [Display(Name = "调取证据")]
    Evidence,
}

public enum BlacklistDecision
{
    /// <summary>列入拖欠农民工工资失信联合惩戒对象名单 (人社部令第45号).</summary>
    [Display(Name = "列入失信名单")]
    Listed,
    [Display(Name = "不予列入")]
    NotListed,
}

/// <summary>劳动保障监察案件: a complaint or a violation found on patrol.</summary>
public class InspectionCase : Case
{
    public InspectionCase() => Kind = CaseKind.Inspection;

    public InspectionState State
    {
        get => Enum.Parse<InspectionState>(StateName);
        set => StateName = value.ToString();
    }

    public ComplaintSource Source { get; set; }
    public long? ProjectId { get; set; }
    public ConstructionProject? Project { get; set; }
    public string? NonAcceptanceReason { get; set; }
    /// <summary>Working days added to the 60-day investigation with approval (劳动保障监察条例 art. 17).</summary>
    public int? InvestigationExtensionDays { get; set; }
    public List<InspectionActivity> Activities { get; set; } = [];
    public List<WorkerArrears> Arrears { get; set; } = [];
    public DateOnly? RectificationOrderedOn { get; set; }
    public DateOnly? RectificationDeadline { get; set; }
    public string? RectificationRequirements { get; set; }
    /// <summary>The violations the rectification order is about, by provision code (<c>wages</c> for unpaid wages).</summary>
    public string? OrderedViolations { get; set; }
    /// <summary>处罚立案: the day the brigade head approved opening the penalty procedure (行政处罚法 art. 54).</summary>
    public DateOnly? PenaltyFiledOn { get; set; }
    /// <summary>The provisions the penalty is for, by code, as notified.</summary>
    public string? PenaltyViolations { get; set; }
    /// <summary>The provisions breached and the penalty provisions, as the law read when notified.</summary>
    public string? PenaltyBasis { get; set; }
    /// <summary>行政处罚告知 (art. 44): the day, the fine intended, the last day of the defence, and whether a hearing may be asked for.</summary>
    public DateOnly? PenaltyNoticeOn { get; set; }
    public decimal? PenaltyNoticeAmount { get; set; }
    public DateOnly? DefenceEndsOn { get; set; }
    public bool HearingRight { get; set; }
    public DateOnly? HearingRequestEndsOn { get; set; }
    /// <summary>陈述申辩 (art. 45).</summary>
    public DateOnly? DefenceOn { get; set; }
    public string? DefenceStatement { get; set; }
    /// <summary>听证 (arts. 63–64).</summary>
    public DateOnly? HearingRequestedOn { get; set; }
    public DateOnly? HearingHeldOn { get; set; }
    public string? HearingRecord { get; set; }
    /// <summary>法制审核 (art. 58).</summary>
    public DateOnly? LegalReviewOn { get; set; }
    public string? LegalReviewer { get; set; }
    public string? LegalReviewOpinion { get; set; }
    public bool? LegalReviewApproved { get; set; }
    /// <summary>行政处罚决定书文号, issued by the brigade's own series.</summary>
    public string? PenaltyDecisionNumber { get; set; }
    /// <summary>How and by when to pay, and the review and suit rights, as the decision states them.</summary>
    public string? PenaltyTerms { get; set; }
    /// <summary>送达 (art. 61).</summary>
    public DateOnly? PenaltyServedOn { get; set; }
    public Arbitration.ServiceMethod? PenaltyServiceMethod { get; set; }
    public DateOnly? PenaltyDecidedOn { get; set; }
    public decimal? PenaltyAmount { get; set; }
    /// <summary>加付赔偿金 ordered under 劳动保障监察条例 art. 26.</summary>
    public decimal? ExtraCompensation { get; set; }
    public string? PenaltyDescription { get; set; }
    public DateOnly? TransferredToPoliceOn { get; set; }
    public string? PoliceTransferReference { get; set; }
    /// <summary>列入告知 (人社部令第45号): the day, the grounds and the last day of the defence.</summary>
    public DateOnly? BlacklistNoticeOn { get; set; }
    public string? BlacklistGrounds { get; set; }
    /// <summary>The mass or extreme incident the arrears caused, as the notice describes it (a ground of its own, and a C grade).</summary>
    public string? BlacklistIncident { get; set; }
    public DateOnly? BlacklistDefenceEndsOn { get; set; }
    public string? BlacklistDecisionNumber { get; set; }
    /// <summary>The term and early removal, as the decision states them.</summary>
    public string? BlacklistTerms { get; set; }
    public BlacklistDecision? Blacklist { get; set; }
    public DateOnly? BlacklistDecidedOn { get; set; }
    public string? BlacklistReason { get; set; }

    /// <summary>Whether the order is about money at all: wages owed to someone, or no violation named but arrears registered.</summary>
    public bool OrderedToPay => Arrears.Count > 0;
    public decimal ArrearsOwed => Arrears.Sum(a => a.AmountOwed);
    public decimal ArrearsPaid => Arrears.Sum(a => a.AmountPaid);
    public bool AllArrearsPaid => Arrears.Count > 0 && Arrears.All(a => a.AmountPaid >= a.AmountOwed);
}

/// <summary>
/// 失信联合惩戒对象名单: an employer listed by a decision of the case, for the term of the rules, unless removed
/// early on application (人社部令第45号).
/// </summary>
public class BlacklistEntry
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public int OrganisationId { get; set; }
    public required string EmployerName { get; set; }
    public string? CreditCode { get; set; }
    public required string DecisionNumber { get; set; }
    public required string Grounds { get; set; }
    public decimal Unpaid { get; set; }
    public int Workers { get; set; }
    public DateOnly ListedOn { get; set; }
    public DateOnly ExpiresOn { get; set; }
    public DateOnly? RemovedOn { get; set; }
    public string? RemovalReason { get; set; }
    /// <summary>信用承诺: the pledge an early removal rests on.</summary>
    public string? Pledge { get; set; }

    public bool IsListedOn(DateOnly day) => ListedOn <= day && day < ExpiresOn && (RemovedOn is null || day < RemovedOn);
}

/// <summary>The last number of a series of decisions (行政处罚决定书, 失信名单列入决定书) of one organisation and year.</summary>
public class DecisionNumberSequence
{
    public int OrganisationId { get; set; }
    public required string Series { get; set; }
    public int Year { get; set; }
    public int LastNumber { get; set; }
}

/// <summary>A site visit, interview or piece of evidence logged by an inspector.</summary>
public class InspectionActivity
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public ActivityKind Kind { get; set; }
    public DateTime At { get; set; }
    public required string Place { get; set; }
    public required string Inspectors { get; set; }
    public required string Notes { get; set; }
}

/// <summary>What one worker is owed in an inspection case, and what has been verified paid.</summary>
public class WorkerArrears
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public long PartyId { get; set; }
    public Party? Party { get; set; }
    public decimal AmountOwed { get; set; }
    public DateOnly? PeriodFrom { get; set; }
    public DateOnly? PeriodTo { get; set; }
    public decimal AmountPaid { get; set; }
    public DateOnly? VerifiedOn { get; set; }
    public string? VerifiedBy { get; set; }
}
