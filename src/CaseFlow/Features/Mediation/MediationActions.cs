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
