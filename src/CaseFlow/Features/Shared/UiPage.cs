using CaseFlow.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseFlow.Features.Shared;

/// <summary>What every page of the web UI knows: the signed-in user, as the API's endpoints read them.</summary>
public abstract class UiPage : PageModel
{
    CurrentUser? user;

    public CurrentUser CurrentUser => user ??= CurrentUser.From(User);
}
