using System.Text.Json;
using System.Text.RegularExpressions;
using CaseFlow.Workflows;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Infrastructure;

/// <summary>RFC 9457 problem details for every way a request can go wrong.</summary>
public static partial class Problems
{
    public static ValidationProblem Invalid(string field, string rule) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [rule] }, title: "The request breaks a rule", detail: $"{field} {rule}");

    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "The request breaks a rule",
            detail: string.Join("; ", errors.Select(e => $"{e.Key} {string.Join(", ", e.Value)}")));

    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(title: "Not found", detail: what, statusCode: StatusCodes.Status404NotFound);

    public static ProblemHttpResult Forbidden(string rule) =>
        TypedResults.Problem(title: "Not permitted for this user", detail: rule, statusCode: StatusCodes.Status403Forbidden);

    public static ProblemHttpResult StaleVersion(int? current, int status = StatusCodes.Status409Conflict) =>
        TypedResults.Problem(
            title: "The case changed since it was read",
            detail: current is null ? "another user changed the case first; read it again and retry" : $"the case is now at version {current}; read it again and retry",
            statusCode: status,
            extensions: new Dictionary<string, object?> { ["currentVersion"] = current });

    /// <summary>Maps an action's outcome other than success to its problem.</summary>
    public static IResult From(ActionOutcome outcome) => outcome switch
    {
        ActionOutcome.UnknownAction u => TypedResults.Problem(
            title: "No such action", detail: $"'{u.Action}' is not an action of this kind of case",
            statusCode: StatusCodes.Status404NotFound, extensions: new Dictionary<string, object?> { ["knownActions"] = u.Known }),
        ActionOutcome.WrongState w => TypedResults.Problem(
            title: "Not permitted in the case's state",
            detail: $"the case is {w.State}; permitted now: {(w.Permitted.Count == 0 ? "nothing" : string.Join(", ", w.Permitted))}",
            statusCode: StatusCodes.Status409Conflict,
            extensions: new Dictionary<string, object?> { ["state"] = w.State, ["permittedActions"] = w.Permitted }),
        ActionOutcome.Forbidden f => Forbidden(f.Rule),
        ActionOutcome.GuardsUnmet g => TypedResults.Problem(
            title: "A condition of the action is not met", detail: string.Join("; ", g.Guards),
            statusCode: StatusCodes.Status409Conflict, extensions: new Dictionary<string, object?> { ["unmetConditions"] = g.Guards }),
        ActionOutcome.Invalid i => Invalid(i.Field, i.Rule),
        ActionOutcome.Stale s => StaleVersion(s.CurrentVersion),
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };

    [GeneratedRegex("missing required properties including: (.+)\\.?$")]
    private static partial Regex MissingProperties();

    /// <summary>The field and rule behind a body that could not be read.</summary>
    public static IDictionary<string, string[]> BodyErrors(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException json)
        {
            var missing = MissingProperties().Match(json.Message);
            if (missing.Success)
                return missing.Groups[1].Value.Split(',').Select(n => n.Trim(' ', '\'', '.'))
                    .ToDictionary(n => n, _ => new[] { "必须填写" });
            var path = string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "body" : json.Path.TrimStart('$', '.');
            var rule = json is TextInputException text ? text.Rule
                : json.Message.Contains("could not be mapped", StringComparison.Ordinal) ? "is not a field of this request"
                : json.Message.Contains("could not be converted", StringComparison.Ordinal) ? "has a value of the wrong type or an unknown enum value"
                : "is not well-formed JSON";
            return new Dictionary<string, string[]> { [path] = [rule] };
        }
        return new Dictionary<string, string[]> { ["body"] = [exception.Message] };
    }
}

/// <summary>Turns exceptions into problem details; nothing reaches the client as a bare 500.</summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, Microsoft.Extensions.Logging.ILogger<ProblemExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        // A page's error is a page (see WebUi.UseErrorPages), not JSON. The request's path is the error
        // page's by now; the feature keeps the one that failed.
        var failed = http.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? http.Request.Path.Value;
        if (!SignIn.IsApi(failed)) return false;
        var (status, title, detail, errors) = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
                (413, "The request body is too large", $"at most {RequestLimits.MaxBodyBytes} bytes", null),
            BadHttpRequestException bad => (400, "The request could not be read", null, Problems.BodyErrors(bad)),
            DbUpdateConcurrencyException => (409, "The case changed since it was read", "another user changed the case first; read it again and retry", null),
            _ when IsDatabaseOutage(exception) => (503, "The database is not available", "nothing was stored; try again in a moment", null),
            _ => (500, "Something went wrong on the server", "the error has been logged; nothing was stored", (IDictionary<string, string[]>?)null),
        };
        // The error is logged here: since .NET 10 the exception handler middleware leaves an exception an
        // IExceptionHandler has handled unlogged, and the client is told that it has been.
        if (status >= 500) Microsoft.Extensions.Logging.LoggerExtensions.LogError(log, exception, "{Method} {Path} failed with {Status}", http.Request.Method, failed, status);
        http.Response.StatusCode = status;
        if (status == 503) http.Response.Headers.RetryAfter = "5";
        var details = errors is null
            ? new ProblemDetails { Status = status, Title = title, Detail = detail }
            : new ValidationProblemDetails(errors) { Status = status, Title = title, Detail = string.Join("; ", errors.Select(e => $"{e.Key} {string.Join(", ", e.Value)}")) };
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = details, Exception = exception });
    }

    /// <summary>A transient database failure, or the retries of one running out: the server is down or unreachable.</summary>
    public static bool IsDatabaseOutage(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
            if (e is Microsoft.EntityFrameworkCore.Storage.RetryLimitExceededException || e is System.Data.Common.DbException { IsTransient: true }
                || e is MySqlConnector.MySqlException { ErrorCode: MySqlConnector.MySqlErrorCode.UnableToConnectToHost })
                return true;
        return false;
    }
}

/// <summary>
/// Refuses oversize bodies before they are read, whatever server hosts CaseFlow: 1 MB for every request,
/// except a roster upload (the API's import and the project page's form), which may carry the largest
/// roster the import takes.
/// </summary>
public sealed partial class RequestLimits(RequestDelegate next)
{
    public const long MaxBodyBytes = 1024 * 1024;
    public const long MaxUploadBytes = 16 * 1024 * 1024;

    [System.Text.RegularExpressions.GeneratedRegex(@"^(/api)?/projects/\d+(/roster)?$")]
    private static partial System.Text.RegularExpressions.Regex RosterUpload();

    public Task InvokeAsync(HttpContext http)
    {
        var most = HttpMethods.IsPost(http.Request.Method) && RosterUpload().IsMatch(http.Request.Path.Value ?? "") ? MaxUploadBytes : MaxBodyBytes;
        if (http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = most;
        if (http.Request.ContentLength > most)
            throw new BadHttpRequestException("request body too large", StatusCodes.Status413PayloadTooLarge);
        return next(http);
    }
}
