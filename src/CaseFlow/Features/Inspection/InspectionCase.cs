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
    public DateOnly? PenaltyDecidedOn { get; set; }
    public decimal? PenaltyAmount { get; set; }
    /// <summary>加付赔偿金 ordered under 劳动保障监察条例 art. 26.</summary>
    public decimal? ExtraCompensation { get; set; }
    public string? PenaltyDescription { get; set; }
    public DateOnly? TransferredToPoliceOn { get; set; }
    public string? PoliceTransferReference { get; set; }
    public BlacklistDecision? Blacklist { get; set; }
    public DateOnly? BlacklistDecidedOn { get; set; }
    public string? BlacklistReason { get; set; }

    public decimal ArrearsOwed => Arrears.Sum(a => a.AmountOwed);
    public decimal ArrearsPaid => Arrears.Sum(a => a.AmountPaid);
    public bool AllArrearsPaid => Arrears.Count > 0 && Arrears.All(a => a.AmountPaid >= a.AmountOwed);
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
