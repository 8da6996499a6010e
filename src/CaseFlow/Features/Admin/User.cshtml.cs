using CaseFlow.Domain;
using CaseFlow.Features.Shared;
using CaseFlow.Features.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Features.Admin;

/// <summary>
/// 用户: a new user, or one user's record — name, role, organisation, towns — with a new password, disabling or
/// enabling, unlocking, and the account's audit trail. Each form is taken by the user API's own handler.
/// </summary>
public sealed class UserModel(Data.CaseFlowDbContext db, UserManager<User> users, AccountPolicy policy) : AdminPage
{
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public Role Role { get; set; } = Role.Registrar;
    [BindProperty] public int OrganisationId { get; set; }
    [BindProperty] public string? Towns { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public UserView? Account { get; private set; }
    public IReadOnlyList<UserEventView> Events { get; private set; } = [];
    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];
    public IReadOnlyDictionary<string, string> TownNames { get; private set; } = new Dictionary<string, string>();
    public AccountPolicy Policy => policy;
    public bool IsNew => Account is null;
    public bool IsSelf => Account?.Id == CurrentUser.Id;

    /// <summary>The user of the address /admin/users/{id}, or null for /admin/users/new.</summary>
    static int? Id(string id) => int.TryParse(id, out var number) ? number : null;

    public async Task<IActionResult> OnGetAsync([FromRoute] string id, [FromQuery] string? done)
    {
        if ((id != "new" && Id(id) is null) || !await LoadAsync(Id(id))) return NotFound();
        if (Account is { } a) (UserName, DisplayName, Role, OrganisationId, Towns) = (a.UserName, a.DisplayName, a.Role, a.OrganisationId, a.Towns);
        Saved = done switch
        {
            "created" => "用户已创建。请把初始密码当面或另行告知本人；首次登录时须修改。",
            "saved" => "已保存。该用户已有的登录已失效，须重新登录。",
            "password" => "已设置新密码，该用户已有的登录全部失效；下次登录时须修改密码。",
            "disabled" => "已停用，该用户的登录和令牌即时失效。",
            "enabled" => "已重新启用。",
            "unlocked" => "已解除锁定。",
            _ => null,
        };
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync([FromRoute] string id) => id != "new" && Id(id) is null ? Task.FromResult<IActionResult>(NotFound()) : TakeAsync(Id(id), "saved", () => Id(id) is { } existing
        ? UserEndpoints.UpdateAsync(existing, new UserChangeRequest(DisplayName ?? "", Role, OrganisationId, Towns), HttpContext, db, users)
        : UserEndpoints.CreateAsync(new NewUserRequest(UserName ?? "", DisplayName ?? "", Role, OrganisationId, Password ?? "", Towns), HttpContext, db, users, policy));

    public Task<IActionResult> OnPostPasswordAsync([FromRoute] string id) =>
        OnUser(id, "password", user => UserEndpoints.ResetPasswordAsync(user, new PasswordRequest(Password ?? ""), HttpContext, db, users, policy));

    public Task<IActionResult> OnPostDisableAsync([FromRoute] string id) =>
        OnUser(id, "disabled", user => UserEndpoints.DisableAsync(user, new ReasonRequest(Reason ?? ""), HttpContext, db, users));

    public Task<IActionResult> OnPostEnableAsync([FromRoute] string id) => OnUser(id, "enabled", user => UserEndpoints.EnableAsync(user, HttpContext, db, users));

    public Task<IActionResult> OnPostUnlockAsync([FromRoute] string id) => OnUser(id, "unlocked", user => UserEndpoints.UnlockAsync(user, HttpContext, db));

    /// <summary>A form about an existing user: none on /admin/users/new.</summary>
    Task<IActionResult> OnUser(string id, string done, Func<int, Task<IResult>> handler) =>
        Id(id) is { } user ? TakeAsync(user, done, () => handler(user)) : Task.FromResult<IActionResult>(NotFound());

    /// <summary>Runs the API's handler in its transaction; on success back to the user's page, else the errors beside their fields with the input kept.</summary>
    async Task<IActionResult> TakeAsync(int? id, string done, Func<Task<IResult>> handler)
    {
        var answer = ApiAnswer.Of(await Infrastructure.Transaction.RunAsync(HttpContext, handler));
        if (answer.Status == StatusCodes.Status404NotFound) return NotFound();
        if (answer.Succeeded)
        {
            var saved = id ?? (answer.Value as UserView)?.Id;
            return Redirect($"/admin/users/{saved}?done={(id is null ? "created" : done)}");
        }
        foreach (var (field, rules) in answer.Errors) Errors[field == "id" ? "account" : field] = string.Join("；", rules);
        if (answer.Errors.Count == 0) Errors["account"] = answer.Problem?.Detail ?? "未保存任何内容";
        db.ChangeTracker.Clear();
        var (role, organisation, towns, name) = (Role, OrganisationId, Towns, DisplayName);
        await LoadAsync(id);
        // What the administrator typed stays on the form.
        (Role, OrganisationId, Towns, DisplayName) = (role, organisation, towns, name);
        if (Account is { } a) UserName = a.UserName;
        Password = null;
        return Page();
    }

    async Task<bool> LoadAsync(int? id)
    {
        Organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Id).ToListAsync();
        TownNames = await Projects.ProjectPage.TownsAsync(db);
        if (id is not { } existing) return true;
        Account = await UserEndpoints.ViewAsync(db, existing);
        if (Account is null) return false;
        Events = await UserEndpoints.EventsAsync(db, existing);
        return true;
    }
}
