namespace CaseFlow.Features.Arbitration;

/// <summary>
/// 补正: a clerical or calculation error in an issued award, or an item decided but left out of it,
/// put right by a decision served on the parties (劳动人事争议仲裁办案规则 art. 53). The decision of the
/// award stays as it was; the corrected award is the next version of its document.
/// </summary>
public class AwardCorrection
{
    public static readonly LegalRule Basis = new(
        "裁决书中的文字、计算错误或者仲裁庭已经裁决但在裁决书中遗漏的事项，仲裁庭以决定书补正并送达当事人；裁决结果不因补正而改变",
        "劳动人事争议仲裁办案规则（人力资源社会保障部令第33号，2017年）第五十三条");

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
