using CaseFlow.Data;
using CaseFlow.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Infrastructure;

/// <summary>What the <c>{id}</c> of an endpoint's route names, when a user may reach only those of their own organisations.</summary>
public enum AccessScope
{
    /// <summary>No record of an organisation's: reference data, reports (which scope themselves), the user's own account.</summary>
    None,
    /// <summary>A case of the endpoint's kind: the user's organisation or one under it.</summary>
    Case,
    /// <summary>A construction project, kept by the brigade.</summary>
    Project,
    /// <summary>An early warning, through its project.</summary>
    Warning,
    /// <summary>A blacklist listing, of the organisation that decided it.</summary>
    Listing,
}

/// <summary>
/// Who may call an endpoint or open a page: the roles, the kinds of organisation they must work in, and whether
/// the record the route names must be one of theirs. Declared once beside the endpoint (<c>.Allow(rule)</c>)
/// or on the page model (<see cref="AllowAttribute"/>), enforced by authorization before the request body is
/// read — a user without the role gets 403 naming the rule even for a malformed body — and read by the
/// access-control matrix test, which fails for an endpoint without one.
/// </summary>
public sealed record Access(string Rule, IReadOnlyList<Role> Roles) : IAuthorizeData
{
    public const string PolicyName = "access";

    /// <summary>The kinds of organisation the user must belong to; null for any.</summary>
    public IReadOnlyList<OrganisationKind>? OrganisationKinds { get; init; }

    public AccessScope Scope { get; init; } = AccessScope.None;

    /// <summary>For <see cref="AccessScope.Case"/>: the kind of case the route's id must name.</summary>
    public CaseKind? CaseKind { get; init; }

    /// <summary>Every signed-in user; what they are shown is limited to their organisations by the query itself.</summary>
    public static readonly Access SignedIn = new("every signed-in user", Enum.GetValues<Role>());

    public static readonly Access Administrators = new("only administrators", [Role.Administrator]);

    /// <summary>Every signed-in user, on a case of their organisations.</summary>
    public static Access OnCase(CaseKind kind, string rule = "every signed-in user of the case's organisation") =>
        new(rule, Enum.GetValues<Role>()) { Scope = AccessScope.Case, CaseKind = kind };

    /// <summary>For a page whose route names the kind of case (<c>/cases/{kind}/{id}</c>): every signed-in user, on a case of their organisations.</summary>
    public static readonly Access OnCaseOfRoute = new("every signed-in user of the case's organisation", Enum.GetValues<Role>()) { Scope = AccessScope.Case };

    public Access On(AccessScope scope, CaseKind? kind = null) => this with { Scope = scope, CaseKind = kind };

    /// <summary>Whether the role (and, when the rule names kinds, the organisation's kind) is admitted; the record's scope is checked apart.</summary>
    public bool Admits(Role role, OrganisationKind? organisation = null) =>
        Roles.Contains(role) && (OrganisationKinds is null || organisation is { } kind && OrganisationKinds.Contains(kind));

    /// <summary>
    /// The same rule for code that the web UI shares with the API (the endpoint is refused by authorization
    /// before it runs; a page's form calls the shared code directly): 403 naming the rule, or null.
    /// </summary>
    public IResult? Refuses(CurrentUser user) => Admits(user) ? null : Problems.Forbidden(Rule);

    public bool Admits(CurrentUser user) => Admits(user.Role, user.OrganisationKind);

    string? IAuthorizeData.Policy { get => PolicyName; set { } }
    string? IAuthorizeData.Roles { get => null; set { } }
    string? IAuthorizeData.AuthenticationSchemes { get => null; set { } }
}

/// <summary>The access rule of a page, by the name of a rule declared in code (<c>[Allow(typeof(ProjectEndpoints), nameof(ProjectEndpoints.KeepProjects))]</c>).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AllowAttribute(Type declaringType, string ruleName) : Attribute
{
    public Access Access { get; } = declaringType.GetField(ruleName)?.GetValue(null) as Access
        ?? declaringType.GetProperty(ruleName)?.GetValue(null) as Access
        ?? throw new InvalidOperationException($"{declaringType.Name}.{ruleName} is not a static access rule");
}

/// <summary>Why authorization refused: the rule, and whether the record is merely not the user's (answered as not found, so as not to reveal it).</summary>
public sealed class AccessDenied(IAuthorizationHandler handler, string message, bool notFound) : AuthorizationFailureReason(handler, message)
{
    public bool NotFound { get; } = notFound;
}

public sealed class AccessRequirement : IAuthorizationRequirement;

/// <summary>Checks every <see cref="Access"/> on the endpoint against the signed-in user.</summary>
public sealed class AccessHandler(CaseFlowDbContext db) : AuthorizationHandler<AccessRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, AccessRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated != true) return;
        var endpoint = context.Resource switch
        {
            HttpContext http => http.GetEndpoint(),
            Endpoint e => e,
            _ => null,
        };
        var rules = endpoint?.Metadata.GetOrderedMetadata<Access>() ?? [];
        var user = CurrentUser.From(context.User);
        var organisation = user.OrganisationKind;
        foreach (var rule in rules)
        {
            if (rule.OrganisationKinds is not null)
                organisation ??= await db.Organisations.Where(o => o.Id == user.OrganisationId).Select(o => (OrganisationKind?)o.Kind).SingleOrDefaultAsync();
            if (!rule.Admits(user.Role, organisation))
            {
                context.Fail(new AccessDenied(this, rule.Rule, notFound: false));
                return;
            }
            if (rule.Scope != AccessScope.None && context.Resource is HttpContext http && !await WithinAsync(rule, http, user))
            {
                context.Fail(new AccessDenied(this, $"no {rule.Scope.ToString().ToLowerInvariant()} {http.GetRouteValue("id")} that this user may see", notFound: true));
                return;
            }
        }
        context.Succeed(requirement);
    }

    /// <summary>Whether the record the route's id names belongs to the user's organisation or one under it.</summary>
    async Task<bool> WithinAsync(Access rule, HttpContext http, CurrentUser user)
    {
        if (!long.TryParse(http.GetRouteValue("id")?.ToString(), out var id)) return false;
        var owner = rule.Scope switch
        {
            AccessScope.Case when (rule.CaseKind ?? Features.Cases.CaseKinds.FromPage(http.GetRouteValue("kind")?.ToString() ?? "")?.Kind) is { } kind =>
                db.Cases.Where(c => c.Id == id && c.Kind == kind).Select(c => c.OrganisationId),
            AccessScope.Case => db.Cases.Where(_ => false).Select(c => c.OrganisationId),
            AccessScope.Project => db.ConstructionProjects.Where(p => p.Id == id).Select(p => p.OrganisationId),
            AccessScope.Warning => db.ProjectWarnings.Where(w => w.Id == id).Join(db.ConstructionProjects, w => w.ProjectId, p => p.Id, (_, p) => p.OrganisationId),
            AccessScope.Listing => db.BlacklistEntries.Where(e => e.Id == id).Select(e => e.OrganisationId),
            _ => throw new ArgumentOutOfRangeException(nameof(rule)),
        };
        var organisation = await owner.Select(o => (int?)o).FirstOrDefaultAsync();
        return organisation is { } o && await user.SeesAsync(db, o);
    }
}

/// <summary>Refusals the API's clients can read: 403 naming the rule, 404 for a record that is not the user's; pages get the error page.</summary>
public sealed class AccessResultHandler : IAuthorizationMiddlewareResultHandler
{
    readonly AuthorizationMiddlewareResultHandler standard = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext http, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (result.Forbidden && result.AuthorizationFailure?.FailureReasons.OfType<AccessDenied>().FirstOrDefault() is { } denied)
        {
            if (SignIn.IsApi(http.Request))
                await (denied.NotFound ? Problems.NotFound(denied.Message) : Problems.Forbidden(denied.Message)).ExecuteAsync(http);
            else
                http.Response.StatusCode = denied.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status403Forbidden;
            return;
        }
        await standard.HandleAsync(next, http, policy, result);
    }
}

public static class AccessEndpoints
{
    /// <summary>Declares who may call the endpoint (or every endpoint of a group).</summary>
    public static TBuilder Allow<TBuilder>(this TBuilder builder, Access access) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(access);

    public static IServiceCollection AddAccessRules(this IServiceCollection services)
    {
        services.AddScoped<IAuthorizationHandler, AccessHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AccessResultHandler>();
        return services;
    }

    public static AuthorizationBuilder AddAccessPolicy(this AuthorizationBuilder builder) =>
        builder.AddPolicy(Access.PolicyName, policy => policy.RequireAuthenticatedUser().AddRequirements(new AccessRequirement()));
}
