using CaseFlow.Data;
using CaseFlow.Features.Documents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Features.Admin;

/// <summary>文书模板: the latest version of each template, a preview on a sample case, a new version uploaded.</summary>
public sealed class TemplatesModel(CaseFlowDbContext db, Seeds seeds, TimeProvider time) : AdminPage
{
    public sealed record Row(string Name, string Title, int Version, DateTimeOffset CreatedAt, string CreatedBy);

    public IReadOnlyList<Row> Templates { get; private set; } = [];
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Source { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    /// <summary>The template rendered on a made-up case, as HTML, nothing issued.</summary>
    public async Task<IActionResult> OnGetPreviewAsync(string name)
    {
        if (!DocumentTemplates.Titles.TryGetValue(name, out var title)) return NotFound();
        var source = await db.DocumentTemplates.AsNoTracking().Where(t => t.Name == name).OrderByDescending(t => t.Version).FirstAsync();
        var (parsed, _) = DocumentTemplates.Parse(source.Content);
        var html = await DocumentTemplates.RenderHtmlAsync(parsed!, SampleDocument.Model(title), DocumentTemplates.Css(seeds));
        Infrastructure.SecurityHeaders.AsDocument(Response);
        return Content(html, "text/html; charset=utf-8");
    }

    public async Task OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Name)) Errors["Name"] = "请选择模板";
        else await RunAsync(() => TemplateEndpoints.UploadAsync(Name, Source ?? "", CurrentUser, db, seeds, time), "Source", $"已保存“{DocumentTemplates.Titles.GetValueOrDefault(Name)}”的新版本");
        await LoadAsync();
    }

    async Task LoadAsync() =>
        Templates = (await db.DocumentTemplates.AsNoTracking().Select(t => new { t.Name, t.Version, t.CreatedAt, t.CreatedBy }).ToListAsync())
            .GroupBy(t => t.Name).Select(g => g.OrderByDescending(t => t.Version).First())
            .Select(t => new Row(t.Name, DocumentTemplates.Titles.GetValueOrDefault(t.Name, t.Name), t.Version, t.CreatedAt, t.CreatedBy))
            .OrderBy(t => t.Name).ToList();
}
