using System.Reflection;
using System.Text.Json;
using CaseFlow.Calendar;
using CaseFlow.Data;
using CaseFlow.Domain;
using CaseFlow.Features.Documents;
using CaseFlow.Infrastructure;
using CaseFlow.Workflows;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Stateless.Graph;

namespace CaseFlow.Features.Cases;

/// <summary>What every kind of case offers: list, read, history, the actions permitted now, and taking one.</summary>
public static class CaseEndpoints
{
    public static void MapCaseEndpoints(this RouteGroupBuilder api)
    {
        foreach (var kind in CaseKinds.All)
        {
            var group = api.MapGroup(kind.Segment).WithTags(kind.Segment);
            group.MapGet("", (CaseFlowDbContext db, HttpContext http, [AsParameters] CaseListQuery query) => List(kind, db, http, query))
            .Allow(Access.SignedIn)
                .WithSummary($"Lists {kind.Kind} cases with filters and paging");
            group.MapGet("{id:long}", (long id, CaseServices services, HttpContext http) => Get(kind, id, services, http))
            .Allow(Access.OnCase(kind.Kind))
                .WithSummary($"One {kind.Kind} case with its parties, claims, state and version");
            group.MapGet("{id:long}/history", (long id, CaseFlowDbContext db, HttpContext http) => History(kind, id, db, http))
            .Allow(Access.OnCase(kind.Kind))
                .WithSummary("The events of the case, oldest first");
            group.MapGet("{id:long}/actions", (long id, HttpContext http, CaseServices services) => PermittedActions(kind, id, http, services))
            .Allow(Access.OnCase(kind.Kind))
                .WithSummary("The actions the signed-in user may take now, with the parameters each needs");
            group.MapDocuments(kind);

            var actions = group.MapGroup("{id:long}/actions").AddEndpointFilter<TransactionFilter>();
            var design = kind.Blank(WorkflowContext.ForDescription());
            foreach (var action in design.Actions.Where(a => !a.IsAutomatic))
                MapActionMethod.MakeGenericMethod(action.ParameterType).Invoke(null, [actions, kind, action]);
            actions.MapPost("{action}", (string action) => Problems.From(new ActionOutcome.UnknownAction(action,
                    design.Actions.Where(a => !a.IsAutomatic).Select(a => a.Name).ToList())))
                .Allow(Access.SignedIn)
                .ExcludeFromDescription();
        }

        api.MapGet("workflows/{kind}", (string kind) => CaseKinds.FromSegment(kind) is { } info
                ? Results.Ok(new WorkflowGraph(info.Segment, MermaidGraph.Format(info.Blank(WorkflowContext.ForDescription()).GetInfo())))
                : Problems.NotFound($"'{kind}' is not a kind of case; use one of {string.Join(", ", CaseKinds.All.Select(k => k.Segment))}"))
            .Allow(Access.SignedIn)
            .WithTags("workflows")
            .WithSummary("The workflow of a kind of case as a Mermaid state diagram, generated from its machine");
    }

    public sealed record WorkflowGraph(string Kind, string Mermaid);

    static readonly MethodInfo MapActionMethod = typeof(CaseEndpoints).GetMethod(nameof(MapAction), BindingFlags.NonPublic | BindingFlags.Static)!;

    static void MapAction<TRequest>(RouteGroupBuilder actions, CaseKindInfo kind, WorkflowAction action) where TRequest : ActionRequest =>
        actions.MapPost(action.Name, (long id, TRequest body, HttpContext http, CaseServices services) => Take(kind, id, action.Name, body, http, services))
            .Allow(new Access(action.RoleRule, action.Roles) { Scope = AccessScope.Case, CaseKind = kind.Kind })
            .WithName($"{kind.Segment}-{action.Name}")
            .WithSummary(action.Label)
            .WithDescription($"Roles: {string.Join(", ", action.Roles)}.{(action.ActorRule is null ? "" : $" The actor must {action.ActorRule}.")} " +
                             "Send the case's current version as `version` (or an If-Match header).");

    static async Task<IResult> List(CaseKindInfo kind, CaseFlowDbContext db, HttpContext http, CaseListQuery query)
    {
        if (query.Validate() is { } problem) return problem;
        return TypedResults.Ok(await CaseList.QueryAsync(kind, db, CurrentUser.From(http.User), query));
    }

    static async Task<IResult> Get(CaseKindInfo kind, long id, CaseServices services, HttpContext http)
    {
        var user = CurrentUser.From(http.User);
        var @case = await FindVisible(kind, id, services.Db, user, tracking: false);
        if (@case is null) return NotFound(kind, id);
        if (@case is Features.Inspection.InspectionCase { ProjectId: { } project }) services.Db.ChangedProjects.Add(project);
        http.Response.Headers.ETag = $"\"{@case.Version}\"";
        return TypedResults.Ok(services.View(@case, user));
    }

    static async Task<IResult> History(CaseKindInfo kind, long id, CaseFlowDbContext db, HttpContext http)
    {
        var user = CurrentUser.From(http.User);
        var owner = await db.Cases.Where(c => c.Id == id && c.Kind == kind.Kind).Select(c => (int?)c.OrganisationId).SingleOrDefaultAsync();
        if (owner is not { } organisation || !await user.SeesAsync(db, organisation)) return NotFound(kind, id);
        var events = await db.CaseEvents.AsNoTracking().Where(e => e.CaseId == id).OrderBy(e => e.Sequence)
            .Select(e => new EventView(e.Sequence, e.At, e.ActorId, e.ActorName, e.Action, e.FromState, e.ToState, e.Parameters, e.Reason, e.Documents))
            .ToListAsync();
        return TypedResults.Ok(events);
    }

    static async Task<IResult> PermittedActions(CaseKindInfo kind, long id, HttpContext http, CaseServices services)
    {
        var user = CurrentUser.From(http.User);
        var @case = await FindVisible(kind, id, services.Db, user, tracking: false);
        if (@case is null) return NotFound(kind, id);
        var workflow = services.Context(user.Actor).WorkflowFor(@case);
        return TypedResults.Ok(workflow.PermittedActions()
            .Select(a => new ActionView(a.Name, a.Label, a.Hint, a.Roles, a.RequiresReason, a.Parameters, $"/api/{kind.Segment}/{id}/actions/{a.Name}"))
            .ToList());
    }

    /// <summary>Takes an action on a case for the signed-in user: the API's endpoint and the web UI's forms both call this.</summary>
    public static async Task<IResult> Take(CaseKindInfo kind, long id, string action, ActionRequest body, HttpContext http, CaseServices services)
    {
        var user = CurrentUser.From(http.User);
        var @case = await FindVisible(kind, id, services.Db, user, tracking: true);
        if (@case is null) return NotFound(kind, id);

        // The version the client read: If-Match, or the body's version; a mismatch is a lost update.
        var ifMatch = http.Request.Headers.IfMatch.ToString().Trim('"', ' ', 'W', '/');
        if (ifMatch.Length > 0)
        {
            if (!int.TryParse(ifMatch, out var tagged)) return Problems.Invalid("If-Match", "must be the case's ETag, e.g. \"3\"");
            if (tagged != @case.Version) return Problems.StaleVersion(@case.Version, StatusCodes.Status412PreconditionFailed);
            body = body with { Version = body.Version ?? tagged };
        }
        if (body.Version is null) return Problems.Invalid("version", "is required: send the version of the case you read");

        var readVersion = @case.Version;
        var outcome = await services.Context(user.Actor).WorkflowFor(@case).TakeAsync(action, body);
        if (outcome is not ActionOutcome.Done) return Problems.From(outcome);
        try
        {
            await services.Db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Another action on the case committed first: its event took this one's sequence number,
            // or its update moved the version. Read the committed version outside this transaction.
            var current = await CommittedVersion(http, id);
            if (current == readVersion) throw;
            return Problems.StaleVersion(current);
        }
        if (@case is Features.Inspection.InspectionCase { ProjectId: { } project }) services.Db.ChangedProjects.Add(project);
        http.Response.Headers.ETag = $"\"{@case.Version}\"";
        return TypedResults.Ok(services.View(@case, user));
    }

    static async Task<int?> CommittedVersion(HttpContext http, long id)
    {
        await using var scope = http.RequestServices.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
        return await db.Cases.Where(c => c.Id == id).Select(c => (int?)c.Version).SingleOrDefaultAsync();
    }

    public static async Task<Case?> FindVisible(CaseKindInfo kind, long id, CaseFlowDbContext db, CurrentUser user, bool tracking)
    {
        var query = kind.Load(db).Include(c => c.Organisation).Include(c => c.Clocks).Where(c => c.Id == id);
        // A case the user may not see is not returned; a request that finds none answers 404, and its transaction is not committed.
        var @case = await (tracking ? query : query.AsNoTracking()).SingleOrDefaultAsync();
        return @case is not null && await user.SeesAsync(db, @case.OrganisationId) ? @case : null;
    }

    static ProblemHttpResult NotFound(CaseKindInfo kind, long id) => Problems.NotFound($"no {kind.Kind} case {id} that this user may see");
}

/// <summary>The filters of a case list.</summary>
public sealed record CaseListQuery(
    string? State, int? OrganisationId, DateOnly? ReceivedFrom, DateOnly? ReceivedTo, string? Party, string? CaseNumber,
    int Page = 1, int PageSize = 20, int? AssigneeId = null, string? Q = null, bool? Open = null)
{
    public IResult? Validate()
    {
        if (Page < 1) return Problems.Invalid("page", "must be at least 1");
        if (PageSize is < 1 or > 200) return Problems.Invalid("pageSize", "must be from 1 to 200");
        if (ReceivedFrom > ReceivedTo) return Problems.Invalid("receivedTo", "must not be before receivedFrom");
        return null;
    }
}

/// <summary>What a case endpoint needs to build a workflow context for the signed-in user.</summary>
public sealed class CaseServices(CaseFlowDbContext db, WorkflowServices services)
{
    public CaseFlowDbContext Db => db;
    public WorkflowServices Services => services;
    public DateOnly Today => DateOnly.FromDateTime(services.Time.GetUtcNow().ToOffset(WorkflowContext.ChinaOffset).DateTime);
    public WorkflowContext Context(Actor actor) => new(db, actor, services);

    /// <summary>The case as the API shows it to <paramref name="user"/>, with its clocks read against today.</summary>
    public CaseView View(Case @case, CurrentUser user) => CaseView.Of(@case, user.SeesFullIdentityNumbers,
        @case.Clocks.Where(c => services.Clocks.Definitions.ContainsKey(c.Code)).OrderBy(c => c.StartedOn).ThenBy(c => c.Code)
            .Select(c => Clocks.ClockView.Of(c, services.Clocks.Definitions[c.Code], services.Calendar, Today)).ToList());
}
