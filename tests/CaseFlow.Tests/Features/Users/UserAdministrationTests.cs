using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Features.Users;
using CaseFlow.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Tests.Features.Users;

/// <summary>
/// The identity lifecycle: administrators create users (who choose their own password first), change role and
/// organisation, reset passwords and disable users, each change audited; the password policy; lockout with
/// its message and the administrator's unlock; and every such change ending the user's tokens at once.
/// </summary>
public abstract class UserAdministrationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseFlowApp
{
    const string Strong = "青山绿水 2026 kaiping-long";

    /// <summary>A client with a token of its own (not the fixture's cached one), or the failed sign-in's problem.</summary>
    async Task<(HttpClient? Client, JsonElement Answer)> Login(string userName, string password)
    {
        var client = app.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password });
        var body = await response.Content.ReadAsStringAsync();
        var answer = JsonDocument.Parse(body).RootElement.Clone();
        if (!response.IsSuccessStatusCode) return (null, answer);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", answer.GetProperty("accessToken").GetString());
        return (client, answer);
    }

    async Task<int> Organisation(string code) => await app.Query(db => db.Organisations.Where(o => o.Code == code).Select(o => o.Id).SingleAsync());

    async Task<int> Create(HttpClient admin, string userName, string role, string organisation, string password = Strong) =>
        (await (await admin.PostAsJsonAsync("/api/admin/users", new { userName, displayName = $"测试{userName}", role, organisationId = await Organisation(organisation), password }, CaseFlowApp.Json))
            .Read(HttpStatusCode.Created)).GetProperty("id").GetInt32();

    static string Error(JsonElement problem, string field) => string.Join("；", problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()));

    static async Task<string[]> Actions(HttpClient admin, int id) =>
        (await (await admin.GetAsync($"/api/admin/users/{id}/events")).Read(HttpStatusCode.OK)).EnumerateArray().Select(e => e.GetProperty("action").GetString()!).Reverse().ToArray();

    [Fact]
    public async Task A_new_user_meets_the_password_policy_and_must_choose_their_own_password_before_anything_else()
    {
        var admin = await app.As("admin");
        var sanbu = await Organisation("sanbu");
        async Task<JsonElement> Refused(object body) => await (await admin.PostAsJsonAsync("/api/admin/users", body, CaseFlowApp.Json)).Read(HttpStatusCode.BadRequest);

        Assert.Contains("至少12个字符", Error(await Refused(new { userName = "li.xia", displayName = "李霞", role = "Mediator", organisationId = sanbu, password = "short-one" }), "password"));
        Assert.Contains("常见密码", Error(await Refused(new { userName = "li.xia", displayName = "李霞", role = "Mediator", organisationId = sanbu, password = "1qaz2wsx3edc" }), "password"));
        Assert.Contains("用户名或姓名", Error(await Refused(new { userName = "li.xia", displayName = "李霞", role = "Mediator", organisationId = sanbu, password = "li.xia-the-mediator" }), "password"));
        Assert.Contains("只能在", Error(await Refused(new { userName = "li.xia", displayName = "李霞", role = "Arbitrator", organisationId = sanbu, password = Strong }), "organisationId"));
        Assert.Contains("小写字母", Error(await Refused(new { userName = "Li Xia!", displayName = "李霞", role = "Mediator", organisationId = sanbu, password = Strong }), "userName"));
        Assert.Contains("已被使用", Error(await Refused(new { userName = "MEDIATOR.SANBU", displayName = "李霞", role = "Mediator", organisationId = sanbu, password = Strong }), "userName"));
        Assert.Equal(0, await app.Query(db => db.Users.CountAsync(u => u.UserName == "li.xia")));

        var id = await Create(admin, "li.xia", "Mediator", "sanbu");
        var (user, _) = await Login("li.xia", Strong);
        Assert.NotNull(user);
        var blocked = await (await user.GetAsync("/api/mediation-cases")).Read(HttpStatusCode.Forbidden);
        Assert.Contains("/api/auth/password", blocked.GetProperty("detail").GetString());
        await (await user.GetAsync("/api/auth/me")).Read(HttpStatusCode.OK);

        var wrong = await (await user.PostAsJsonAsync("/api/auth/password", new { currentPassword = "not-the-password", newPassword = "我的新密码很长很长的一句话" })).Read(HttpStatusCode.BadRequest);
        Assert.Contains("当前密码不正确", Error(wrong, "currentPassword"));
        var same = await (await user.PostAsJsonAsync("/api/auth/password", new { currentPassword = Strong, newPassword = Strong })).Read(HttpStatusCode.BadRequest);
        Assert.Contains("不能与当前密码相同", Error(same, "newPassword"));
        await (await user.PostAsJsonAsync("/api/auth/password", new { currentPassword = Strong, newPassword = "我的新密码很长很长的一句话" })).Read(HttpStatusCode.OK);

        // The token that changed the password is over; a new sign-in with the new password works fully.
        await (await user.GetAsync("/api/auth/me")).Read(HttpStatusCode.Unauthorized);
        Assert.Null((await Login("li.xia", Strong)).Client);
        var (again, _) = await Login("li.xia", "我的新密码很长很长的一句话");
        await (await again!.GetAsync("/api/mediation-cases")).Read(HttpStatusCode.OK);
        Assert.Equal(["created", "password-changed"], await Actions(admin, id));
    }

    [Fact]
    public async Task Disabling_a_user_resetting_their_password_or_changing_their_role_ends_their_tokens_at_once()
    {
        var admin = await app.As("admin");
        var id = await Create(admin, "wang.jian", "Registrar", "commission");
        var (first, _) = await Login("wang.jian", Strong);
        await (await first!.PostAsJsonAsync("/api/auth/password", new { currentPassword = Strong, newPassword = "wang's own long secret" })).Read(HttpStatusCode.OK);
        const string own = "wang's own long secret";

        var (user, _) = await Login("wang.jian", own);
        await (await user!.GetAsync("/api/arbitration-cases")).Read(HttpStatusCode.OK);
        await (await admin.PostAsJsonAsync($"/api/admin/users/{id}/disable", new { reason = "" })).Read(HttpStatusCode.BadRequest);
        await (await admin.PostAsJsonAsync($"/api/admin/users/{id}/disable", new { reason = "调离仲裁院" })).Read(HttpStatusCode.OK);
        await (await user.GetAsync("/api/arbitration-cases")).Read(HttpStatusCode.Unauthorized);
        var refused = (await Login("wang.jian", own)).Answer;
        Assert.Equal("用户名或密码不正确", refused.GetProperty("detail").GetString());

        await (await admin.PostAsync($"/api/admin/users/{id}/enable", null)).Read(HttpStatusCode.OK);
        (user, _) = await Login("wang.jian", own);
        await (await user!.GetAsync("/api/arbitration-cases")).Read(HttpStatusCode.OK);

        // A new role is in new tokens only: the old one ends.
        var change = new { displayName = "王健", role = "Arbitrator", organisationId = await Organisation("commission") };
        var changed = await (await admin.PutAsJsonAsync($"/api/admin/users/{id}", change, CaseFlowApp.Json)).Read(HttpStatusCode.OK);
        Assert.Equal("Arbitrator", changed.GetProperty("role").GetString());
        await (await user.GetAsync("/api/arbitration-cases")).Read(HttpStatusCode.Unauthorized);
        (user, _) = await Login("wang.jian", own);
        Assert.Equal("Arbitrator", (await (await user!.GetAsync("/api/auth/me")).Read(HttpStatusCode.OK)).GetProperty("role").GetString());

        // A password set by an administrator ends the sessions too, and must be changed.
        await (await admin.PostAsJsonAsync($"/api/admin/users/{id}/password", new { password = "123456789012" })).Read(HttpStatusCode.BadRequest);
        await (await admin.PostAsJsonAsync($"/api/admin/users/{id}/password", new { password = "a fresh start for wang" })).Read(HttpStatusCode.OK);
        await (await user.GetAsync("/api/auth/me")).Read(HttpStatusCode.Unauthorized);
        Assert.Null((await Login("wang.jian", own)).Client);
        (user, _) = await Login("wang.jian", "a fresh start for wang");
        await (await user!.GetAsync("/api/arbitration-cases")).Read(HttpStatusCode.Forbidden);

        // Nobody else administers users, and an administrator cannot disable themselves.
        await (await (await app.As("head")).GetAsync("/api/admin/users")).Read(HttpStatusCode.Forbidden);
        await (await (await app.As("head")).PostAsJsonAsync($"/api/admin/users/{id}/disable", new { reason = "x" })).Read(HttpStatusCode.Forbidden);
        var self = await app.Query(db => db.Users.Where(u => u.UserName == "admin").Select(u => u.Id).SingleAsync());
        Assert.Contains("不能停用自己", Error(await (await admin.PostAsJsonAsync($"/api/admin/users/{self}/disable", new { reason = "x" })).Read(HttpStatusCode.BadRequest), "id"));

        var events = (await (await admin.GetAsync($"/api/admin/users/{id}/events")).Read(HttpStatusCode.OK)).EnumerateArray().ToList();
        Assert.Equal(["created", "password-changed", "disabled", "enabled", "updated", "password-reset"], events.Select(e => e.GetProperty("action").GetString()).Reverse());
        Assert.Contains("角色：立案员 → 仲裁员", events.Single(e => e.GetProperty("action").GetString() == "updated").GetProperty("details").GetString());
        Assert.All(events.Where(e => e.GetProperty("action").GetString() is not "password-changed"), e => Assert.Equal("系统管理员", e.GetProperty("actor").GetString()));
        Assert.DoesNotContain(events, e => (e.GetProperty("details").GetString() ?? "").Contains("fresh start"));
    }

    [Fact]
    public async Task Failed_sign_ins_lock_the_account_with_a_clear_message_until_an_administrator_unlocks_it()
    {
        var admin = await app.As("admin");
        var id = await Create(admin, "zhao.min", "Inspector", "brigade");
        for (var i = 0; i < 4; i++)
            Assert.Equal("用户名或密码不正确", (await Login("zhao.min", "wrong password " + i)).Answer.GetProperty("detail").GetString());
        var locked = (await Login("zhao.min", "wrong password 5")).Answer.GetProperty("detail").GetString();
        Assert.Contains("账户已锁定", locked);
        Assert.Contains("15分钟后再试", locked);
        // The right password does not open a locked account.
        Assert.Contains("账户已锁定", (await Login("zhao.min", Strong)).Answer.GetProperty("detail").GetString());
        var view = await (await admin.GetAsync($"/api/admin/users/{id}")).Read(HttpStatusCode.OK);
        Assert.NotEqual(JsonValueKind.Null, view.GetProperty("lockedOutUntil").ValueKind);

        await (await admin.PostAsync($"/api/admin/users/{id}/unlock", null)).Read(HttpStatusCode.OK);
        Assert.NotNull((await Login("zhao.min", Strong)).Client);
        Assert.Equal(["created", "locked-out", "unlocked"], await Actions(admin, id));
    }
}

public sealed class UserAdministrationTestsOnSqlite(SqliteApp app) : UserAdministrationTests<SqliteApp>(app);

[Trait("Database", "MariaDb")]
public sealed class UserAdministrationTestsOnMariaDb(MariaDbApp app) : UserAdministrationTests<MariaDbApp>(app);

/// <summary>A fresh installation: nobody can sign in until the set-up command makes the first administrator.</summary>
public abstract class FirstAdministratorTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseFlowApp
{
    [Fact]
    public async Task The_set_up_command_creates_the_first_administrator_with_their_own_password_and_only_once()
    {
        var client = app.CreateClient();
        await (await client.PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = CaseFlowApp.Password })).Read(HttpStatusCode.Unauthorized);
        Assert.Equal(0, await app.Query(db => db.Users.CountAsync()));

        async Task<(int Code, string Output)> Run(string input, params string[] args)
        {
            var (output, error) = (new StringWriter(), new StringWriter());
            var code = await UserCommands.CreateAdminAsync(app.Services, args, new StringReader(input), output, error);
            return (code, output + error.ToString());
        }
        var (code, said) = await Run("");
        Assert.Equal(2, code);
        Assert.Contains("usage", said);
        (code, said) = await Run("admin123\n", "chen.admin", "--name", "陈管理");
        Assert.Equal(1, code);
        Assert.Contains("至少12个字符", said);
        Assert.Equal(0, await app.Query(db => db.Users.CountAsync()));

        (code, said) = await Run("the commission's first key\n", "chen.admin", "--name", "陈管理");
        Assert.Equal(0, code);
        Assert.Contains("chen.admin", said);
        (code, said) = await Run("another long password\n", "second.admin");
        Assert.Equal(1, code);
        Assert.Contains("exists already", said);

        var login = await (await client.PostAsJsonAsync("/api/auth/login", new { userName = "chen.admin", password = "the commission's first key" })).Read(HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.GetProperty("accessToken").GetString());
        var me = await (await client.GetAsync("/api/auth/me")).Read(HttpStatusCode.OK);
        Assert.Equal(("Administrator", "开平市人力资源和社会保障局"), (me.GetProperty("role").GetString(), me.GetProperty("organisationName").GetString()));
        // The first administrator works at once (no forced change: they chose the password) and adds the others.
        var commission = await app.Query(db => db.Organisations.Where(o => o.Code == "commission").Select(o => o.Id).SingleAsync());
        await (await client.PostAsJsonAsync("/api/admin/users", new { userName = "liang.registrar", displayName = "梁立案", role = "Registrar", organisationId = commission, password = "registrar's first long password" }, CaseFlowApp.Json))
            .Read(HttpStatusCode.Created);
        Assert.Equal(["create-admin 命令"], await app.Query(db => db.UserEvents.Where(e => e.Action == "created" && e.ActorId == null).Select(e => e.ActorName).ToListAsync()));
    }
}

public sealed class FirstAdministratorTestsOnSqlite(SqliteFreshApp app) : FirstAdministratorTests<SqliteFreshApp>(app);

[Trait("Database", "MariaDb")]
public sealed class FirstAdministratorTestsOnMariaDb(MariaDbFreshApp app) : FirstAdministratorTests<MariaDbFreshApp>(app);

/// <summary>
/// Failed sign-ins from one address across accounts are throttled (a password tried on every account), in a
/// fixture of its own, as the refusal lasts the window for every test from that address.
/// </summary>
public sealed class SignInThrottleTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task One_address_trying_a_password_on_many_accounts_is_refused_for_a_while_with_retry_after()
    {
        var client = app.CreateClient();
        var policy = app.Services.GetService(typeof(AccountPolicy)) as AccountPolicy;
        string[] users = ["registrar", "mediator", "arbitrator", "arbitrator2", "arbitrator3", "head", "inspector", "analyst", "admin"];
        for (var i = 0; i < policy!.Throttle.FailuresPerAddress; i++)
            await (await client.PostAsJsonAsync("/api/auth/login", new { userName = users[i % users.Length], password = "Summer2026-password" })).Read(HttpStatusCode.Unauthorized);
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = "registrar", password = CaseFlowApp.Password });
        var problem = await response.Read(HttpStatusCode.TooManyRequests);
        Assert.Contains("分钟后再试", problem.GetProperty("detail").GetString());
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        // No account was locked by it: each had fewer failures than the lockout takes.
        Assert.Equal(0, await app.Query(db => db.Users.CountAsync(u => u.LockoutEnd != null)));
    }
}
