using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseFlow.Data;
using CaseFlow.Domain;
using CaseFlow.Features.Inspection;
using CaseFlow.Features.Projects;
using CaseFlow.Infrastructure;
using CaseFlow.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Tests.Features.Security;

/// <summary>
/// A corpus of malformed requests generated from the OpenAPI document, against every write endpoint: bodies
/// that are not JSON, members of the wrong type, missing or unknown, huge and empty strings, control
/// characters and half surrogate pairs, impossible dates, SQL in numbers, dates and enumerations, and path
/// tricks in ids, template names and document names. Each request carries one defect into an otherwise
/// well-formed request, sent as a user the endpoint admits on a record they may see, so that it reaches the
/// endpoint's own checks. None may be answered with 500 or above, and no row of any table may change.
/// </summary>
public abstract class MalformedInputTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseFlowApp
{
    static readonly string[] Users = ["registrar", "mediator", "arbitrator", "inspector", "head", "brigade.head", "brigade.registrar", "analyst", "admin"];
    const int PerEndpoint = 24;
    const string HalfSurrogate = "HALF-SURROGATE";

    sealed record Malformed(string What, string Path, HttpContent? Content);

    [Fact]
    public async Task Malformed_requests_to_every_write_endpoint_change_nothing_and_never_answer_500()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        var records = await RecordsAsync();
        var users = await app.Query(db => db.Users.AsNoTracking().Include(u => u.Organisation).Where(u => Users.Contains(u.UserName!)).ToListAsync());
        var parents = await app.Query(db => db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.ParentId));
        var tokens = new Dictionary<string, string>();
        foreach (var user in Users) tokens[user] = (await app.As(user)).DefaultRequestHeaders.Authorization!.Parameter!;
        var endpoints = AccessMatrix.Endpoints(app.Services);

        var sent = 0;
        var refused = 0;
        var skipped = new List<string>();
        var failures = new List<string>();
        foreach (var (route, item) in document["paths"]!.AsObject())
        foreach (var (method, operation) in item!.AsObject())
        {
            if (method is not ("post" or "put" or "patch" or "delete")) continue;
            var name = $"{method.ToUpperInvariant()} {route}";
            var endpoint = endpoints.Single(e => AccessMatrix.Method(e) == method.ToUpperInvariant() && Normalised(AccessMatrix.Route(e)) == route);
            var rules = endpoint.Metadata.GetOrderedMetadata<Access>();
            var scope = rules.Select(r => r.Scope).FirstOrDefault(s => s != AccessScope.None);
            var kind = rules.Select(r => r.CaseKind).FirstOrDefault(k => k is not null);
            var (recordId, owner) = records.For(scope, kind, route);
            var user = rules.Count == 0 ? null : users.FirstOrDefault(u => rules.All(r => r.Admits(u.Role, u.Organisation!.Kind))
                                                                         && (scope == AccessScope.None || u.OrganisationId == owner || parents[owner] == u.OrganisationId));
            Assert.True(rules.Count == 0 || user is not null, $"{name}: no demo user the rule admits");

            var parameters = (operation!["parameters"]?.AsArray() ?? []).Where(p => p!["in"]!.GetValue<string>() == "path").Select(p => p!["name"]!.GetValue<string>()).ToList();
            var values = parameters.ToDictionary(p => p, p => records.PathValue(p, route, recordId));
            var schema = operation["requestBody"]?["content"]?["application/json"]?["schema"];
            var corpus = Corpus(document, route, values, schema, raw: operation["requestBody"] is null && parameters.Count > 0 ? RawBodies(route) : null).Take(PerEndpoint).ToList();
            if (corpus.Count == 0) { skipped.Add(name); continue; }

            var before = await DigestAsync();
            foreach (var request in corpus)
            {
                using var message = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), request.Path) { Content = request.Content };
                if (user is not null) message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[user.UserName!]);
                using var response = await client.SendAsync(message);
                sent++;
                if ((int)response.StatusCode >= 500) failures.Add($"{name} with {request.What}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                if ((int)response.StatusCode is >= 400 and < 500) refused++;
            }
            var after = await DigestAsync();
            foreach (var table in before.Keys.Where(t => before[t] != after[t]))
                failures.Add($"{name}: the malformed requests changed rows of {table} ({string.Join("; ", corpus.Select(c => c.What))})");
        }

        var summary = $"{sent} malformed requests to {document["paths"]!.AsObject().Sum(p => p.Value!.AsObject().Count(m => m.Key is "post" or "put" or "patch" or "delete")) - skipped.Count} write endpoints, "
                      + $"{refused} refused with 4xx; no input to malform: {string.Join(", ", skipped)}";
        Console.WriteLine($"malformed input on {app.Provider}: {summary}");
        Assert.True(failures.Count == 0, $"{summary}\n{failures.Count} failures:\n{string.Join("\n", failures.Take(40))}");
        Assert.True(sent >= 500, summary);
    }

    static string Normalised(string route) => System.Text.RegularExpressions.Regex.Replace(route, @"\{(\w+)(:[^}]*)?\}", "{$1}").TrimEnd('/');

    /// <summary>The malformed requests of one operation: each a well-formed sample with one defect.</summary>
    static IEnumerable<Malformed> Corpus(JsonNode document, string route, Dictionary<string, string> values, JsonNode? schema, IReadOnlyList<(string What, string Body, string Type)>? raw)
    {
        string PathWith(string? name = null, string? value = null) =>
            System.Text.RegularExpressions.Regex.Replace(route, @"\{(\w+)\}", m => m.Groups[1].Value == name ? value! : Uri.EscapeDataString(values[m.Groups[1].Value]));
        var path = PathWith();
        // Half a surrogate pair cannot be written by a JSON writer; it goes in as the escape a client could send.
        HttpContent Json(string text) => new StringContent(text.Replace(HalfSurrogate, "\\ud842"), Encoding.UTF8, "application/json");
        var sample = schema is null ? null : Sample(document, schema);
        HttpContent Body() => sample is null ? Json("{}") : Json(sample.ToJsonString());

        foreach (var name in values.Keys)
            foreach (var trick in PathTricks(name))
                yield return new($"{{{name}}} = {trick}", PathWith(name, trick), raw is null ? Body() : new StringContent(raw[0].Body, Encoding.UTF8, raw[0].Type));

        if (raw is not null)
        {
            foreach (var (what, text, type) in raw) yield return new(what, path, new StringContent(text, Encoding.UTF8, type));
            yield break;
        }
        if (sample is not JsonObject body) yield break;
        yield return new("a body that is not JSON", path, Json("{\"version\": 1,"));
        yield return new("an empty body", path, Json(""));
        yield return new("JSON null", path, Json("null"));
        yield return new("an array for the object", path, Json("[]"));
        yield return new("an unknown member", path, Json(With(body, "unexpectedField", JsonValue.Create(1)).ToJsonString()));

        var properties = Resolve(document, schema!)["properties"]?.AsObject() ?? [];
        var required = (Resolve(document, schema!)["required"]?.AsArray() ?? []).Select(r => r!.GetValue<string>()).ToHashSet();
        foreach (var (name, property) in properties)
        {
            var p = Resolve(document, property!);
            var types = Types(p);
            foreach (var (what, value) in Defects(document, p, types, required.Contains(name)))
                yield return new($"{name} {what}", path, Json(With(body, name, value).ToJsonString()));
            if (required.Contains(name)) yield return new($"{name} missing", path, Json(Without(body, name).ToJsonString()));
        }
    }

    /// <summary>Values no field of its schema may take: the wrong type, and what the field's kind forbids.</summary>
    static IEnumerable<(string What, JsonNode? Value)> Defects(JsonNode document, JsonNode property, HashSet<string> types, bool required)
    {
        if (property["enum"] is JsonArray)
        {
            yield return ("an unknown enumeration value with SQL", JsonValue.Create("Ordinary' OR '1'='1"));
            yield return ("an enumeration value in 4-byte characters", JsonValue.Create("𠮷𠮷"));
            yield break;
        }
        if (types.Contains("integer") || types.Contains("number"))
        {
            yield return ("as SQL", JsonValue.Create("1 OR 1=1"));
            yield return ("as an object", new JsonObject { ["value"] = 1 });
            yield break;
        }
        if (types.Contains("boolean")) { yield return ("as a word", JsonValue.Create("yes")); yield break; }
        if (types.Contains("array")) { yield return ("as an object", new JsonObject()); yield break; }
        if (types.Contains("object")) { yield return ("as an array", new JsonArray()); yield break; }
        if (!types.Contains("string")) yield break;
        var format = property["format"]?.GetValue<string>();
        if (format is "date" or "date-time")
        {
            yield return ("on 30 February", JsonValue.Create("2026-02-30"));
            yield return ("with SQL", JsonValue.Create("2026-11-02'; DROP TABLE Cases; --"));
            yield return ("in month 13", JsonValue.Create("2026-13-01"));
            yield break;
        }
        yield return ("as a number", JsonValue.Create(12345));
        yield return ("20,001 characters long", JsonValue.Create(new string('长', TextInputConverter.MaxLength + 1)));
        yield return ("with control characters", JsonValue.Create("名\u0000字\u001b[31m"));
        yield return ("with half a surrogate pair", JsonValue.Create(HalfSurrogate + "名"));
        if (required) yield return ("empty", JsonValue.Create(""));
    }

    static IEnumerable<string> PathTricks(string name) => name switch
    {
        // As sent on the wire: raw dot segments (which a client may collapse), escaped ones (which reach the route), an escaped NUL.
        "template" or "name" => ["../../../../etc/passwd", "..%2F..%2F..%2Fetc%2Fpasswd", "..%5C..%5Cweb.config", "arbitration-award%2F..%2F..%2Fx", "%2500",
            Uri.EscapeDataString("<script>alert(1)</script>"), Uri.EscapeDataString("𠮷")],
        "code" => ["..%2F..%2Fetc%2Fpasswd", Uri.EscapeDataString("x' OR '1'='1")],
        _ => ["-1", "99999999999999999999", Uri.EscapeDataString("1 OR 1=1"), "..%2F1"],
    };

    /// <summary>Bodies of the endpoints that read their body themselves (a calendar, a roster, a template), each broken.</summary>
    static List<(string What, string Body, string Type)>? RawBodies(string route) => route switch
    {
        _ when route.Contains("/calendar/") =>
        [
            ("a calendar that is not JSON", "[{\"date\":", "application/json"),
            ("a calendar day on 30 February", "2026-02-30,holiday,元旦", "text/csv"),
            ("a calendar day of another kind", "2026-10-01,party,国庆节", "text/csv"),
            ("a calendar line with control characters", "2026-10-01,holiday,国\u0000庆", "text/csv"),
        ],
        _ when route.EndsWith("/roster") =>
        [
            ("a roster in an unknown format", "<roster/>", "application/xml"),
            ("a roster without its header", "张三,440783199001011234", "text/csv"),
            ("a workbook that is not one", "PK\u0003\u0004broken", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ],
        _ when route.Contains("/templates/") =>
        [
            ("an empty template", "", "text/html"),
            ("a template that does not parse", "<html>{% if %}</html>", "text/html"),
            ("a template that renders no HTML", "plain text {{ case.number }}", "text/html"),
        ],
        _ => null,
    };

    static JsonNode Resolve(JsonNode document, JsonNode schema)
    {
        while (schema["$ref"]?.GetValue<string>() is { } reference)
            schema = document["components"]!["schemas"]![reference.Split('/')[^1]]!;
        return schema;
    }

    static HashSet<string> Types(JsonNode schema) => schema["type"] switch
    {
        JsonArray list => list.Select(t => t!.GetValue<string>()).ToHashSet(),
        JsonValue one => [one.GetValue<string>()],
        _ => schema["properties"] is not null ? ["object"] : [],
    };

    /// <summary>A value the schema describes: what a client following the document would send.</summary>
    static JsonNode? Sample(JsonNode document, JsonNode schema, int depth = 0)
    {
        schema = Resolve(document, schema);
        if (schema["enum"] is JsonArray values) return values.FirstOrDefault(v => v is not null)?.DeepClone();
        var types = Types(schema);
        if (types.Contains("object") && depth < 4)
            return new JsonObject((schema["properties"]?.AsObject() ?? []).Select(p => KeyValuePair.Create(p.Key, Sample(document, p.Value!, depth + 1))));
        if (types.Contains("array") && depth < 4) return schema["items"] is { } items ? new JsonArray(Sample(document, items, depth + 1)) : new JsonArray();
        if (types.Contains("integer")) return JsonValue.Create(1);
        if (types.Contains("number")) return JsonValue.Create(100.5m);
        if (types.Contains("boolean")) return JsonValue.Create(true);
        if (types.Contains("string"))
            return schema["format"]?.GetValue<string>() switch
            {
                "date" => JsonValue.Create("2026-11-02"),
                "date-time" => JsonValue.Create("2026-11-02T09:30:00+08:00"),
                _ => JsonValue.Create("测试"),
            };
        return null;
    }

    static JsonObject With(JsonObject body, string name, JsonNode? value)
    {
        var copy = body.DeepClone().AsObject();
        copy[name] = value?.DeepClone();
        return copy;
    }

    static JsonObject Without(JsonObject body, string name)
    {
        var copy = body.DeepClone().AsObject();
        copy.Remove(name);
        return copy;
    }

    /// <summary>A digest of every row of every table, table by table.</summary>
    async Task<Dictionary<string, string>> DigestAsync() => await app.Query(async db =>
    {
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).Where(t => t is not null).Distinct().Order().ToList();
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        var digests = new Dictionary<string, string>();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = db.Database.IsSqlite() ? $"SELECT * FROM \"{table}\"" : $"SELECT * FROM `{table}`";
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                var row = new StringBuilder();
                for (var i = 0; i < reader.FieldCount; i++)
                    row.Append(reader.IsDBNull(i) ? "∅" : reader.GetValue(i) is byte[] bytes ? Convert.ToHexString(SHA256.HashData(bytes)) : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('\u001f');
                rows.Add(row.ToString());
            }
            rows.Sort(StringComparer.Ordinal);
            digests[table!] = $"{rows.Count} rows {Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001e', rows))))[..16]}";
        }
        return digests;
    });

    sealed record Records(long Arbitration, long Mediation, long Inspection, long Project, long Warning, long Listing, int Commission, int Brigade, int TargetUser, string Plan)
    {
        public (long Id, int Owner) For(AccessScope scope, CaseKind? kind, string route) => scope switch
        {
            AccessScope.Case => kind switch
            {
                CaseKind.Arbitration => (Arbitration, Commission),
                CaseKind.Mediation => (Mediation, Commission),
                _ => (Inspection, Brigade),
            },
            AccessScope.Project => (Project, Brigade),
            AccessScope.Warning => (Warning, Brigade),
            AccessScope.Listing => (Listing, Brigade),
            _ when route.Contains("/users/") => (TargetUser, 0),
            _ => (0, 0),
        };

        /// <summary>A path parameter that names something real, so that the request reaches the endpoint's checks.</summary>
        public string PathValue(string name, string route, long id) => name switch
        {
            "id" => id.ToString(),
            "template" or "name" => "mediation-agreement",
            "code" when route.Contains("/clocks/") => "acceptance",
            "code" => Plan,
            "year" => "2026",
            _ => "1",
        };
    }

    async Task<Records> RecordsAsync()
    {
        var r = await SecurityRecords.CreateAsync(app, 9200, "corpus.target");
        var plans = await (await (await app.As("admin")).GetAsync("/api/plans")).Read(HttpStatusCode.OK);
        return new Records(r.Arbitration, r.CommissionMediation, r.Inspection, r.Project, r.Warning, r.Listing, r.Commission, r.Brigade, r.TargetUser,
            plans[0].GetProperty("plan").GetString()!);
    }
}

public sealed class MalformedInputTestsOnSqlite(SqliteApp app) : MalformedInputTests<SqliteApp>(app);

[Trait("Database", "MariaDb")]
public sealed class MalformedInputTestsOnMariaDb(MariaDbApp app) : MalformedInputTests<MariaDbApp>(app);
