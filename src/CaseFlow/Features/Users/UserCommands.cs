using CaseFlow.Data;
using CaseFlow.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Features.Users;

/// <summary>
/// <c>create-admin &lt;user name&gt; [--name 显示名] [--organisation code]</c>: the first administrator of a fresh
/// installation, with the password read from standard input (or <c>CASEFLOW_ADMIN_PASSWORD</c>), never a
/// default one. Refused once any administrator exists: they add everyone else.
/// </summary>
public static class UserCommands
{
    public const string PasswordVariable = "CASEFLOW_ADMIN_PASSWORD";

    public static async Task<int> CreateAdminAsync(IServiceProvider services, IReadOnlyList<string> args, TextReader input, TextWriter output, TextWriter error)
    {
        if (args.Count == 0 || args[0].StartsWith("--"))
        {
            await error.WriteLineAsync("usage: create-admin <user name> [--name 显示名] [--organisation code]; the password is read from standard input or " + PasswordVariable);
            return 2;
        }
        string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var policy = scope.ServiceProvider.GetRequiredService<AccountPolicy>();
        if (await db.Users.AnyAsync(u => u.Role == Role.Administrator && u.DisabledAt == null))
        {
            await error.WriteLineAsync("An administrator exists already: sign in as them and add users under 系统管理 → 用户 (/admin/users).");
            return 1;
        }
        var code = Option("--organisation") ?? "bureau";
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Code == code);
        if (organisation is null || !UserEndpoints.RoleOrganisations[Role.Administrator].Contains(organisation.Kind))
        {
            await error.WriteLineAsync($"No bureau with the code '{code}' (seeds/organisations.json).");
            return 1;
        }
        var password = Environment.GetEnvironmentVariable(PasswordVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : await input.ReadLineAsync() ?? "";
        var user = new User
        {
            UserName = args[0].Trim().ToLowerInvariant(), DisplayName = Option("--name") ?? "系统管理员", Role = Role.Administrator,
            OrganisationId = organisation.Id, LockoutEnabled = true, PasswordChangedAt = TimeProvider.System.GetUtcNow(),
        };
        var problems = policy.Problems(password, user.UserName, user.DisplayName).ToList();
        if (problems.Count > 0)
        {
            await error.WriteLineAsync("The password is refused: " + string.Join("; ", problems));
            return 1;
        }
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            await error.WriteLineAsync("Not created: " + string.Join("; ", created.Errors.Select(e => e.Description)));
            return 1;
        }
        await UserEndpoints.RecordAsync(db, user.Id, null, "create-admin 命令", "created", $"首位系统管理员，{organisation.Name}");
        await output.WriteLineAsync($"Administrator '{user.UserName}' created in {organisation.Name}. Sign in at /signin and add the other users under 系统管理 → 用户.");
        return 0;
    }
}
