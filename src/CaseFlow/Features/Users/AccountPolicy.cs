using System.Collections.Concurrent;
using System.Net;
using CaseFlow.Domain;
using Microsoft.AspNetCore.Identity;

namespace CaseFlow.Features.Users;

/// <summary>The password, lockout, throttling and session rules of <c>seeds/account-policy.json</c>, each with its basis.</summary>
public sealed record AccountPolicy(string Source, PasswordRules Password, LockoutRules Lockout, ThrottleRules Throttle, SessionRules Sessions)
{
    /// <summary>Identity's own options, from the policy (its password rules are replaced by <see cref="PolicyPasswordValidator"/>).</summary>
    public void Apply(IdentityOptions options)
    {
        options.Lockout.MaxFailedAccessAttempts = Lockout.MaximumFailures;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(Lockout.Minutes);
        options.Lockout.AllowedForNewUsers = true;
        // A disabled user is "not confirmed" (EnabledUsersOnly), so sign-in refuses them.
        options.SignIn.RequireConfirmedAccount = true;
    }

    /// <summary>What is wrong with <paramref name="password"/> for <paramref name="user"/>, in Chinese; none when it passes.</summary>
    public IEnumerable<string> Problems(string? password, string userName, string displayName)
    {
        password ??= "";
        if (password.Length < Password.MinimumLength) yield return $"密码至少{Password.MinimumLength}个字符（不要求字符种类，可以是一句话）";
        if (password.Length > Password.MaximumLength) yield return $"密码不能超过{Password.MaximumLength}个字符";
        if (password.Trim().Length == 0) yield break;
        var lower = password.ToLowerInvariant();
        if (Password.Denied.Passwords.Any(p => p.Equals(lower, StringComparison.Ordinal)))
            yield return "这是常见密码，容易被猜中，请换一个";
        else if (Password.Denied.Words.Any(w => lower.Contains(w, StringComparison.Ordinal))
            && Password.Denied.Words.Aggregate(lower, (rest, word) => rest.Replace(word, "", StringComparison.Ordinal)).Length < Password.MinimumLength)
            yield return $"去掉单位名称、系统名称等常用词后，密码须仍有{Password.MinimumLength}个字符";
        if (Password.NotContainingUserName && ((userName.Length >= 3 && lower.Contains(userName.ToLowerInvariant(), StringComparison.Ordinal))
            || (displayName.Length >= 2 && password.Contains(displayName, StringComparison.Ordinal))))
            yield return "密码不能包含用户名或姓名";
        if (password.Distinct().Count() <= 2) yield return "密码不能只由一两个字符重复组成";
    }
}

public sealed record PasswordRules(int MinimumLength, int MaximumLength, string Basis, bool NotContainingUserName, DeniedPasswords Denied);

public sealed record DeniedPasswords(string Basis, IReadOnlyList<string> Passwords, IReadOnlyList<string> Words);

public sealed record LockoutRules(int MaximumFailures, int Minutes, string Basis);

public sealed record ThrottleRules(int FailuresPerAddress, int WindowMinutes, string Basis);

public sealed record SessionRules(int BearerMinutes, int CookieHours, string Basis);

/// <summary>Identity's password check, by the policy.</summary>
public sealed class PolicyPasswordValidator(AccountPolicy policy) : IPasswordValidator<User>
{
    public Task<IdentityResult> ValidateAsync(UserManager<User> manager, User user, string? password)
    {
        var problems = policy.Problems(password, user.UserName ?? "", user.DisplayName).ToList();
        return Task.FromResult(problems.Count == 0 ? IdentityResult.Success
            : IdentityResult.Failed(problems.Select(p => new IdentityError { Code = "password", Description = p }).ToArray()));
    }
}

/// <summary>Only users not disabled may sign in (Identity asks this when an account must be "confirmed").</summary>
public sealed class EnabledUsersOnly : IUserConfirmation<User>
{
    public Task<bool> IsConfirmedAsync(UserManager<User> manager, User user) => Task.FromResult(!user.IsDisabled);
}

/// <summary>
/// Failed sign-ins per network address across every account (ASVS 2.2.1): past the policy's number within
/// its window, the address is refused until the oldest failure leaves the window. Held in this process;
/// each instance of CaseFlow counts its own.
/// </summary>
public sealed class SignInThrottle(AccountPolicy policy, TimeProvider time)
{
    readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> failures = new();

    TimeSpan Window => TimeSpan.FromMinutes(policy.Throttle.WindowMinutes);

    /// <summary>How long <paramref name="address"/> must wait, or null when it may try.</summary>
    public TimeSpan? RetryAfter(IPAddress? address)
    {
        if (!failures.TryGetValue(Key(address), out var queue)) return null;
        var now = time.GetUtcNow();
        lock (queue)
        {
            while (queue.Count > 0 && queue.Peek() <= now - Window) queue.Dequeue();
            return queue.Count >= policy.Throttle.FailuresPerAddress ? queue.Peek() + Window - now : null;
        }
    }

    public void Failed(IPAddress? address)
    {
        var queue = failures.GetOrAdd(Key(address), _ => new Queue<DateTimeOffset>());
        lock (queue) queue.Enqueue(time.GetUtcNow());
    }

    static string Key(IPAddress? address) => address?.ToString() ?? "";
}
