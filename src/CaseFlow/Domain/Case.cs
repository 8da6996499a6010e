namespace CaseFlow.Domain;

/// <summary>
/// What the three kinds of case share: the organisation that owns it, its number once issued, its
/// parties and claims, its closure, and the events that brought it where it is.
/// </summary>
public abstract class Case
{
    public long Id { get; set; }
    public CaseKind Kind { get; protected set; }
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    /// <summary>Issued at acceptance or filing; absent before.</summary>
    public string? CaseNumber { get; set; }
    public int? CaseYear { get; set; }
    public int? CaseSequence { get; set; }
    /// <summary>The state's name, the same text the kind's enum stores.</summary>
    public string StateName { get; protected set; } = "";
    /// <summary>Bumped by every action; a client acting on an older version gets a conflict.</summary>
    public int Version { get; set; }
    /// <summary>The day the application or complaint was received.</summary>
    public DateOnly ReceivedOn { get; set; }
    /// <summary>The day it was accepted or filed and numbered.</summary>
    public DateOnly? AcceptedOn { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public ClosureType? ClosureType { get; set; }
    public string? Summary { get; set; }
    /// <summary>A limitation warning raised at intake, with the reason it was overridden.</summary>
    public string? LimitationNote { get; set; }
    public int? AssigneeId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int CreatedById { get; set; }
    /// <summary>The hash of the case's last event: the head of its history's chain, so that cutting the history short shows.</summary>
    public string? LastEventHash { get; set; }

    public List<Party> Parties { get; set; } = [];
    public List<Claim> Claims { get; set; } = [];
    public List<CaseEvent> Events { get; set; } = [];
    public List<Features.Clocks.CaseClock> Clocks { get; set; } = [];
    public List<Features.Reports.CaseConclusion> Conclusions { get; set; } = [];
    public List<Features.Documents.CaseDocument> Documents { get; set; } = [];

    public bool IsClosed => ClosedOn is not null;
    public decimal TotalClaimed => Claims.Sum(c => c.Amount ?? 0);

    public void Close(ClosureType type, DateOnly on)
    {
        ClosureType = type;
        ClosedOn = on;
    }

    public void Reopen()
    {
        ClosureType = null;
        ClosedOn = null;
    }
}

/// <summary>One action taken on a case: who, when, from, to, what, with which parameters and why.</summary>
public class CaseEvent
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public int Sequence { get; set; }
    public DateTimeOffset At { get; set; }
    public int? ActorId { get; set; }
    public required string ActorName { get; set; }
    public required string Action { get; set; }
    public required string FromState { get; set; }
    public required string ToState { get; set; }
    /// <summary>The action's parameters as JSON.</summary>
    public string? Parameters { get; set; }
    public string? Reason { get; set; }
    /// <summary>The documents the action issued, by template name, e.g. <c>arbitration-award</c>.</summary>
    public string? Documents { get; set; }
    /// <summary>The hash of the event before this one in the case ("" for the first): the link of the chain (<see cref="Workflows.HistoryChain"/>).</summary>
    public string? PreviousHash { get; set; }
    /// <summary>SHA-256 of this event's content and <see cref="PreviousHash"/>.</summary>
    public string? Hash { get; set; }
}
