using CaseFlow.Domain;
using CaseFlow.Features.Cases;
using CaseFlow.Features.Shared;
using CaseFlow.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace CaseFlow.Features.Projects;

/// <summary>欠薪预警: the brigade's warning board, red first, with the action that turns a warning into a case.</summary>
[Allow(typeof(Access), nameof(Access.SignedIn))]
public sealed class WarningsModel(CaseServices services) : UiPage
{
    [BindProperty(SupportsGet = true)] public WarningLevel? Level { get; set; }
    [BindProperty(SupportsGet = true)] public string? Town { get; set; }
    [BindProperty(SupportsGet = true)] public bool Mine { get; set; }
    [BindProperty(SupportsGet = true)] public bool Resolved { get; set; }

    public IReadOnlyList<WarningView> Warnings { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Towns { get; private set; } = new Dictionary<string, string>();
    public List<ErrorLink> Errors { get; } = [];
    public bool MayOpenCases => Inspection.OpenInspection.Opens.Admits(CurrentUser);

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCaseAsync(long warningId)
    {
        var answer = ApiAnswer.Of(await Transaction.RunAsync(HttpContext, () => WarningEndpoints.OpenCaseAsync(warningId, HttpContext, services)));
        if (answer.Succeeded && answer.Value is CaseView created) return Redirect($"/cases/inspection/{created.Id}");
        Errors.AddRange(answer.Errors.Select(e => new ErrorLink($"w-{warningId}", e.Value[0])));
        if (answer.Errors.Count == 0) Errors.Add(new ErrorLink($"w-{warningId}", answer.Problem?.Detail ?? "未能转为监察案件"));
        services.Db.ChangeTracker.Clear();
        await LoadAsync();
        return Page();
    }

    async Task LoadAsync()
    {
        Towns = await ProjectPage.TownsAsync(services.Db);
        Warnings = await WarningEndpoints.BoardAsync(services.Db, services.Services.Warnings, CurrentUser, new(Level, Town, Mine, Resolved));
    }
}
