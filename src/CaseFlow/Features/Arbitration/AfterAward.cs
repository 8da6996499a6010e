namespace CaseFlow.Features.Arbitration;

/// <summary>A suit, an application to set aside or an enforcement application that followed the decision.</summary>
public class AfterAwardEvent
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public AfterAwardKind Kind { get; set; }
    public long PartyId { get; set; }
    public DateOnly On { get; set; }
    public required string Court { get; set; }
    public string? CourtReference { get; set; }
}
