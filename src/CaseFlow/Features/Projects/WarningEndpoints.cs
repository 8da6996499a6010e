using CaseFlow.Data;
using CaseFlow.Domain;
using CaseFlow.Features.Cases;
using CaseFlow.Infrastructure;
using CaseFlow.Workflows;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Features.Projects;

/// <summary>A warning as the board shows it: the project and its town, the rule with its basis, whose it is and what became of it.</summary>
public sealed record WarningView(long Id, long ProjectId, string Project, string? Town, string Rule, string RuleName, WarningLevel Level, string Basis,
    string Detail, DateOnly RaisedOn, DateOnly LastSeenOn, DateOnly? ResolvedOn, int? AssigneeId, string? Assignee, long? CaseId);

/// <summary>欠薪预警: the brigade's warning board, a project's warnings, the daily run, and one action that makes a warning a case.</summary>
public static class WarningEndpoints
{
    /// <summary>Who runs the daily evaluation by hand.</summary>
    public static readonly Access Evaluate = new("only the head or an administrator runs the evaluation by hand", [Role.Head, Role.Administrator]);

    public static void MapWarnings(this RouteGroupBuilder api)
    {
        var warnings = api.MapGroup("warnings").WithTags("projects");

        warnings.MapGet("", async (HttpContext http, CaseFlowDbContext db, WorkflowServices services, WarningLevel? level, string? town, bool? mine, bool? resolved) =>
                TypedResults.Ok(await BoardAsync(db, services.Warnings, CurrentUser.From(http.User), new(level, town, mine ?? false, resolved ?? false))))
            .Allow(Access.SignedIn)
            .WithSummary("The warning board: open warnings (or, with resolved=true, resolved ones) of the projects this user may see, red first; filter by level, town or mine");

        warnings.MapPost("evaluate", async (CaseFlowDbContext db, WorkflowServices services) =>
                Results.Ok(await WageWarnings.EvaluateAsync(db, services.Warnings, WorkflowContext.TodayBy(services.Time))))
            .Allow(Evaluate)
            .AddEndpointFilter<TransactionFilter>()
            .WithSummary("Evaluates every rule on every project now, as the daily run does");

        warnings.MapPost("{id:long}/case", OpenCaseAsync)
            .Allow(Inspection.OpenInspection.Opens.On(AccessScope.Warning))
            .AddEndpointFilter<TransactionFilter>()
            .WithSummary("Turns a warning into an inspection case: the project, its general contractor (who pays first, art. 30), the employers and every unpaid worker with the amount");
    }

    public static void MapProjectWarnings(this RouteGroupBuilder projects) =>
        projects.MapGet("{id:long}/warnings", async Task<IResult> (long id, HttpContext http, CaseFlowDbContext db, WorkflowServices services) =>
            {
                var user = CurrentUser.From(http.User);
                if (await ProjectEndpoints.Find(db, user, id) is null) return Problems.NotFound($"no project {id} that this user may see");
                return Results.Ok(await ForProjectAsync(db, services.Warnings, id));
            })
            .Allow(ProjectEndpoints.Read)
            .WithSummary("A project's warnings, open and resolved, red first");

    /// <summary>A project's warnings, open first.</summary>
    public static Task<List<WarningView>> ForProjectAsync(CaseFlowDbContext db, WarningRules rules, long id) =>
        ViewsAsync(db, rules, db.ProjectWarnings.Where(w => w.ProjectId == id));

    public sealed record Filter(WarningLevel? Level, string? Town, bool Mine, bool Resolved);

    public static async Task<List<WarningView>> BoardAsync(CaseFlowDbContext db, WarningRules rules, CurrentUser user, Filter filter)
    {
        var visible = await user.VisibleOrganisationsAsync(db);
        var projects = db.ConstructionProjects.Where(p => visible.Contains(p.OrganisationId) && (filter.Town == null || p.Town == filter.Town)).Select(p => p.Id);
        var query = db.ProjectWarnings.Where(w => projects.Contains(w.ProjectId) && (filter.Resolved ? w.ResolvedOn != null : w.ResolvedOn == null)
            && (filter.Level == null || w.Level == filter.Level) && (!filter.Mine || w.AssigneeId == user.Id));
        return await ViewsAsync(db, rules, query);
    }

    static async Task<List<WarningView>> ViewsAsync(CaseFlowDbContext db, WarningRules rules, IQueryable<ProjectWarning> query)
    {
        var rows = await query.AsNoTracking()
            .Join(db.ConstructionProjects, w => w.ProjectId, p => p.Id, (w, p) => new { Warning = w, p.Name, p.Town })
            .OrderByDescending(x => x.Warning.RaisedOn).ThenBy(x => x.Warning.Id).Take(2000)
            .ToListAsync();
        var people = await db.Users.AsNoTracking().Where(u => u.Role == Role.Inspector).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        return rows
            .Select(x => new WarningView(x.Warning.Id, x.Warning.ProjectId, x.Name, x.Town, x.Warning.Rule, rules.Find(x.Warning.Rule)?.Name ?? x.Warning.Rule, x.Warning.Level,
                rules.Find(x.Warning.Rule)?.Basis ?? "", x.Warning.Detail, x.Warning.RaisedOn, x.Warning.LastSeenOn, x.Warning.ResolvedOn, x.Warning.AssigneeId,
                x.Warning.AssigneeId is { } a ? people.GetValueOrDefault(a) : null, x.Warning.CaseId))
            .OrderBy(v => v.ResolvedOn is not null).ThenBy(v => v.Level).ThenByDescending(v => v.RaisedOn).ThenBy(v => v.Id)
            .ToList();
    }

    /// <summary>Opens the inspection case of a warning: the API's endpoint and the warning board both call this.</summary>
    public static async Task<IResult> OpenCaseAsync(long id, HttpContext http, CaseServices services)
    {
        var db = services.Db;
        var user = CurrentUser.From(http.User);
        if (Inspection.OpenInspection.Opens.Refuses(user) is { } refused) return refused;
        var warning = await db.ProjectWarnings.SingleOrDefaultAsync(w => w.Id == id);
        var project = warning is null ? null : await ProjectEndpoints.Find(db, user, warning.ProjectId);
        if (warning is null || project is null) return Problems.NotFound($"no warning {id} that this user may see");
        if (warning.CaseId is { } caseId) return Problems.Invalid("id", $"该预警已有监察案件（案件{caseId}）");
        if (warning.ResolvedOn is not null) return Problems.Invalid("id", $"该预警已于{warning.ResolvedOn:yyyy年M月d日}消除");

        var arrears = await WageLedgerEndpoints.Arrears(db, project.Id, full: true);
        var rule = services.Services.Warnings.Find(warning.Rule);
        var developerAnswers = warning.Rule is WarningRules.TransferOverdue or WarningRules.TransferShort;
        var request = WageLedgerEndpoints.CaseRequest(project, arrears, WorkflowContext.TodayBy(services.Services.Time),
            $"{Labels.Of(warning.Level)}预警“{rule?.Name ?? warning.Rule}”：{warning.Detail}（{rule?.Basis}）。", developerAnswers);
        var result = await Inspection.OpenInspection.Handle(request, http, services);
        if (result is Microsoft.AspNetCore.Http.HttpResults.Created<CaseView> created)
        {
            warning.CaseId = created.Value!.Id;
            await db.SaveChangesAsync();
        }
        return result;
    }
}
