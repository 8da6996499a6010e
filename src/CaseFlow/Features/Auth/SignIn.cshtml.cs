using System.ComponentModel.DataAnnotations;
using CaseFlow.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseFlow.Features.Auth;

/// <summary>登录: the same users and passwords as the API, signed in with a cookie.</summary>
public sealed class SignInModel(SignInManager<User> signIn, Data.CaseFlowDbContext db, Users.SignInThrottle throttle) : PageModel
{
    [BindProperty, Display(Name = "用户名")]
    public string? UserName { get; set; }

    [BindProperty, Display(Name = "密码"), DataType(DataType.Password)]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Set when the session ended because the password changed, the user was disabled or their role changed.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Ended { get; set; }

    public Dictionary<string, string> Errors { get; } = [];

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? LocalRedirect(SafeReturnUrl) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(UserName)) Errors[nameof(UserName)] = "请输入用户名";
        if (string.IsNullOrEmpty(Password)) Errors[nameof(Password)] = "请输入密码";
        if (Errors.Count > 0) return Page();

        var outcome = await Users.SignInAttempt.RunAsync(HttpContext, signIn, db, throttle, UserName!.Trim(), Password!, IdentityConstants.ApplicationScheme);
        if (outcome.Succeeded) return LocalRedirect(SafeReturnUrl);
        Errors[nameof(Password)] = outcome.Message;
        if (outcome.Status == StatusCodes.Status429TooManyRequests) Response.StatusCode = outcome.Status;
        return Page();
    }

    /// <summary>Only a path of this site: an open redirect would send a clerk anywhere.</summary>
    string SafeReturnUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
}
