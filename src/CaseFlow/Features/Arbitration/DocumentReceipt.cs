namespace CaseFlow.Features.Arbitration;

/// <summary>
/// 送达回证: one party's receipt of one document of the case. A receipt of a document that was later
/// withdrawn (a mediation statement refused before every party signed for it) stays on record, superseded.
/// </summary>
public class DocumentReceipt
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public long PartyId { get; set; }
    /// <summary>The template key of the document received, such as <c>mediation-statement</c>.</summary>
    public required string Document { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public ServiceMethod Method { get; set; }
    /// <summary>The document it acknowledges no longer stands.</summary>
    public bool Superseded { get; set; }
}
