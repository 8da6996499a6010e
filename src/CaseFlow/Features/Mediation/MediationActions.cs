using System.ComponentModel.DataAnnotations;
using CaseFlow.Workflows;

namespace CaseFlow.Features.Mediation;

/// <summary>One session, as logged by the mediator.</summary>
public sealed record LogSessionRequest : ActionRequest
{
    /// <summary>Local time (China Standard Time).</summary>
    public required DateTime HeldAt { get; init; }
    public required string Place { get; init; }
    /// <summary>Who attended, as written in the record.</summary>
    public required string Attendees { get; init; }
    [MaxLength(2000)]
    public string? ApplicantPosition { get; init; }
    [MaxLength(2000)]
    public string? RespondentPosition { get; init; }
    [MaxLength(2000)]
    public required string Outcome { get; init; }
    public string? NextStep { get; init; }
}

/// <summary>One payment of the agreed schedule.</summary>
public sealed record InstalmentTerms(DateOnly DueOn, decimal Amount);

public sealed record AgreementRequest : ActionRequest
{
    [MaxLength(8000)]
    public required string Terms { get; init; }
    public required decimal Amount { get; init; }
    /// <summary>The payments agreed; their sum is the agreed amount.</summary>
    public List<InstalmentTerms> PaymentSchedule { get; init; } = [];
}

public sealed record RecordPaymentRequest : ActionRequest
{
    public required long InstalmentId { get; init; }
    public required DateOnly PaidOn { get; init; }
    public required decimal Amount { get; init; }
}
