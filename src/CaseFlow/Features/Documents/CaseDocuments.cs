using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using CaseFlow.Data;
using CaseFlow.Domain;
using CaseFlow.Features.Arbitration;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Features.Documents;

/// <summary>Recording documents with their actions, and producing them from their snapshots.</summary>
public static partial class CaseDocuments
{
    /// <summary>Adds a pending document with a snapshot of the case as it stands now.</summary>
    public static async Task<CaseDocument> RecordAsync(CaseFlowDbContext db, Case @case, string template, string action, string actor, DateTimeOffset now)
    {
        var model = await ModelAsync(db, @case, template, DateOnly.FromDateTime(now.DateTime));
        // A document issued again (a postponed hearing, a correction) is the next version of its kind.
        var stored = @case.Id == 0 ? 0
            : await db.CaseDocuments.Where(d => d.CaseId == @case.Id && d.Template == template).Select(d => (int?)d.Version).MaxAsync() ?? 0;
        var recorded = @case.Documents.Where(d => d.Template == template).Select(d => d.Version).DefaultIfEmpty(0).Max();
        var previous = Math.Max(stored, recorded);
        var document = new CaseDocument
        {
            Template = template,
            Title = DocumentTemplates.Titles[template],
            DocumentNumber = @case.CaseNumber,
            Version = previous + 1,
            Status = DocumentStatus.Pending,
            Snapshot = JsonSerializer.Serialize(model),
            RecordedAt = now,
            IssuedBy = actor,
            Action = action,
        };
        if (@case.Id == 0) @case.Documents.Add(document);
        else
        {
            document.CaseId = @case.Id;
            db.CaseDocuments.Add(document);
        }
        return document;
    }

    public static async Task<DocumentModel> ModelAsync(CaseFlowDbContext db, Case @case, string template, DateOnly on)
    {
        var organisation = @case.Organisation?.Name ?? (await db.Organisations.FindAsync(@case.OrganisationId))!.Name;
        var arbitratorIds = (@case as ArbitrationCase)?.Tribunal.Select(s => s.ArbitratorId).ToList() ?? [];
        var arbitrators = arbitratorIds.Count == 0 ? new Dictionary<int, string>()
            : await db.Users.Where(u => arbitratorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        return DocumentModel.Of(@case, template, organisation, DocumentTemplates.Titles[template], on, arbitrators);
    }

    /// <summary>Renders a pending document with the latest version of its template and fixes it for good.</summary>
    public static async Task ProduceAsync(CaseFlowDbContext db, CaseDocument document, IPdfRenderer renderer, string css, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var template = await db.DocumentTemplates.Where(t => t.Name == document.Template).OrderByDescending(t => t.Version).FirstAsync(cancellationToken);
        var (parsed, error) = DocumentTemplates.Parse(template.Content);
        if (parsed is null) throw new InvalidOperationException($"template {template.Name} v{template.Version}: {error}");
        var html = await DocumentTemplates.RenderHtmlAsync(parsed, JsonSerializer.Deserialize<DocumentModel>(document.Snapshot)!, css);
        var pdf = await renderer.RenderAsync(html, cancellationToken);
        document.Content = pdf;
        document.Sha256 = Convert.ToHexString(SHA256.HashData(pdf)).ToLowerInvariant();
        document.Pages = PageCount(pdf);
        document.TemplateVersion = template.Version;
        document.IssuedAt = now;
        document.Status = DocumentStatus.Issued;
        document.LastError = null;
    }

    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PageObject();

    /// <summary>The pages of a PDF, counted by its page objects.</summary>
    public static int PageCount(byte[] pdf) => PageObject().Matches(System.Text.Encoding.Latin1.GetString(pdf)).Count;
}
