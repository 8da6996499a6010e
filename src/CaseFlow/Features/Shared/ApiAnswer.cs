using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CaseFlow.Features.Shared;

/// <summary>
/// What an API handler answered, read by a page that called it directly: the value of a success, the
/// field errors of a validation problem, or the problem. The page shows the API's own verdict.
/// </summary>
public sealed record ApiAnswer(int Status, object? Value, IDictionary<string, string[]> Errors, ProblemDetails? Problem)
{
    public bool Succeeded => Status is >= 200 and < 300;

    public static ApiAnswer Of(IResult result) => result switch
    {
        ValidationProblem v => new(StatusCodes.Status400BadRequest, null, v.ProblemDetails.Errors, v.ProblemDetails),
        ProblemHttpResult p => new(p.StatusCode, null, new Dictionary<string, string[]>(), p.ProblemDetails),
        IValueHttpResult value => new((result as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK, value.Value, new Dictionary<string, string[]>(), null),
        IStatusCodeHttpResult status => new(status.StatusCode ?? StatusCodes.Status200OK, null, new Dictionary<string, string[]>(), null),
        _ => new(StatusCodes.Status200OK, null, new Dictionary<string, string[]>(), null),
    };

    public T? Extension<T>(string name) =>
        Problem?.Extensions.TryGetValue(name, out var value) == true && value is T typed ? typed : default;
}
