using CaseFlow.Features.Shared;
using Microsoft.AspNetCore.Http;

namespace CaseFlow.Features.Admin;

/// <summary>An administration page: it calls the admin API's own handler and shows its verdict.</summary>
public abstract class AdminPage : UiPage
{
    public Dictionary<string, string> Errors { get; } = [];
    public string? Saved { get; protected set; }

    /// <summary>Runs the handler in the API's transaction and reads its answer into <see cref="Errors"/>.</summary>
    protected async Task<ApiAnswer> RunAsync(Func<Task<IResult>> handler, string field, string saved)
    {
        var answer = ApiAnswer.Of(await Infrastructure.Transaction.RunAsync(HttpContext, handler));
        if (answer.Succeeded) Saved = saved;
        else if (answer.Errors.Count > 0) foreach (var (key, rules) in answer.Errors) Errors[field] = $"{key}：{string.Join("；", rules)}";
        else Errors[field] = answer.Problem?.Detail ?? "保存失败，未保存任何内容";
        return answer;
    }

    public IReadOnlyList<ErrorLink> ErrorLinks => Errors.Select(e => new ErrorLink(e.Key, e.Value)).ToList();
}
