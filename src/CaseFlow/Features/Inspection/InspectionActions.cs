using System.ComponentModel.DataAnnotations;
using CaseFlow.Workflows;

namespace CaseFlow.Features.Inspection;

public sealed record LogActivityRequest : ActionRequest
{
    public required ActivityKind Kind { get; init; }
    /// <summary>Local time (China Standard Time).</summary>
    public required DateTime At { get; init; }
    public required string Place { get; init; }
    public required string Inspectors { get; init; }
    [MaxLength(4000)]
    public required string Notes { get; init; }
}

/// <summary>What one worker is owed; the worker is a party of the case or is added as one.</summary>
public sealed record RecordArrearsRequest : ActionRequest
{
    /// <summary>A worker already named in the case …</summary>
    public long? PartyId { get; init; }
    /// <summary>… or a new affected worker: name and resident ID number.</summary>
    public string? WorkerName { get; init; }
    public string? WorkerIdNumber { get; init; }
    public required decimal Amount { get; init; }
    public DateOnly? PeriodFrom { get; init; }
    public DateOnly? PeriodTo { get; init; }
}

public sealed record ExtendInvestigationRequest : ActionRequest
{
    /// <summary>At most 30 working days (劳动保障监察条例 art. 17).</summary>
    public required int WorkingDays { get; init; }
}

public sealed record RectificationOrderRequest : ActionRequest
{
    public required DateOnly Deadline { get; init; }
    [MaxLength(4000)]
    public required string Requirements { get; init; }
}

public sealed record VerifyPaymentRequest : ActionRequest
{
    public required long PartyId { get; init; }
    public required decimal Amount { get; init; }
    public required DateOnly PaidOn { get; init; }
}

public sealed record PenaltyRequest : ActionRequest
{
    public required decimal Amount { get; init; }
    /// <summary>加付赔偿金 (劳动保障监察条例 art. 26): 50–100% of the unpaid amount.</summary>
    public decimal? ExtraCompensation { get; init; }
    public required string Description { get; init; }
}

public sealed record PoliceTransferRequest : ActionRequest
{
    public required string Reference { get; init; }
}

public sealed record BlacklistRequest : ActionRequest
{
    public required BlacklistDecision Decision { get; init; }
}

public sealed record ReopenRequest : ActionRequest
{
    /// <summary>The reconsideration decision or judgment that revoked the case's decision.</summary>
    public required string DecisionReference { get; init; }
}
