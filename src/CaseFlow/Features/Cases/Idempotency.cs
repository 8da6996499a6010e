using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CaseFlow.Data;
using CaseFlow.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaseFlow.Features.Cases;

/// <summary>An intake made with an <c>Idempotency-Key</c>: the key, whose it is, and the case it made.</summary>
public class IdempotencyKey
{
    public int UserId { get; set; }
    public required string Key { get; set; }
    public long CaseId { get; set; }
    /// <summary>SHA-256 of the request body, so that a key reused for another request is refused.</summary>
    public required string RequestHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>
/// Makes <c>POST /api/{kind}</c> safe to retry: a request carrying an <c>Idempotency-Key</c> the user
/// has used before gets the case made the first time, even when the two requests race — the loser's
/// transaction fails on the key's primary key and is answered with the winner's case.
/// </summary>
public sealed class IdempotencyFilter(CaseKindInfo kind) : IEndpointFilter
{
    public const string Header = "Idempotency-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var body = context.Arguments.OfType<Workflows.ActionRequest>().FirstOrDefault();
        return await RunAsync(http, http.Request.Headers[Header].ToString(), body, async () => await next(context));
    }

    /// <summary>Runs an intake once per key: the API's filter and the web UI's intake form (whose key is a hidden field) both go through here.</summary>
    public async Task<object?> RunAsync(HttpContext http, string key, Workflows.ActionRequest? body, Func<Task<object?>> next)
    {
        if (key.Length == 0) return await next();
        if (key.Length > 100) return Problems.Invalid(Header, "must have at most 100 characters");

        var user = CurrentUser.From(http.User);
        var hash = RequestHash(http, body);
        http.Items[typeof(IdempotencyKey)] = new IdempotencyKey { UserId = user.Id, Key = key, RequestHash = hash };
        if (await Replay(http, user, key, hash) is { } earlier) return earlier;
        try
        {
            return await next();
        }
        catch (DbUpdateException)
        {
            // Another request with the same key won the race; answer with its case.
            var replay = await Replay(http, user, key, hash);
            if (replay is null) throw;
            return replay;
        }
    }

    async Task<IResult?> Replay(HttpContext http, CurrentUser user, string key, string hash)
    {
        await using var scope = http.RequestServices.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
        var earlier = await db.Set<IdempotencyKey>().AsNoTracking().SingleOrDefaultAsync(k => k.UserId == user.Id && k.Key == key);
        if (earlier is null) return null;
        if (earlier.RequestHash != hash)
            return TypedResults.Problem(title: "Idempotency-Key reused", statusCode: StatusCodes.Status422UnprocessableEntity,
                detail: $"the key '{key}' was used for a different request; use a new key for a new case");
        var @case = await CaseEndpoints.FindVisible(kind, earlier.CaseId, db, user, tracking: false);
        if (@case is null) return null;
        http.Response.Headers["Idempotent-Replayed"] = "true";
        return TypedResults.Created($"/api/{kind.Segment}/{@case.Id}", scope.ServiceProvider.GetRequiredService<CaseServices>().View(@case, user));
    }

    static string RequestHash(HttpContext http, Workflows.ActionRequest? body)
    {
        var json = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var bytes = body is null ? [] : JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), json);
        return Convert.ToHexString(SHA256.HashData(bytes));
    }
}
