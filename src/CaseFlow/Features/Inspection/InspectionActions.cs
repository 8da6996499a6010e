using System.ComponentModel.DataAnnotations;
using CaseFlow.Workflows;

namespace CaseFlow.Features.Inspection;

public sealed record LogActivityRequest : ActionRequest
{
    [Display(Name = "类别")]
    public required ActivityKind Kind { get; init; }
    /// <summary>Local time (China Standard Time).</summary>
    [Display(Name = "时间")]
    public required DateTime At { get; init; }
    [Display(Name = "地点")]
    public required string Place { get; init; }
    [Display(Name = "监察员", Description = "两名以上监察员执法")]
    public required string Inspectors { get; init; }
    [MaxLength(4000)]
    [Display(Name = "情况记录")]
    public required string Notes { get; init; }
}

/// <summary>What one worker is owed; the worker is a party of the case or is added as one.</summary>
public sealed record RecordArrearsRequest : ActionRequest
{
    /// <summary>A worker already named in the case …</summary>
    [Display(Name = "劳动者", Description = "已列入本案的劳动者")] [Pick(PickSource.CaseWorkers)]
    public long? PartyId { get; init; }
    /// <summary>… or a new affected worker: name and resident ID number.</summary>
    [Display(Name = "新增劳动者姓名", Description = "未列入本案的劳动者")]
    public string? WorkerName { get; init; }
    [Display(Name = "新增劳动者身份证号码")]
    public string? WorkerIdNumber { get; init; }
    [Display(Name = "欠薪金额（元）")]
    public required decimal Amount { get; init; }
    [Display(Name = "欠薪起始日")]
    public DateOnly? PeriodFrom { get; init; }
    [Display(Name = "欠薪截止日")]
    public DateOnly? PeriodTo { get; init; }
}

public sealed record ExtendInvestigationRequest : ActionRequest
{
    /// <summary>At most 30 working days (劳动保障监察条例 art. 17).</summary>
    [Display(Name = "延长工作日", Description = "最多30个工作日（劳动保障监察条例第十七条）")]
    public required int WorkingDays { get; init; }
}

public sealed record RectificationOrderRequest : ActionRequest
{
    [Display(Name = "改正期限")]
    public required DateOnly Deadline { get; init; }
    [MaxLength(4000)]
    [Display(Name = "改正要求")]
    public required string Requirements { get; init; }
    /// <summary>The violations to be corrected, by provision code; unpaid wages when none is named and arrears are registered.</summary>
    [Display(Name = "违法事项", Description = "未选择而本案登记有欠薪的，按拖欠工资责令支付")] [Pick(PickSource.PenaltyProvisions)]
    public List<string>? Violations { get; init; }
}

public sealed record VerifyPaymentRequest : ActionRequest
{
    [Display(Name = "劳动者")] [Pick(PickSource.CaseWorkers)]
    public required long PartyId { get; init; }
    [Display(Name = "支付金额（元）")]
    public required decimal Amount { get; init; }
    [Display(Name = "支付日期")]
    public required DateOnly PaidOn { get; init; }
}

/// <summary>行政处罚告知: what is intended, for which violations, on what facts.</summary>
public sealed record PenaltyNoticeRequest : ActionRequest
{
    [Display(Name = "违法事项", Description = "按所选事项的罚款条款确定处罚依据和幅度")] [Pick(PickSource.PenaltyProvisions)]
    public required List<string> Violations { get; init; }
    [Display(Name = "拟罚款金额（元）")]
    public required decimal Amount { get; init; }
    [MaxLength(4000)]
    [Display(Name = "违法事实和证据")]
    public required string Facts { get; init; }
}

public sealed record DefenceRequest : ActionRequest
{
    [Display(Name = "陈述申辩日期")]
    public required DateOnly On { get; init; }
    [MaxLength(4000)]
    [Display(Name = "陈述申辩意见及复核情况")]
    public required string Statement { get; init; }
}

public sealed record HearingRequestRequest : ActionRequest
{
    [Display(Name = "要求听证日期")]
    public required DateOnly RequestedOn { get; init; }
}

public sealed record HoldHearingRequest : ActionRequest
{
    [Display(Name = "听证日期")]
    public required DateOnly HeldOn { get; init; }
    [MaxLength(4000)]
    [Display(Name = "听证笔录摘要")]
    public required string Record { get; init; }
}

public sealed record PenaltyReviewRequest : ActionRequest
{
    [Display(Name = "法制审核人员")]
    public required string Reviewer { get; init; }
    [MaxLength(2000)]
    [Display(Name = "审核意见")]
    public required string Opinion { get; init; }
    [Display(Name = "审核通过", Description = "未通过的，补正后重新审核")]
    public required bool Approved { get; init; }
}

public sealed record PenaltyRequest : ActionRequest
{
    [Display(Name = "罚款金额（元）", Description = "不得超过告知的金额")]
    public required decimal Amount { get; init; }
    /// <summary>加付赔偿金 (劳动保障监察条例 art. 26): 50–100% of the unpaid amount; an order, not a fine.</summary>
    [Display(Name = "责令加付赔偿金（元）", Description = "应付金额50%以上100%以下（劳动保障监察条例第二十六条）；属责令，不是罚款")]
    public decimal? ExtraCompensation { get; init; }
    [MaxLength(4000)]
    [Display(Name = "违法事实和证据")]
    public required string Description { get; init; }
}

public sealed record PenaltyServiceRequest : ActionRequest
{
    [Display(Name = "送达日期")]
    public required DateOnly ServedOn { get; init; }
    [Display(Name = "送达方式")]
    public required Arbitration.ServiceMethod Method { get; init; }
}

public sealed record PoliceTransferRequest : ActionRequest
{
    [Display(Name = "移送文书编号")]
    public required string Reference { get; init; }
}

public sealed record BlacklistNoticeRequest : ActionRequest
{
    [Display(Name = "引发群体性事件或极端事件", Description = "拖欠数额未达标准的，须因此事件方可列入")]
    public bool ExtremeIncident { get; init; }
    [Display(Name = "事件经过")]
    public string? IncidentDescription { get; init; }
}

public sealed record BlacklistRequest : ActionRequest
{
    [Display(Name = "决定", Description = "人社部令第45号")]
    public required BlacklistDecision Decision { get; init; }
}

public sealed record ReopenRequest : ActionRequest
{
    /// <summary>The reconsideration decision or judgment that revoked the case's decision.</summary>
    [Display(Name = "撤销决定的文书", Description = "行政复议决定书或判决书编号")]
    public required string DecisionReference { get; init; }
}
