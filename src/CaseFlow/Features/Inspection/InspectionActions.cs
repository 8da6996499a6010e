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

public sealed record PenaltyRequest : ActionRequest
{
    [Display(Name = "罚款金额（元）")]
    public required decimal Amount { get; init; }
    /// <summary>加付赔偿金 (劳动保障监察条例 art. 26): 50–100% of the unpaid amount.</summary>
    [Display(Name = "加付赔偿金（元）", Description = "应付金额50%以上100%以下（劳动保障监察条例第二十六条）")]
    public decimal? ExtraCompensation { get; init; }
    [Display(Name = "违法事实与处罚依据")]
    public required string Description { get; init; }
}

public sealed record PoliceTransferRequest : ActionRequest
{
    [Display(Name = "移送文书编号")]
    public required string Reference { get; init; }
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
