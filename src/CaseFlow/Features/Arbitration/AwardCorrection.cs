namespace CaseFlow.Features.Arbitration;

/// <summary>
/// 补正: a clerical or calculation error in an issued award, or an item decided but left out of it,
/// put right by a decision served on the parties (劳动人事争议仲裁办案规则 art. 53). The decision of the
/// award stays as it was; the corrected award is the next version of its document.
/// </summary>
public class AwardCorrection
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    /// <summary>The template of the award corrected: arbitration-award, final-award or partial-award.</summary>
    public required string Document { get; set; }
    public CorrectionKind Kind { get; set; }
    /// <summary>The words as the award had them; none for an omitted item.</summary>
    public string? Original { get; set; }
    /// <summary>The words as they now read, or the omitted item.</summary>
    public required string Corrected { get; set; }
    public required string Reason { get; set; }
    public DateOnly On { get; set; }
}
