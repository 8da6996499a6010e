using CaseFlow.Data;
using CaseFlow.Domain;
using CaseFlow.Features.Cases;
using CaseFlow.Infrastructure;
using CaseFlow.Workflows;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Features.Documents;

public sealed record DocumentView(long Id, string Template, string Title, string? DocumentNumber, int Version, DocumentStatus Status,
    int? TemplateVersion, string? Sha256, int? Pages, long? Size, DateTimeOffset RecordedAt, DateTimeOffset? IssuedAt, string IssuedBy, string Action,
    int Attempts, string? LastError, string? Href);

/// <summary>A case's documents: the list, each PDF, a draft preview, and issuing one on demand.</summary>
public static class DocumentEndpoints
{
    /// <summary>The awards: corrected only by their own action, with a decision to correct (补正决定书).</summary>
    static readonly string[] Decisions = ["arbitration-award", "final-award", "partial-award"];

    /// <summary>Who issues a document on demand: the people who work cases, not the bureau's analysts or administrators.</summary>
    public static readonly Access Issue = new("only registrars, mediators, arbitrators, inspectors and the head issue documents",
        [Role.Registrar, Role.Mediator, Role.Arbitrator, Role.Inspector, Role.Head]);

    public static void MapDocuments(this RouteGroupBuilder group, CaseKindInfo kind)
    {
        group.MapGet("{id:long}/documents", async Task<IResult> (long id, HttpContext http, CaseFlowDbContext db) =>
            {
                if (await Visible(kind, id, db, http) is null) return Problems.NotFound($"no {kind.Kind} case {id} that this user may see");
                var documents = await db.CaseDocuments.AsNoTracking().Where(d => d.CaseId == id).OrderBy(d => d.Id)
                    .Select(d => new DocumentView(d.Id, d.Template, d.Title, d.DocumentNumber, d.Version, d.Status, d.TemplateVersion, d.Sha256, d.Pages,
                        d.Content == null ? null : d.Content.Length, d.RecordedAt, d.IssuedAt, d.IssuedBy, d.Action, d.Attempts, d.LastError,
                        d.Status == DocumentStatus.Issued ? $"/api/{kind.Segment}/{id}/documents/{d.Id}" : null))
                    .ToListAsync();
                return TypedResults.Ok(documents);
            })
            .Allow(Access.OnCase(kind.Kind))
            .WithSummary("The case's documents: issued (with hash and template version) and pending");

        group.MapGet("{id:long}/documents/{documentId:long}", async Task<IResult> (long id, long documentId, HttpContext http, CaseFlowDbContext db) =>
            {
                if (await Visible(kind, id, db, http) is null) return Problems.NotFound($"no {kind.Kind} case {id} that this user may see");
                var document = await db.CaseDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId && d.CaseId == id);
                if (document is null) return Problems.NotFound($"no document {documentId} in case {id}");
                if (document.Status != DocumentStatus.Issued)
                    return TypedResults.Problem(title: "The document is pending", detail: "it is recorded and will be produced as soon as the renderer can; try again shortly",
                        statusCode: StatusCodes.Status409Conflict);
                http.Response.Headers.ETag = $"\"{document.Sha256}\"";
                return TypedResults.File(document.Content!, "application/pdf", $"{document.Template}-{document.CaseId}-v{document.Version}.pdf");
            })
            .Allow(Access.OnCase(kind.Kind))
            .WithSummary("One issued document as application/pdf");

        group.MapGet("{id:long}/documents/preview/{template}", async Task<IResult> (long id, string template, HttpContext http, CaseFlowDbContext db, Seeds seeds, TimeProvider time) =>
            {
                var @case = await Visible(kind, id, db, http);
                if (@case is null) return Problems.NotFound($"no {kind.Kind} case {id} that this user may see");
                if (!DocumentTemplates.Titles.ContainsKey(template)) return Problems.Invalid("template", $"must be one of {string.Join(", ", DocumentTemplates.Titles.Keys)}");
                var source = await db.DocumentTemplates.Where(t => t.Name == template).OrderByDescending(t => t.Version).FirstAsync();
                var (parsed, _) = DocumentTemplates.Parse(source.Content);
                var model = await CaseDocuments.ModelAsync(db, @case, template, WorkflowContext.TodayBy(time));
                var html = await DocumentTemplates.RenderHtmlAsync(parsed!, model, DocumentTemplates.Css(seeds));
                SecurityHeaders.AsDocument(http.Response);
                return TypedResults.Content(html.Replace("<body>", "<body><div class=\"draft\">草稿 DRAFT — not issued</div>"), "text/html; charset=utf-8");
            })
            .Allow(Access.OnCase(kind.Kind))
            .WithSummary("A draft of a document as HTML, from the case as it stands; nothing is issued");

        group.MapPost("{id:long}/documents/{template}", async Task<IResult> (long id, string template, NoParameters body, HttpContext http, CaseServices services) =>
            {
                var user = CurrentUser.From(http.User);
                if (!DocumentTemplates.Titles.ContainsKey(template)) return Problems.Invalid("template", $"must be one of {string.Join(", ", DocumentTemplates.Titles.Keys)}");
                var @case = await CaseEndpoints.FindVisible(kind, id, services.Db, user, tracking: true);
                if (@case is null) return Problems.NotFound($"no {kind.Kind} case {id} that this user may see");
                if (body.Version is null) return Problems.Invalid("version", "is required: send the version of the case you read");
                if (body.Version != @case.Version) return Problems.StaleVersion(@case.Version);
                var reissue = await services.Db.CaseDocuments.AnyAsync(d => d.CaseId == id && d.Template == template);
                if (reissue && Decisions.Contains(template))
                    return Problems.Invalid("template", "an award is corrected by the action correct-award (补正裁决书, 办案规则 art. 53), which issues the decision to correct with it");
                if (reissue && string.IsNullOrWhiteSpace(body.Reason))
                    return Problems.Invalid("reason", "is required to issue a corrected version of a document");
                var context = services.Context(user.Actor);
                context.IssueDocument(@case, template);
                await context.RecordAsync(@case, reissue ? "correct-document" : "issue-document", @case.StateName, body);
                await services.Db.SaveChangesAsync();
                return TypedResults.Accepted($"/api/{kind.Segment}/{id}/documents", services.View(@case, user));
            })
            .AddEndpointFilter<TransactionFilter>()
            .Allow(Issue.On(AccessScope.Case, kind.Kind))
            .WithSummary("Issues a document on demand (e.g. the cover sheet), or a corrected version of one already issued (reason required)");
    }

    static async Task<Case?> Visible(CaseKindInfo kind, long id, CaseFlowDbContext db, HttpContext http) =>
        await CaseEndpoints.FindVisible(kind, id, db, CurrentUser.From(http.User), tracking: false);
}
