using CaseFlow.Data;
using CaseFlow.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Features.Users;

/// <summary>How a sign-in ended, with the message the user reads (in Chinese) and, when refused for a while, until when.</summary>
public sealed record SignInOutcome(bool Succeeded, string Message, int Status, TimeSpan? RetryAfter = null);

/// <summary>
/// One sign-in by name and password, for the API and the sign-in page alike: refused while the client's
/// address has too many failures (throttling), counted towards the account's lockout, and the lockout
/// recorded in the account's audit trail when this attempt caused it.
/// </summary>
public static class SignInAttempt
{
    public static async Task<SignInOutcome> RunAsync(HttpContext http, SignInManager<User> signIn, CaseFlowDbContext db, SignInThrottle throttle,
        string userName, string password, string scheme)
    {
        var address = http.Connection.RemoteIpAddress;
        if (throttle.RetryAfter(address) is { } wait)
            return new(false, $"本机登录失败次数过多，请{Minutes(wait)}分钟后再试", StatusCodes.Status429TooManyRequests, wait);

        var user = await signIn.UserManager.FindByNameAsync(userName);
        var lockedBefore = user is not null && await signIn.UserManager.IsLockedOutAsync(user);
        signIn.AuthenticationScheme = scheme;
        var result = await signIn.PasswordSignInAsync(userName, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return new(true, "", StatusCodes.Status200OK);

        throttle.Failed(address);
        if (result.IsLockedOut && user is not null)
        {
            var until = (await db.Users.AsNoTracking().Where(u => u.Id == user.Id).Select(u => u.LockoutEnd).SingleAsync()) ?? TimeProvider.System.GetUtcNow();
            if (!lockedBefore)
                await UserEndpoints.RecordAsync(db, user.Id, null, "登录", "locked-out", $"连续{signIn.Options.Lockout.MaxFailedAccessAttempts}次密码错误，锁定至{until.ToOffset(Workflows.WorkflowContext.ChinaOffset):yyyy-MM-dd HH:mm}");
            var left = until - TimeProvider.System.GetUtcNow();
            return new(false, $"密码错误次数过多，账户已锁定，请{Minutes(left)}分钟后再试，或请系统管理员解锁", StatusCodes.Status401Unauthorized, left);
        }
        // A disabled user hears what a wrong password hears: the answer does not tell who exists.
        return new(false, "用户名或密码不正确", StatusCodes.Status401Unauthorized);
    }

    static int Minutes(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
}
