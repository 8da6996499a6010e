using System.Text.RegularExpressions;
using CaseFlow.Data;
using CaseFlow.Domain;
using CaseFlow.Features.Cases;
using CaseFlow.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Features.Users;

public sealed record NewUserRequest(string UserName, string DisplayName, Role Role, int OrganisationId, string Password, string? Towns = null);

public sealed record UserChangeRequest(string DisplayName, Role Role, int OrganisationId, string? Towns = null);

public sealed record PasswordRequest(string Password);

public sealed record ReasonRequest(string Reason);

public sealed record OwnPasswordRequest(string CurrentPassword, string NewPassword);

public sealed record UserView(int Id, string UserName, string DisplayName, Role Role, int OrganisationId, string Organisation, string? Towns,
    bool Disabled, DateTimeOffset? DisabledAt, bool MustChangePassword, DateTimeOffset? PasswordChangedAt, DateTimeOffset? LockedOutUntil, int FailedSignIns);

public sealed record UserEventView(long Id, DateTimeOffset At, string Action, string Actor, string? Details);

/// <summary>
/// User administration (administrators) and a user's own password: the API's endpoints, which the
/// administration pages call too. Every change is a <see cref="UserEvent"/> in the same transaction, and
/// every change that a token or cookie carries (password, role, organisation, disabling) renews the
/// security stamp, which ends the user's sessions at once (<see cref="SessionGate"/>).
/// </summary>
public static partial class UserEndpoints
{
    /// <summary>The organisations each role works in: a mediator in a committee or the commission's desk, and so on.</summary>
    public static readonly IReadOnlyDictionary<Role, OrganisationKind[]> RoleOrganisations = new Dictionary<Role, OrganisationKind[]>
    {
        [Role.Registrar] = [OrganisationKind.ArbitrationCommission, OrganisationKind.InspectionBrigade],
        [Role.Mediator] = [OrganisationKind.ArbitrationCommission, OrganisationKind.MediationCommittee, OrganisationKind.EnterpriseMediationCommittee],
        [Role.Arbitrator] = [OrganisationKind.ArbitrationCommission],
        [Role.Inspector] = [OrganisationKind.InspectionBrigade],
        [Role.Head] = [OrganisationKind.ArbitrationCommission, OrganisationKind.InspectionBrigade, OrganisationKind.MediationCommittee],
        [Role.Analyst] = [OrganisationKind.Bureau],
        [Role.Administrator] = [OrganisationKind.Bureau],
    };

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{1,39}$")]
    private static partial Regex UserNamePattern();

    public static void MapUsers(this RouteGroupBuilder api)
    {
        var users = api.MapGroup("admin/users").WithTags("users").Allow(Access.Administrators);
        users.MapGet("", ListAsync).WithSummary("Users, with role, organisation, and whether disabled or locked out (administrators)");
        users.MapGet("{id:int}", async Task<IResult> (int id, CaseFlowDbContext db) =>
                await ViewAsync(db, id) is { } view ? TypedResults.Ok(view) : Problems.NotFound($"no user {id}"))
            .WithSummary("One user");
        users.MapGet("{id:int}/events", async (int id, CaseFlowDbContext db) => TypedResults.Ok(await EventsAsync(db, id)))
            .WithSummary("The user's audit trail: every change to the account, newest first");
        users.MapPost("", CreateAsync).AddEndpointFilter<TransactionFilter>()
            .WithSummary("Creates a user with a first password, which they must change at their first sign-in");
        users.MapPut("{id:int}", UpdateAsync).AddEndpointFilter<TransactionFilter>()
            .WithSummary("Changes name, role, organisation or towns; a change of role or organisation ends the user's sessions");
        users.MapPost("{id:int}/password", ResetPasswordAsync).AddEndpointFilter<TransactionFilter>()
            .WithSummary("Gives the user a new password, to be changed at their next sign-in; ends their sessions");
        users.MapPost("{id:int}/disable", DisableAsync).AddEndpointFilter<TransactionFilter>()
            .WithSummary("Disables the user (with a reason): no sign-in, and every token and session ends at once");
        users.MapPost("{id:int}/enable", EnableAsync).AddEndpointFilter<TransactionFilter>().WithSummary("Enables a disabled user again");
        users.MapPost("{id:int}/unlock", UnlockAsync).AddEndpointFilter<TransactionFilter>().WithSummary("Ends a lockout after failed sign-ins");

        api.MapPost("auth/password", ChangeOwnPasswordAsync).Allow(Access.SignedIn).AddEndpointFilter<TransactionFilter>().WithTags("auth")
            .WithSummary("Changes the signed-in user's own password (the current one is asked for); ends every session and token, so sign in again");
    }

    public static async Task<IResult> ListAsync(CaseFlowDbContext db, string? q = null, Role? role = null, int? organisationId = null, bool includeDisabled = true)
    {
        var query = db.Users.AsNoTracking().Include(u => u.Organisation).AsQueryable();
        if (!string.IsNullOrWhiteSpace(q)) query = query.Where(u => u.UserName!.Contains(q) || u.DisplayName.Contains(q));
        if (role is { } r) query = query.Where(u => u.Role == r);
        if (organisationId is { } o) query = query.Where(u => u.OrganisationId == o);
        if (!includeDisabled) query = query.Where(u => u.DisabledAt == null);
        var found = await query.OrderBy(u => u.OrganisationId).ThenBy(u => u.Role).ThenBy(u => u.UserName).ToListAsync();
        return TypedResults.Ok(found.Select(View).ToList());
    }

    public static async Task<UserView?> ViewAsync(CaseFlowDbContext db, int id) =>
        await db.Users.AsNoTracking().Include(u => u.Organisation).SingleOrDefaultAsync(u => u.Id == id) is { } user ? View(user) : null;

    public static async Task<IReadOnlyList<UserEventView>> EventsAsync(CaseFlowDbContext db, int id) =>
        (await db.UserEvents.AsNoTracking().Where(e => e.UserId == id).OrderByDescending(e => e.Id).ToListAsync())
        .Select(e => new UserEventView(e.Id, e.At, e.Action, e.ActorName, e.Details)).ToList();

    static UserView View(User u) => new(u.Id, u.UserName!, u.DisplayName, u.Role, u.OrganisationId, u.Organisation?.Name ?? "", u.Towns,
        u.IsDisabled, u.DisabledAt, u.MustChangePassword, u.PasswordChangedAt,
        u.LockoutEnd is { } end && end > TimeProvider.System.GetUtcNow() ? end : null, u.AccessFailedCount);

    public static async Task<IResult> CreateAsync(NewUserRequest request, HttpContext http, CaseFlowDbContext db, UserManager<User> users, AccountPolicy policy)
    {
        var intake = new Intake();
        var userName = (request.UserName ?? "").Trim().ToLowerInvariant();
        if (!UserNamePattern().IsMatch(userName)) intake.Fail("userName", "用户名为2至40个小写字母、数字、点、横线或下划线，以字母或数字开头");
        else if (await db.Users.AnyAsync(u => u.NormalizedUserName == users.NormalizeName(userName))) intake.Fail("userName", "该用户名已被使用（含已停用的用户）");
        await CheckAsync(intake, db, request.DisplayName, request.Role, request.OrganisationId, request.Towns);
        foreach (var problem in policy.Problems(request.Password, userName, request.DisplayName ?? "")) intake.Fail("password", problem);
        if (!intake.IsValid) return Problems.Invalid(intake.Errors);

        var user = new User
        {
            UserName = userName, DisplayName = request.DisplayName!.Trim(), Role = request.Role, OrganisationId = request.OrganisationId,
            Towns = Towns(request), MustChangePassword = true, LockoutEnabled = true,
        };
        var created = await users.CreateAsync(user, request.Password);
        if (!created.Succeeded) return Problems.Invalid("password", string.Join("；", created.Errors.Select(e => e.Description)));
        await AuditAsync(db, http, user.Id, "created", $"{Labels.Of(user.Role)}，{await OrganisationName(db, user.OrganisationId)}{(user.Towns is null ? "" : $"，分管{user.Towns}")}；首次登录须修改密码");
        return TypedResults.Created($"/api/admin/users/{user.Id}", await ViewAsync(db, user.Id));
    }

    public static async Task<IResult> UpdateAsync(int id, UserChangeRequest request, HttpContext http, CaseFlowDbContext db, UserManager<User> users)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == id);
        if (user is null) return Problems.NotFound($"no user {id}");
        var intake = new Intake();
        await CheckAsync(intake, db, request.DisplayName, request.Role, request.OrganisationId, request.Towns);
        if (id == CurrentUser.From(http.User).Id && request.Role != Role.Administrator)
            intake.Fail("role", "不能取消自己的系统管理员角色：请另一位管理员操作");
        if (!intake.IsValid) return Problems.Invalid(intake.Errors);

        List<string> changes = [];
        if (user.DisplayName != request.DisplayName.Trim()) changes.Add($"姓名：{user.DisplayName} → {request.DisplayName.Trim()}");
        if (user.Role != request.Role) changes.Add($"角色：{Labels.Of(user.Role)} → {Labels.Of(request.Role)}");
        if (user.OrganisationId != request.OrganisationId)
            changes.Add($"单位：{await OrganisationName(db, user.OrganisationId)} → {await OrganisationName(db, request.OrganisationId)}");
        if (user.Towns != Towns(request)) changes.Add($"分管镇街：{user.Towns ?? "无"} → {Towns(request) ?? "无"}");
        if (changes.Count == 0) return TypedResults.Ok(await ViewAsync(db, id));
        // The token and cookie carry name, role and organisation: any change ends the sessions that carry the old ones.
        (user.DisplayName, user.Role, user.OrganisationId, user.Towns) = (request.DisplayName.Trim(), request.Role, request.OrganisationId, Towns(request));
        await users.UpdateSecurityStampAsync(user);
        await AuditAsync(db, http, id, "updated", string.Join("；", changes));
        return TypedResults.Ok(await ViewAsync(db, id));
    }

    public static async Task<IResult> ResetPasswordAsync(int id, PasswordRequest request, HttpContext http, CaseFlowDbContext db, UserManager<User> users, AccountPolicy policy)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == id);
        if (user is null) return Problems.NotFound($"no user {id}");
        var problems = policy.Problems(request.Password, user.UserName!, user.DisplayName).ToArray();
        if (problems.Length > 0) return Problems.Invalid(new Dictionary<string, string[]> { ["password"] = problems });
        user.PasswordHash = users.PasswordHasher.HashPassword(user, request.Password);
        (user.MustChangePassword, user.AccessFailedCount, user.LockoutEnd) = (true, 0, null);
        await users.UpdateSecurityStampAsync(user);
        await AuditAsync(db, http, id, "password-reset", "管理员设置了新密码，下次登录须修改；已有的登录全部失效");
        return TypedResults.Ok(await ViewAsync(db, id));
    }

    public static async Task<IResult> DisableAsync(int id, ReasonRequest request, HttpContext http, CaseFlowDbContext db, UserManager<User> users)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == id);
        if (user is null) return Problems.NotFound($"no user {id}");
        if (string.IsNullOrWhiteSpace(request.Reason)) return Problems.Invalid("reason", "必须填写：停用的原因");
        if (id == CurrentUser.From(http.User).Id) return Problems.Invalid("id", "不能停用自己的账户");
        if (user.IsDisabled) return Problems.Invalid("id", "该用户已停用");
        user.DisabledAt = TimeProvider.System.GetUtcNow();
        await users.UpdateSecurityStampAsync(user);
        await AuditAsync(db, http, id, "disabled", request.Reason.Trim());
        return TypedResults.Ok(await ViewAsync(db, id));
    }

    public static async Task<IResult> EnableAsync(int id, HttpContext http, CaseFlowDbContext db, UserManager<User> users)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == id);
        if (user is null) return Problems.NotFound($"no user {id}");
        if (!user.IsDisabled) return Problems.Invalid("id", "该用户未停用");
        user.DisabledAt = null;
        await users.UpdateSecurityStampAsync(user);
        await AuditAsync(db, http, id, "enabled", null);
        return TypedResults.Ok(await ViewAsync(db, id));
    }

    public static async Task<IResult> UnlockAsync(int id, HttpContext http, CaseFlowDbContext db)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == id);
        if (user is null) return Problems.NotFound($"no user {id}");
        if (user.LockoutEnd is not { } end || end <= TimeProvider.System.GetUtcNow()) return Problems.Invalid("id", "该用户未被锁定");
        (user.LockoutEnd, user.AccessFailedCount) = (null, 0);
        await db.SaveChangesAsync();
        await AuditAsync(db, http, id, "unlocked", null);
        return TypedResults.Ok(await ViewAsync(db, id));
    }

    public static async Task<IResult> ChangeOwnPasswordAsync(OwnPasswordRequest request, HttpContext http, CaseFlowDbContext db, UserManager<User> users,
        SignInManager<User> signIn, AccountPolicy policy)
    {
        var user = await db.Users.SingleAsync(u => u.Id == CurrentUser.From(http.User).Id);
        var check = await signIn.CheckPasswordSignInAsync(user, request.CurrentPassword ?? "", lockoutOnFailure: true);
        if (check.IsLockedOut) return Problems.Invalid("currentPassword", "失败次数过多，账户已暂时锁定");
        if (!check.Succeeded) return Problems.Invalid("currentPassword", "当前密码不正确");
        List<string> problems = [.. policy.Problems(request.NewPassword, user.UserName!, user.DisplayName)];
        if (request.NewPassword == request.CurrentPassword) problems.Add("新密码不能与当前密码相同");
        if (problems.Count > 0) return Problems.Invalid(new Dictionary<string, string[]> { ["newPassword"] = [.. problems] });
        user.PasswordHash = users.PasswordHasher.HashPassword(user, request.NewPassword);
        (user.MustChangePassword, user.PasswordChangedAt) = (false, TimeProvider.System.GetUtcNow());
        await users.UpdateSecurityStampAsync(user);
        await AuditAsync(db, http, user.Id, "password-changed", "本人修改了密码；已有的登录全部失效");
        return TypedResults.Ok(new { changed = true, signInAgain = true });
    }

    static async Task CheckAsync(Intake intake, CaseFlowDbContext db, string? displayName, Role role, int organisationId, string? towns)
    {
        intake.Text("displayName", displayName, 100);
        var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organisationId);
        if (organisation is null) intake.Fail("organisationId", $"没有编号为{organisationId}的单位");
        else if (!RoleOrganisations[role].Contains(organisation.Kind))
            intake.Fail("organisationId", $"{Labels.Of(role)}只能在{string.Join("、", RoleOrganisations[role].Select(k => Labels.Of(k)))}任职");
        if (!string.IsNullOrWhiteSpace(towns))
        {
            if (role != Role.Inspector) intake.Fail("towns", "只有监察员分管镇街");
            var known = await Projects.ProjectPage.TownsAsync(db);
            var unknown = towns.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(t => !known.ContainsKey(t)).ToList();
            if (unknown.Count > 0) intake.Fail("towns", $"没有这些镇街：{string.Join("、", unknown)}");
        }
    }

    static string? Towns(NewUserRequest request) => NormaliseTowns(request.Role, request.Towns);

    static string? Towns(UserChangeRequest request) => NormaliseTowns(request.Role, request.Towns);

    static string? NormaliseTowns(Role role, string? towns) =>
        role == Role.Inspector && !string.IsNullOrWhiteSpace(towns)
            ? string.Join(",", towns.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct())
            : null;

    static async Task<string> OrganisationName(CaseFlowDbContext db, int id) =>
        await db.Organisations.Where(o => o.Id == id).Select(o => o.Name).SingleAsync();

    /// <summary>Records a change to user <paramref name="userId"/> by the signed-in administrator.</summary>
    static async Task AuditAsync(CaseFlowDbContext db, HttpContext http, int userId, string action, string? details)
    {
        var actor = CurrentUser.From(http.User);
        await RecordAsync(db, userId, actor.Id, actor.Name, action, details);
    }

    public static async Task RecordAsync(CaseFlowDbContext db, int userId, int? actorId, string actorName, string action, string? details)
    {
        db.UserEvents.Add(new UserEvent { UserId = userId, ActorId = actorId, ActorName = actorName, At = TimeProvider.System.GetUtcNow(), Action = action, Details = details });
        await db.SaveChangesAsync();
    }
}

/// <summary>The audit trail's actions in Chinese.</summary>
public static class UserEventLabels
{
    static readonly Dictionary<string, string> Names = new()
    {
        ["created"] = "创建", ["updated"] = "修改", ["password-reset"] = "重置密码", ["password-changed"] = "本人修改密码",
        ["disabled"] = "停用", ["enabled"] = "启用", ["unlocked"] = "解除锁定", ["locked-out"] = "锁定",
    };

    public static string Of(string action) => Names.GetValueOrDefault(action, action);
}
