using CaseFlow.Infrastructure;
using System.Diagnostics;
using CaseFlow.Domain;
using CaseFlow.Features.Shared;
using CaseFlow.Workflows;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Features.Cases;

/// <summary>案件列表: one kind of case, filtered and searched with the API's own query.</summary>
[Allow(typeof(Access), nameof(Access.SignedIn))]
public sealed class ListModel(CaseServices services) : UiPage
{
    public CaseKindInfo Kind { get; private set; } = null!;
    public CaseListQuery Query { get; private set; } = null!;
    public CasePage Results { get; private set; } = null!;
    public IReadOnlyList<ValueInfo> States { get; private set; } = [];
    public IReadOnlyList<ValueInfo> Organisations { get; private set; } = [];
    public IReadOnlyList<ValueInfo> Assignees { get; private set; } = [];
    public Dictionary<string, string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync([FromRoute] string kind, [FromQuery] string? q, [FromQuery] string? state, [FromQuery] int? organisationId,
        [FromQuery] DateOnly? receivedFrom, [FromQuery] DateOnly? receivedTo, [FromQuery] int? assigneeId, [FromQuery] bool? open, [FromQuery(Name = "page")] int pageNumber = 1)
    {
        var watch = Stopwatch.StartNew();
        if (CaseKinds.FromPage(kind) is not { } info) return NotFound();
        Kind = info;
        Query = new CaseListQuery(state, organisationId, receivedFrom, receivedTo, null, null, Math.Max(1, pageNumber), 20, assigneeId, q, open);
        if (receivedFrom > receivedTo) Errors["receivedTo"] = "截止日期不能早于起始日期";
        var db = services.Db;
        var visible = await CurrentUser.VisibleOrganisationsAsync(db);
        States = Labels.Choices(info.StateType);
        Organisations = await db.Organisations.AsNoTracking().Where(o => visible.Contains(o.Id)).OrderBy(o => o.Id)
            .Select(o => new ValueInfo(o.Id.ToString(), o.Name)).ToListAsync();
        Assignees = await db.Users.AsNoTracking().Where(u => visible.Contains(u.OrganisationId) && u.Role != Role.Analyst && u.Role != Role.Administrator)
            .OrderBy(u => u.Id).Select(u => new ValueInfo(u.Id.ToString(), u.DisplayName)).ToListAsync();
        Results = Errors.Count > 0 ? new CasePage([], 1, 20, 0) : await CaseList.QueryAsync(info, db, CurrentUser, Query);
        Response.Headers["Server-Timing"] = $"list;dur={watch.Elapsed.TotalMilliseconds:0.0}";
        return Page();
    }

    /// <summary>Whether this user may register a new case of this kind (the intake endpoints' roles).</summary>
    public bool MayOpen => Kind.Opens.Admits(CurrentUser);

    public string PageLink(int page)
    {
        var query = Request.Query.Where(kv => kv.Key != "page").Select(kv => $"{kv.Key}={Uri.EscapeDataString(kv.Value.ToString())}").Append($"page={page}");
        return "?" + string.Join("&", query);
    }
}
