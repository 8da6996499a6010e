using System.ComponentModel.DataAnnotations;
using CaseFlow.Domain;

namespace CaseFlow.Features.Mediation;

/// <summary>The states of a 调解案件, in lifecycle order.</summary>
public enum MediationState
{
    /// <summary>登记</summary>
    [Display(Name = "已登记")]
    Registered,
    /// <summary>调解中: sessions are logged.</summary>
    [Display(Name = "调解中")]
    InMediation,
    /// <summary>调解协议 reached; its fulfilment (履行) is tracked.</summary>
    [Display(Name = "已达成协议")]
    AgreementReached,
    /// <summary>调解不成</summary>
    [Display(Name = "调解不成")]
    Failed,
    /// <summary>结案</summary>
    [Display(Name = "已结案")]
    Closed,
}

public enum Fulfilment
{
    [Display(Name = "履行中")]

    Pending,
    /// <summary>履行</summary>
    [Display(Name = "已履行")]
    Fulfilled,
    /// <summary>未履行</summary>
    [Display(Name = "未履行")]
    NotFulfilled,
}

/// <summary>调解案件, including pre-case mediation (案前约调) of an arbitration application.</summary>
public class MediationCase : Case
{
    public MediationCase() => Kind = CaseKind.Mediation;

    public MediationState State
    {
        get => Enum.Parse<MediationState>(StateName);
        set => StateName = value.ToString();
    }

    /// <summary>Mediated by an enterprise mediation committee (企业劳动争议调解委员会), on its own periods.</summary>
    public bool AtEnterpriseCommittee { get; set; }
    /// <summary>The one extension of an enterprise mediation both parties agreed to, in days.</summary>
    public int? ExtensionDays { get; set; }
    /// <summary>案前约调: mediation of an arbitration application before its acceptance.</summary>
    public bool IsPreCaseMediation { get; set; }
    /// <summary>For pre-case mediation, the application that waits on it.</summary>
    public long? ArbitrationCaseId { get; set; }
    /// <summary>The arbitration application a failed mediation was referred to.</summary>
    public long? ReferredToArbitrationId { get; set; }
    public string? FailureReason { get; set; }
    public List<MediationSession> Sessions { get; set; } = [];
    public DateOnly? AgreedOn { get; set; }
    public string? AgreementTerms { get; set; }
    public decimal? AgreementAmount { get; set; }
    public List<Instalment> PaymentSchedule { get; set; } = [];
    public Fulfilment? Fulfilment { get; set; }
    /// <summary>Applications to have the agreement reviewed (仲裁审查确认) or confirmed by a court (司法确认).</summary>
    public List<AgreementConfirmation> Confirmations { get; set; } = [];
}

/// <summary>One mediation session as the mediator logs it.</summary>
public class MediationSession
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public DateTime HeldAt { get; set; }
    public required string Place { get; set; }
    public int MediatorId { get; set; }
    public required string MediatorName { get; set; }
    public required string Attendees { get; set; }
    public string? ApplicantPosition { get; set; }
    public string? RespondentPosition { get; set; }
    public required string Outcome { get; set; }
    public string? NextStep { get; set; }
}

/// <summary>One payment of an agreement's schedule and whether it was made.</summary>
public class Instalment
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public DateOnly DueOn { get; set; }
    public decimal Amount { get; set; }
    public DateOnly? PaidOn { get; set; }
    public decimal? PaidAmount { get; set; }
}
