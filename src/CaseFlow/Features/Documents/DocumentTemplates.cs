using System.Text.Encodings.Web;
using System.Text.Unicode;
using CaseFlow.Data;
using Fluid;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Features.Documents;

/// <summary>The documents CaseFlow issues, each by its template name, and the Liquid templates that print them.</summary>
public static class DocumentTemplates
{
    public static readonly IReadOnlyDictionary<string, string> Titles = new Dictionary<string, string>
    {
        ["acceptance-notice"] = "受理通知书",
        ["non-acceptance-notice"] = "不予受理通知书",
        ["answer-notice"] = "应诉通知书",
        ["tribunal-notice"] = "仲裁庭组成通知书",
        ["hearing-notice"] = "开庭通知书",
        ["arbitration-award"] = "仲裁裁决书",
        ["final-award"] = "终局裁决书",
        ["partial-award"] = "先行裁决书",
        ["advance-execution"] = "先予执行裁决书",
        ["mediation-statement"] = "调解书",
        ["suspension-decision"] = "中止审理决定书",
        ["extension-notice"] = "延长审理期限通知书",
        ["correction-decision"] = "补正决定书",
        ["mediation-agreement"] = "调解协议书",
        ["rectification-order"] = "劳动保障监察责令限期改正指令书",
        ["penalty-notice"] = "劳动保障监察行政处罚告知书",
        ["penalty-decision"] = "劳动保障监察行政处罚决定书",
        ["blacklist-notice"] = "拖欠农民工工资失信联合惩戒对象名单列入告知书",
        ["blacklist-decision"] = "拖欠农民工工资失信联合惩戒对象名单列入决定书",
        ["cover-sheet"] = "案卷封面",
    };

    static readonly FluidParser Parser = new();
    static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Parses a template; the error names the line and column where it fails.</summary>
    public static (IFluidTemplate? Template, string? Error) Parse(string source) =>
        Parser.TryParse(source, out var template, out var error) ? (template, null) : (null, error);

    public static async Task<string> RenderHtmlAsync(IFluidTemplate template, DocumentModel model, string css)
    {
        var options = new TemplateOptions { MemberAccessStrategy = new UnsafeMemberAccessStrategy(), MaxSteps = 100_000 };
        var context = new TemplateContext(model, options);
        context.SetValue("css", css);
        return await template.RenderAsync(context, Encoder);
    }

    /// <summary>
    /// Stores the templates of <c>templates/</c>: as version 1 where a name has none yet, and as the next
    /// version where the file has changed since the version it last gave. A version an administrator
    /// uploaded is never replaced by the file.
    /// </summary>
    public static async Task SeedAsync(CaseFlowDbContext db, string folder, DateTimeOffset now)
    {
        var latest = (await db.DocumentTemplates.Select(t => new { t.Name, t.Version, t.Content, t.CreatedBy }).ToListAsync())
            .GroupBy(t => t.Name).ToDictionary(g => g.Key, g => g.MaxBy(t => t.Version)!);
        foreach (var name in Titles.Keys)
        {
            var path = Path.Combine(folder, $"{name}.html");
            if (!File.Exists(path)) throw new FileNotFoundException($"template {name} is missing from {folder}", path);
            var content = await File.ReadAllTextAsync(path);
            var current = latest.GetValueOrDefault(name);
            if (current is not null && (current.CreatedBy != FromFolder || current.Content == content)) continue;
            db.DocumentTemplates.Add(new DocumentTemplate { Name = name, Version = (current?.Version ?? 0) + 1, Content = content, CreatedAt = now, CreatedBy = FromFolder });
        }
        await db.SaveChangesAsync();
    }

    const string FromFolder = "templates/";

    /// <summary>The templates folder beside the seeds folder.</summary>
    public static string Folder(Seeds seeds) => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(seeds.Folder))!, "templates");

    public static string Css(Seeds seeds) => File.ReadAllText(Path.Combine(Folder(seeds), "_document.css"));
}
