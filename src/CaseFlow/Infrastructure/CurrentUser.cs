using System.Security.Claims;
using CaseFlow.Data;
using CaseFlow.Domain;
using CaseFlow.Workflows;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseFlow.Infrastructure;

/// <summary>
/// The signed-in user as the bearer token or cookie carries them. The kind of their organisation is in the token
/// too (a change of organisation ends the user's sessions, <see cref="Features.Users.SessionGate"/>); null only
/// for a token issued before it was carried.
/// </summary>
public sealed record CurrentUser(int Id, string Name, Role Role, int OrganisationId, OrganisationKind? OrganisationKind = null)
{
    public const string OrganisationClaim = "caseflow:org";
    public const string OrganisationKindClaim = "caseflow:org-kind";

    public static CurrentUser From(ClaimsPrincipal principal) => new(
        int.Parse(principal.FindFirstValue(ClaimTypes.NameIdentifier)!),
        principal.FindFirstValue(ClaimTypes.GivenName) ?? principal.Identity?.Name ?? "",
        Enum.Parse<Role>(principal.FindFirstValue(ClaimTypes.Role)!),
        int.Parse(principal.FindFirstValue(OrganisationClaim)!),
        Enum.TryParse<OrganisationKind>(principal.FindFirstValue(OrganisationKindClaim), out var kind) ? kind : null);

    public Actor Actor => new(Id, Name, Role, OrganisationId);

    /// <summary>Identity numbers and phone numbers are shown in full only to the roles that work cases (<see cref="PersonalData"/>).</summary>
    public bool SeesFullIdentityNumbers => this.SeesPartiesInFull();

    /// <summary>The user's organisation and those under it: the cases this user may see (from memory when the application holds the organisations).</summary>
    public Task<List<int>> VisibleOrganisationsAsync(CaseFlowDbContext db) =>
        db.Directory?.Visible(OrganisationId) is { } known ? Task.FromResult(known.ToList()) : VisibleOrganisations(db).Select(o => o.Id).ToListAsync();

    /// <summary>
    /// Whether a record of <paramref name="organisationId"/> is this user's to see. A single record is read by its id and
    /// checked with this, not found by a query that carries the list: EF Core writes such a list into the SQL as constants
    /// and generates the statement again on every call (for a case, eight statements of the split query).
    /// </summary>
    public async Task<bool> SeesAsync(CaseFlowDbContext db, int organisationId) => (await VisibleOrganisationsAsync(db)).Contains(organisationId);

    /// <summary>The same rule as a query, for a check that runs in the database.</summary>
    public IQueryable<Organisation> VisibleOrganisations(CaseFlowDbContext db) =>
        db.Organisations.Where(o => o.Id == OrganisationId || o.ParentId == OrganisationId);
}

/// <summary>Puts the user's role, organisation (and its kind) and display name into the token.</summary>
public sealed class CaseFlowClaimsFactory(UserManager<User> users, IOptions<IdentityOptions> options, CaseFlowDbContext db)
    : UserClaimsPrincipalFactory<User>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(User user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new System.Security.Claims.Claim(ClaimTypes.Role, user.Role.ToString()));
        identity.AddClaim(new System.Security.Claims.Claim(ClaimTypes.GivenName, user.DisplayName));
        identity.AddClaim(new System.Security.Claims.Claim(CurrentUser.OrganisationClaim, user.OrganisationId.ToString()));
        var kind = await db.Organisations.Where(o => o.Id == user.OrganisationId).Select(o => (OrganisationKind?)o.Kind).SingleOrDefaultAsync();
        if (kind is not null) identity.AddClaim(new System.Security.Claims.Claim(CurrentUser.OrganisationKindClaim, kind.ToString()!));
        return identity;
    }
}

public static class VisibleCases
{
    /// <summary>
    /// The cases of the organisations in <paramref name="visible"/>. One organisation goes into the statement as a parameter,
    /// so that EF Core keeps the statement it generated; a list is written into the SQL as constants, and the statement
    /// generated again on every call.
    /// </summary>
    public static IQueryable<TCase> OfOrganisations<TCase>(this IQueryable<TCase> cases, IReadOnlyList<int> visible) where TCase : Case
    {
        if (visible.Count != 1) return cases.Where(c => visible.Contains(c.OrganisationId));
        var organisation = visible[0];
        return cases.Where(c => c.OrganisationId == organisation);
    }
}
