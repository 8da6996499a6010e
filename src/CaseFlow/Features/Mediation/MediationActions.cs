using System.ComponentModel.DataAnnotations;
using CaseFlow.Workflows;

namespace CaseFlow.Features.Mediation;

/// <summary>One session, as logged by the mediator.</summary>
public sealed record LogSessionRequest : ActionRequest
{
    /// <summary>Local time (China Standard Time).</summary>
    [Display(Name = "调解时间")]
    public required DateTime HeldAt { get; init; }
    [Display(Name = "地点")]
    public required string Place { get; init; }
    /// <summary>Who attended, as written in the record.</summary>
    [Display(Name = "参加人员")]
    public required string Attendees { get; init; }
    [MaxLength(2000)]
    [Display(Name = "申请人意见")]
    public string? ApplicantPosition { get; init; }
    [MaxLength(2000)]
    [Display(Name = "被申请人意见")]
    public string? RespondentPosition { get; init; }
    [MaxLength(2000)]
    [Display(Name = "调解结果")]
    public required string Outcome { get; init; }
    [Display(Name = "下一步安排")]
    public string? NextStep { get; init; }
}

/// <summary>One payment of the agreed schedule.</summary>
public sealed record InstalmentTerms([property: Display(Name = "应付日期")] DateOnly DueOn, [property: Display(Name = "金额（元）")] decimal Amount);

public sealed record AgreementRequest : ActionRequest
{
    [MaxLength(8000)]
    [Display(Name = "协议内容")]
    public required string Terms { get; init; }
    [Display(Name = "协议金额（元）", Description = "各期金额之和应等于协议金额")]
    public required decimal Amount { get; init; }
    /// <summary>The payments agreed; their sum is the agreed amount.</summary>
    [Display(Name = "分期支付")]
    public List<InstalmentTerms> PaymentSchedule { get; init; } = [];
}

public sealed record RecordPaymentRequest : ActionRequest
{
    [Display(Name = "支付期次")] [Pick(PickSource.CaseInstalments)]
    public required long InstalmentId { get; init; }
    [Display(Name = "支付日期")]
    public required DateOnly PaidOn { get; init; }
    [Display(Name = "支付金额（元）")]
    public required decimal Amount { get; init; }
}

public sealed record ApplyForConfirmationRequest : ActionRequest
{
    [Display(Name = "确认途径", Description = "向仲裁委申请仲裁审查确认，或向人民法院申请司法确认；申请期间自调解协议生效之日起计算，见“法律依据”")]
    public required ConfirmationRoute Route { get; init; }
    [Display(Name = "申请日期")]
    public required DateOnly AppliedOn { get; init; }
    [MaxLength(100)]
    [Display(Name = "受理机构", Description = "如：开平市劳动人事争议仲裁委员会、开平市人民法院")]
    public required string Body { get; init; }
    [MaxLength(100)]
    [Display(Name = "案号")]
    public string? Reference { get; init; }
    /// <summary>Both parties apply together (人民调解法 art. 33).</summary>
    [Display(Name = "双方当事人共同申请")]
    public bool Joint { get; init; }
}

public sealed record RecordConfirmationRequest : ActionRequest
{
    [Display(Name = "结果")]
    public required ConfirmationOutcome Outcome { get; init; }
    [Display(Name = "决定日期", Description = "调解书或裁定作出之日")]
    public required DateOnly DecidedOn { get; init; }
    [MaxLength(100)]
    [Display(Name = "文书编号", Description = "调解书或裁定书的编号")]
    public string? Reference { get; init; }
}

/// <summary>An enterprise mediation's one extension, with both parties' consent (企业劳动争议协商调解规定).</summary>
public sealed record ExtendMediationRequest : ActionRequest
{
    [Display(Name = "延长天数", Description = "最长天数按“企业调解期限”的设置")]
    public required int Days { get; init; }
    [Display(Name = "双方当事人同意延期")]
    public bool PartiesAgree { get; init; }
}
