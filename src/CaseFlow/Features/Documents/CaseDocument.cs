using System.ComponentModel.DataAnnotations;
namespace CaseFlow.Features.Documents;

public enum DocumentStatus
{
    /// <summary>Recorded with the action; waiting for the renderer.</summary>
    [Display(Name = "生成中")]
    Pending,
    /// <summary>Produced: its PDF, hash and template version are fixed for good.</summary>
    [Display(Name = "已生成")]
    Issued,
}

/// <summary>
/// A document of a case: recorded with the action that issues it, produced from the snapshot taken then,
/// immutable once produced. A corrected document is a new version; the old one stays.
/// </summary>
public class CaseDocument
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    /// <summary>The template's name, e.g. <c>arbitration-award</c>.</summary>
    public required string Template { get; set; }
    public required string Title { get; set; }
    public string? DocumentNumber { get; set; }
    /// <summary>1 for the first issue; each correction adds one.</summary>
    public int Version { get; set; } = 1;
    public DocumentStatus Status { get; set; }
    /// <summary>The case as the document describes it, taken when the action was taken (JSON).</summary>
    public required string Snapshot { get; set; }
    public int? TemplateVersion { get; set; }
    public byte[]? Content { get; set; }
    public string? Sha256 { get; set; }
    public int? Pages { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public DateTimeOffset? IssuedAt { get; set; }
    public required string IssuedBy { get; set; }
    /// <summary>The action whose event recorded it.</summary>
    public required string Action { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}

/// <summary>One version of a document template, as uploaded; documents name the version that produced them.</summary>
public class DocumentTemplate
{
    public required string Name { get; set; }
    public int Version { get; set; }
    public required string Content { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
}
