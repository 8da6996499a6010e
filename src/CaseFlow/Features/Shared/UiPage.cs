using CaseFlow.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseFlow.Features.Shared;

/// <summary>What every page of the web UI knows: the signed-in user, as the API's endpoints read them.</summary>
public abstract class UiPage : PageModel
{
    CurrentUser? user;

    public CurrentUser CurrentUser => user ??= CurrentUser.From(User);

    /// <summary>
    /// A form's text is held to the API's rules for characters (<see cref="TextInputConverter.CharacterProblem"/>) before
    /// any handler runs: a field with a control character or half a surrogate pair refuses the whole form with 400, naming
    /// the field and the rule on the error page, and nothing is stored. Lengths are the handlers' own to check (a
    /// template's source may be longer than any text of a request).
    /// </summary>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (Request.HasFormContentType && FormTextBreach.Find(await Request.ReadFormAsync()) is { } breach)
        {
            HttpContext.Items[typeof(FormTextBreach)] = breach;
            context.Result = new StatusCodeResult(StatusCodes.Status400BadRequest);
            return;
        }
        await next();
    }
}

/// <summary>The first field of a form whose characters break a rule, and the rule.</summary>
public sealed record FormTextBreach(string Field, string Rule)
{
    public static FormTextBreach? Find(IFormCollection form) =>
        form.SelectMany(field => field.Value.Select(value => (field.Key, Rule: value is null ? null : TextInputConverter.CharacterProblem(value))))
            .Where(f => f.Rule is not null).Select(f => new FormTextBreach(f.Key, f.Rule!)).FirstOrDefault();
}
