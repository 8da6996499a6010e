using CaseFlow.Infrastructure;
using CaseFlow.Domain;
using CaseFlow.Features.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Features.Users;

/// <summary>修改密码: the user's own password, by the user API's handler; the first thing a user given a password must do.</summary>
[Allow(typeof(Access), nameof(Access.SignedIn))]
public sealed class PasswordModel(Data.CaseFlowDbContext db, UserManager<User> users, SignInManager<User> signIn, AccountPolicy policy) : UiPage
{
    [BindProperty] public string? CurrentPassword { get; set; }
    [BindProperty] public string? NewPassword { get; set; }
    [BindProperty] public string? Confirmation { get; set; }

    public Dictionary<string, string> Errors { get; } = [];
    public bool Forced { get; private set; }
    public bool Changed { get; private set; }
    public AccountPolicy Policy => policy;

    public async Task OnGetAsync([FromQuery] bool changed = false)
    {
        Changed = changed;
        Forced = await db.Users.Where(u => u.Id == CurrentUser.Id).Select(u => u.MustChangePassword).SingleAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Forced = await db.Users.Where(u => u.Id == CurrentUser.Id).Select(u => u.MustChangePassword).SingleAsync();
        if (NewPassword != Confirmation) Errors["confirmation"] = "两次输入的新密码不一致";
        else
        {
            var answer = ApiAnswer.Of(await Infrastructure.Transaction.RunAsync(HttpContext,
                () => UserEndpoints.ChangeOwnPasswordAsync(new OwnPasswordRequest(CurrentPassword ?? "", NewPassword ?? ""), HttpContext, db, users, signIn, policy)));
            if (answer.Succeeded)
            {
                // The old cookie carries the old stamp and no longer counts: this browser is signed in afresh.
                db.ChangeTracker.Clear();
                signIn.AuthenticationScheme = IdentityConstants.ApplicationScheme;
                await signIn.SignInAsync(await db.Users.SingleAsync(u => u.Id == CurrentUser.Id), isPersistent: false);
                return Redirect("/account/password?changed=true");
            }
            foreach (var (field, rules) in answer.Errors) Errors[field] = string.Join("；", rules);
            if (answer.Errors.Count == 0) Errors["newPassword"] = answer.Problem?.Detail ?? "未能修改密码";
        }
        return Page();
    }
}
