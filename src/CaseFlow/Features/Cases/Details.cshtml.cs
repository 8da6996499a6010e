using CaseFlow.Infrastructure;
using CaseFlow.Domain;
using CaseFlow.Features.Documents;
using CaseFlow.Features.Shared;
using CaseFlow.Workflows;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Features.Cases;

/// <summary>The case page: header, running clocks, the next step, and a tab for each part of the file.</summary>
[Allow(typeof(Access), nameof(Access.OnCaseOfRoute))]
public sealed class DetailsModel(CaseServices services) : UiPage
{
    public sealed record Tab(string Key, string Title);

    public CaseKindInfo Kind { get; private set; } = null!;
    public CaseView View { get; private set; } = null!;
    public IReadOnlyList<WorkflowAction> Permitted { get; private set; } = [];
    public IReadOnlyList<DocumentView> Documents { get; private set; } = [];
    public IReadOnlyList<EventView> History { get; private set; } = [];
    public IReadOnlyList<Tab> Tabs { get; private set; } = [];
    public string Current { get; private set; } = "parties";
    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] string kind, [FromRoute] long id, [FromQuery] string? tab, [FromQuery] string? done)
    {
        if (CaseKinds.FromPage(kind) is not { } info) return NotFound();
        Kind = info;
        var @case = await CaseEndpoints.FindVisible(info, id, services.Db, CurrentUser, tracking: false);
        if (@case is null) return NotFound();
        View = services.View(@case, CurrentUser);
        var workflow = services.Context(CurrentUser.Actor).WorkflowFor(@case);
        Permitted = workflow.PermittedActions();
        Done = done is null ? null : ActionLabel(done);

        Tabs = new List<Tab?>
        {
            new("parties", "当事人与请求"),
            info.Kind == CaseKind.Mediation ? new("sessions", "调解记录") : null,
            info.Kind == CaseKind.Arbitration ? new("hearing", "庭审") : null,
            info.Kind == CaseKind.Inspection ? new("inspection", "检查与支付") : null,
            new("documents", "文书"),
            new("history", "办案历程"),
        }.OfType<Tab>().ToList();
        Current = Tabs.Any(t => t.Key == tab) ? tab! : "parties";

        if (Current == "documents")
            Documents = await services.Db.CaseDocuments.AsNoTracking().Where(d => d.CaseId == id).OrderByDescending(d => d.Id)
                .Select(d => new DocumentView(d.Id, d.Template, d.Title, d.DocumentNumber, d.Version, d.Status, d.TemplateVersion, d.Sha256, d.Pages,
                    d.Content == null ? null : d.Content.Length, d.RecordedAt, d.IssuedAt, d.IssuedBy, d.Action, d.Attempts, d.LastError,
                    d.Status == DocumentStatus.Issued ? $"/api/{info.Segment}/{id}/documents/{d.Id}" : null))
                .ToListAsync();
        if (Current == "history")
            History = await services.Db.CaseEvents.AsNoTracking().Where(e => e.CaseId == id).OrderByDescending(e => e.Sequence)
                .Select(e => new EventView(e.Sequence, e.At, e.ActorId, e.ActorName, e.Action, e.FromState, e.ToState, e.Parameters, e.Reason, e.Documents))
                .ToListAsync();
        return Page();
    }

    public string ActionLabel(string name) => Kind.ActionLabel(name);

    public string StateLabel(string state) => state.Length == 0 ? "—" : Kind.StateLabel(state);

    public static string DocumentTitles(string? templates) =>
        string.Join("、", (templates ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(t => DocumentTemplates.Titles.GetValueOrDefault(t, t)));
}
