using System.ComponentModel.DataAnnotations;
using CaseFlow.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseFlow.Features.Auth;

/// <summary>登录: the same users and passwords as the API, signed in with a cookie.</summary>
public sealed class SignInModel(SignInManager<User> signIn) : PageModel
{
    [BindProperty, Display(Name = "用户名")]
    public string? UserName { get; set; }

    [BindProperty, Display(Name = "密码"), DataType(DataType.Password)]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public Dictionary<string, string> Errors { get; } = [];

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? LocalRedirect(SafeReturnUrl) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(UserName)) Errors[nameof(UserName)] = "请输入用户名";
        if (string.IsNullOrEmpty(Password)) Errors[nameof(Password)] = "请输入密码";
        if (Errors.Count > 0) return Page();

        signIn.AuthenticationScheme = IdentityConstants.ApplicationScheme;
        var result = await signIn.PasswordSignInAsync(UserName!.Trim(), Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(SafeReturnUrl);
        Errors[nameof(Password)] = result.IsLockedOut
            ? "登录失败次数过多，账户已暂时锁定，请稍后再试"
            : "用户名或密码不正确";
        return Page();
    }

    /// <summary>Only a path of this site: an open redirect would send a clerk anywhere.</summary>
    string SafeReturnUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
}
