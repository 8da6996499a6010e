using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CaseFlow.Domain;
using CaseFlow.Features.Inspection;
using CaseFlow.Features.Projects;
using CaseFlow.Infrastructure;
using CaseFlow.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Tests.Features.Security;

/// <summary>
/// The access-control matrix, generated from the application's own endpoint list: every API endpoint and
/// every page, asked by every role (and by nobody), on a record of the user's own organisation and on one
/// of another's. Each answer is checked against the rule the endpoint declares (<see cref="Access"/>):
/// refused with 403 naming the rule when the role is not admitted, 404 when the record is not the user's,
/// never refused when both are, never 500. An endpoint that declares no rule fails the test by name.
/// </summary>
public abstract partial class AccessMatrixTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseFlowApp
{
    /// <summary>One demo user per role, and two roles twice in different organisations (a town's mediator, the brigade's head).</summary>
    static readonly string[] Principals = ["registrar", "mediator", "mediator.sanbu", "arbitrator", "inspector", "head", "brigade.head", "analyst", "admin"];
    const string Nobody = "(anonymous)";

    sealed record Resource(string Name, AccessScope Scope, CaseKind? Kind, long Id, int OrganisationId);

    sealed record Principal(string Name, Role Role, int OrganisationId, OrganisationKind Kind, string? Token);

    sealed record Cell(string Endpoint, string Principal, string Resource, int Status, string Expected, string? Failure);

    [Fact]
    public void Every_endpoint_and_page_declares_who_may_call_it()
    {
        var undeclared = AccessMatrix.Undeclared(AccessMatrix.Endpoints(app.Services)).Select(AccessMatrix.Name).ToList();
        Assert.True(undeclared.Count == 0, "endpoints without an access rule (.Allow(…), [Allow] or AllowAnonymous):\n" + string.Join("\n", undeclared));
    }

    /// <summary>docs/access-matrix.md is the declared rules as a table, so that a change to who may do what shows in review; CASEFLOW_UPDATE_DOCS=1 rewrites it.</summary>
    [Fact]
    public void The_published_matrix_is_the_declared_rules()
    {
        var markdown = AccessMatrix.Markdown(AccessMatrix.Endpoints(app.Services));
        var path = System.IO.Path.Combine(Repository.Root(), "docs", "access-matrix.md");
        if (Environment.GetEnvironmentVariable("CASEFLOW_UPDATE_DOCS") == "1" && app.Provider == CaseFlow.Data.DatabaseProvider.Sqlite) File.WriteAllText(path, markdown);
        Assert.Equal(markdown, File.ReadAllText(path));
    }

    [Fact]
    public void A_new_endpoint_without_a_rule_is_named()
    {
        var bare = new RouteEndpoint(_ => Task.CompletedTask, RoutePatternFactory.Parse("/api/forgotten"), 0,
            new EndpointMetadataCollection(new HttpMethodMetadata(["POST"])), "forgotten");
        var declared = new RouteEndpoint(_ => Task.CompletedTask, RoutePatternFactory.Parse("/api/kept"), 0,
            new EndpointMetadataCollection(new HttpMethodMetadata(["POST"]), Access.Administrators), "kept");
        var open = new RouteEndpoint(_ => Task.CompletedTask, RoutePatternFactory.Parse("/api/open"), 0,
            new EndpointMetadataCollection(new HttpMethodMetadata(["GET"]), new AllowAnonymousAttribute()), "open");

        Assert.Equal(["POST /api/forgotten"], AccessMatrix.Undeclared([bare, declared, open]).Select(AccessMatrix.Name));
    }

    [Fact]
    public async Task Every_endpoint_answers_every_role_on_its_own_and_another_organisations_records_as_its_rule_says()
    {
        var resources = await ResourcesAsync();
        var principals = await PrincipalsAsync();
        var organisations = await app.Query(db => db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.ParentId));
        var target = await app.Query(db => db.Users.SingleAsync(u => u.UserName == "matrix.target"));
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var cells = new List<Cell>();
        foreach (var endpoint in AccessMatrix.Endpoints(app.Services).Where(e => !AccessMatrix.IsExcluded(e)))
        {
            var rules = endpoint.Metadata.GetOrderedMetadata<Access>();
            var anonymous = rules.Count == 0 && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var scope = rules.Select(r => r.Scope).FirstOrDefault(s => s != AccessScope.None);
            var kind = rules.Select(r => r.CaseKind).FirstOrDefault(k => k is not null);
            var targets = scope == AccessScope.None
                ? [new Resource("—", AccessScope.None, null, 0, 0)]
                : resources.Where(r => r.Scope == scope && (kind is null || r.Kind == kind)).ToList();
            Assert.True(targets.Count > 0, $"{AccessMatrix.Name(endpoint)}: no record of scope {scope} {kind} to ask for");

            foreach (var resource in targets)
            {
                var path = AccessMatrix.Path(endpoint, resource.Id == 0 ? null : resource.Id, resource.Kind, target.Id);
                foreach (var principal in principals)
                {
                    var method = AccessMatrix.Method(endpoint);
                    using var request = new HttpRequestMessage(new HttpMethod(method), path);
                    if (principal.Token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", principal.Token);
                    if (method is "POST" or "PUT") request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                    using var response = await client.SendAsync(request);
                    var body = await response.Content.ReadAsStringAsync();
                    var status = (int)response.StatusCode;
                    var detail = Detail(body);

                    string expected;
                    string? failure = null;
                    if (anonymous) expected = "answered";
                    else if (principal.Token is null) expected = AccessMatrix.IsApi(endpoint) ? "401" : "302 to /signin";
                    else if (rules.FirstOrDefault(r => !r.Admits(principal.Role, principal.Kind)) is { } refusing) expected = $"403: {refusing.Rule}";
                    else if (scope != AccessScope.None && !Visible(resource.OrganisationId, principal.OrganisationId, organisations)) expected = "404";
                    else expected = "answered";

                    if (status >= 500) failure = $"answered {status}";
                    else if (expected == "401" && status != 401) failure = $"answered {status}, not 401";
                    else if (expected == "302 to /signin" && !(status == 302 && response.Headers.Location?.ToString().Contains("/signin") == true)) failure = $"answered {status}, not a redirect to sign in";
                    else if (expected.StartsWith("403") && !(status == 403 && (!AccessMatrix.IsApi(endpoint) || detail == expected[5..]))) failure = $"answered {status} {detail}";
                    else if (expected == "404" && !(status == 404 && (!AccessMatrix.IsApi(endpoint) || detail?.Contains("that this user may see") == true))) failure = $"answered {status} {detail}";
                    else if (expected == "answered" && (status is 401 || status == 302 && response.Headers.Location?.ToString().Contains("/signin") == true
                                                        || status == 403 && rules.Any(r => r.Rule == detail)
                                                        || status == 404 && scope != AccessScope.None && detail?.StartsWith($"no {scope.ToString().ToLowerInvariant()} ") == true))
                        failure = $"refused {status} {detail}";
                    cells.Add(new Cell(AccessMatrix.Name(endpoint), principal.Name, resource.Name, status, expected, failure));
                }
            }
        }

        var failures = cells.Where(c => c.Failure is not null).ToList();
        var summary = $"{cells.Count} requests: {cells.Select(c => c.Endpoint).Distinct().Count()} endpoints and pages × {principals.Count} principals "
                      + $"({Principals.Length} users in {principals.Where(p => p.Token is not null).Select(p => p.OrganisationId).Distinct().Count()} organisations, and nobody); "
                      + $"{cells.Count(c => c.Expected.StartsWith("403"))} refused by role, {cells.Count(c => c.Expected == "404")} by organisation, {cells.Count(c => c.Expected is "401" or "302 to /signin")} unauthenticated";
        Console.WriteLine($"access matrix on {app.Provider}: {summary}");
        Assert.True(failures.Count == 0, $"{summary}\n{failures.Count} cells answered against their rule:\n" +
            string.Join("\n", failures.Take(60).Select(f => $"{f.Endpoint} as {f.Principal} on {f.Resource}: expected {f.Expected}, {f.Failure}")));
        Assert.True(cells.Count > 1000, summary);
    }

    static bool Visible(int owner, int user, Dictionary<int, int?> parents) => owner == user || parents[owner] == user;

    static string? Detail(string body)
    {
        if (!body.StartsWith('{')) return null;
        try { return JsonDocument.Parse(body).RootElement.TryGetProperty("detail", out var d) ? d.GetString() : null; }
        catch (JsonException) { return null; }
    }

    async Task<List<Principal>> PrincipalsAsync()
    {
        var users = await app.Query(db => db.Users.AsNoTracking().Include(u => u.Organisation).Where(u => Principals.Contains(u.UserName!)).ToListAsync());
        var list = new List<Principal>();
        foreach (var name in Principals)
        {
            var user = users.Single(u => u.UserName == name);
            var client = await app.As(name);
            list.Add(new Principal(name, user.Role, user.OrganisationId, user.Organisation!.Kind, client.DefaultRequestHeaders.Authorization!.Parameter));
        }
        list.Add(new Principal(Nobody, Role.Analyst, 0, OrganisationKind.Bureau, null));
        return list;
    }

    async Task<List<Resource>> ResourcesAsync()
    {
        var r = await SecurityRecords.CreateAsync(app, 9100, "matrix.target");
        return
        [
            new("arbitration case of the commission", AccessScope.Case, CaseKind.Arbitration, r.Arbitration, r.Commission),
            new("mediation case of the commission", AccessScope.Case, CaseKind.Mediation, r.CommissionMediation, r.Commission),
            new("mediation case of 三埠", AccessScope.Case, CaseKind.Mediation, r.TownMediation, r.Town),
            new("inspection case of the brigade", AccessScope.Case, CaseKind.Inspection, r.Inspection, r.Brigade),
            new("project of the brigade", AccessScope.Project, null, r.Project, r.Brigade),
            new("warning of the brigade", AccessScope.Warning, null, r.Warning, r.Brigade),
            new("listing of the brigade", AccessScope.Listing, null, r.Listing, r.Brigade),
        ];
    }
}

/// <summary>The endpoint list as the matrix reads it.</summary>
public static partial class AccessMatrix
{
    public static List<RouteEndpoint> Endpoints(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .OrderBy(e => e.RoutePattern.RawText, StringComparer.Ordinal).ThenBy(Method, StringComparer.Ordinal).ToList();

    public static IEnumerable<RouteEndpoint> Undeclared(IEnumerable<RouteEndpoint> endpoints) =>
        endpoints.Where(e => e.Metadata.GetMetadata<Access>() is null && e.Metadata.GetMetadata<IAllowAnonymous>() is null);

    /// <summary>The declared rules as a Markdown table: one row per endpoint or page, a column per role.</summary>
    public static string Markdown(IEnumerable<RouteEndpoint> endpoints)
    {
        var roles = Enum.GetValues<Role>();
        var text = new StringBuilder();
        text.AppendLine("# 访问控制矩阵 / Access-control matrix");
        text.AppendLine();
        text.AppendLine("Generated from the rules each endpoint and page declares (`.Allow(…)`, `[Allow]`, `AllowAnonymous`) by `AccessMatrixTests`, which also asks every endpoint as every role on a record of the user's own organisation and of another's and checks each answer against these rules. ✓ = the role is admitted; the organisation column names the kinds of organisation the user must work in; the record column says what the route's `{id}` must name within the user's organisation or one under it (otherwise 404).");
        text.AppendLine();
        text.AppendLine($"| Endpoint | Rule | {string.Join(" | ", roles.Select(r => Labels.Of(r)))} | Organisation | Record |");
        text.AppendLine($"|---|---|{string.Concat(roles.Select(_ => "---|"))}---|---|");
        foreach (var endpoint in endpoints)
        {
            var rules = endpoint.Metadata.GetOrderedMetadata<Access>();
            if (rules.Count == 0)
            {
                if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null) continue;
                text.AppendLine($"| `{Name(endpoint)}` | anyone, signed in or not | {string.Concat(roles.Select(_ => "✓ | "))}— | — |");
                continue;
            }
            var kinds = rules.Where(r => r.OrganisationKinds is not null).SelectMany(r => r.OrganisationKinds!).Distinct().ToList();
            var scope = rules.Select(r => r.Scope).FirstOrDefault(s => s != AccessScope.None);
            text.AppendLine($"| `{Name(endpoint)}` | {string.Join("; ", rules.Select(r => r.Rule).Distinct())} | "
                            + string.Concat(roles.Select(r => rules.All(a => a.Roles.Contains(r)) ? "✓ | " : " | "))
                            + $"{(kinds.Count == 0 ? "any" : string.Join(", ", kinds.Select(k => Labels.Of(k))))} | {(scope == AccessScope.None ? "—" : scope.ToString().ToLowerInvariant())} |");
        }
        return text.ToString();
    }

    public static string Method(RouteEndpoint endpoint) => endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.FirstOrDefault() ?? "GET";

    public static string Route(RouteEndpoint endpoint) => "/" + endpoint.RoutePattern.RawText!.TrimStart('/');

    public static string Name(RouteEndpoint endpoint) => $"{Method(endpoint)} {Route(endpoint)}";

    public static bool IsApi(RouteEndpoint endpoint) => SignIn.IsApi(new PathString(Route(endpoint)));

    /// <summary>The sign-in and error pages, and the endpoints ASP.NET Core adds for a page's handler selection: nothing to refuse.</summary>
    public static bool IsExcluded(RouteEndpoint endpoint) => Route(endpoint) is "/signin" or "/error/{code:int}";

    [GeneratedRegex(@"\{\*?(\w+)(?::[^{}]*(?:\{[^{}]*\}[^{}]*)*)?\??\}")]
    private static partial Regex Parameter();

    /// <summary>The route with its parameters filled: the record's id and kind, or a value of the right type that names nothing.</summary>
    public static string Path(RouteEndpoint endpoint, long? id, CaseKind? kind, int targetUser)
    {
        var route = Route(endpoint);
        var pageKind = (kind ?? CaseKind.Arbitration).ToString().ToLowerInvariant();
        return Parameter().Replace(route, m => m.Groups[1].Value switch
        {
            "id" when route.Contains("/users/") => targetUser.ToString(),
            "id" => (id ?? 999_999).ToString(),
            "kind" when IsApi(endpoint) => "arbitration-cases",
            "kind" => pageKind,
            "action" when IsApi(endpoint) => "no-such-action",
            "action" => "",
            "template" or "name" => "mediation-agreement",
            "year" => "2099",
            "code" => "no-such-code",
            "creditCode" => TestIds.Employer(9105),
            "ledger" => "edit",
            "documentName" => "v1",
            _ => "999999",
        }).TrimEnd('/');
    }
}

public sealed class AccessMatrixTestsOnSqlite(SqliteApp app) : AccessMatrixTests<SqliteApp>(app);

[Trait("Database", "MariaDb")]
public sealed class AccessMatrixTestsOnMariaDb(MariaDbApp app) : AccessMatrixTests<MariaDbApp>(app);
