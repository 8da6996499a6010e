using CaseFlow.Domain;
using CaseFlow.Features.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Features.Admin;

/// <summary>用户管理: every user with role, organisation and state, found by name, role or organisation.</summary>
public sealed class UsersModel(Data.CaseFlowDbContext db) : AdminPage
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public Role? Role { get; set; }
    [BindProperty(SupportsGet = true)] public int? OrganisationId { get; set; }
    [BindProperty(SupportsGet = true)] public bool Disabled { get; set; } = true;

    public IReadOnlyList<UserView> Found { get; private set; } = [];
    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Id).ToListAsync();
        var answer = Shared.ApiAnswer.Of(await UserEndpoints.ListAsync(db, Q, Role, OrganisationId, includeDisabled: Disabled));
        Found = (IReadOnlyList<UserView>)answer.Value!;
    }
}
