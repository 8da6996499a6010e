using CaseFlow.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CaseFlow.Data;

/// <summary>
/// The kind and organisation of a party's case, stored on the party (columns the model keeps out of <see cref="Party"/>)
/// for the case list's search by name: set when the party is added, from its case, and never changed, as a case
/// changes neither.
/// </summary>
public static class PartyCase
{
    public const string Kind = "CaseKind";
    public const string Organisation = "CaseOrganisationId";

    /// <summary>The parties of cases of <paramref name="kind"/> in the organisations of <paramref name="visible"/> (see <see cref="Infrastructure.VisibleCases"/> on one organisation).</summary>
    public static IQueryable<Party> OfCases(this IQueryable<Party> parties, CaseKind kind, IReadOnlyList<int> visible)
    {
        parties = parties.Where(p => EF.Property<CaseKind>(p, Kind) == kind);
        if (visible.Count != 1) return parties.Where(p => visible.Contains(EF.Property<int>(p, Organisation)));
        var organisation = visible[0];
        return parties.Where(p => EF.Property<int>(p, Organisation) == organisation);
    }

    /// <summary>Copies its case's kind and organisation onto a party being added, the case being the one of <paramref name="tracked"/> that holds it.</summary>
    public static void Stamp(EntityEntry<Party> party, IEnumerable<Case> tracked)
    {
        var @case = tracked.FirstOrDefault(c => c.Parties.Contains(party.Entity) || (party.Entity.CaseId > 0 && c.Id == party.Entity.CaseId))
            ?? throw new InvalidOperationException("a party is added without its case: add it to the case's parties");
        party.Property(Kind).CurrentValue = @case.Kind;
        party.Property(Organisation).CurrentValue = @case.OrganisationId;
    }
}
