using CaseFlow.Data;
using CaseFlow.Domain;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Workflows;

/// <summary>
/// Issues case numbers per organisation, kind and year: consecutive, never reused. The counter row
/// is incremented inside the caller's transaction, so a rolled-back action gives its number back and
/// concurrent actions queue on the row lock instead of sharing a number.
/// </summary>
public static class CaseNumbers
{
    public static async Task IssueAsync(CaseFlowDbContext db, Case @case, DateOnly on)
    {
        if (@case.CaseNumber is not null) return;
        var format = db.Directory?.Format(@case.OrganisationId, @case.Kind)
            ?? await db.CaseNumberFormats.SingleOrDefaultAsync(f => f.OrganisationId == @case.OrganisationId && f.Kind == @case.Kind)
            ?? throw new InvalidOperationException($"organisation {@case.OrganisationId} has no case number format for {@case.Kind}");
        var year = on.Year;
        var sequence = db.CaseNumberSequences.Where(s => s.OrganisationId == @case.OrganisationId && s.Kind == @case.Kind && s.Year == year);
        var number = 1;
        if (await sequence.ExecuteUpdateAsync(s => s.SetProperty(x => x.LastNumber, x => x.LastNumber + 1)) == 1)
            number = await sequence.Select(s => s.LastNumber).SingleAsync();
        else
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO CaseNumberSequences (OrganisationId, Kind, Year, LastNumber) VALUES ({@case.OrganisationId}, {@case.Kind.ToString()}, {year}, 1)");
        @case.CaseYear = year;
        @case.CaseSequence = number;
        @case.CaseNumber = format.Format(year, number);
    }

    /// <summary>
    /// Creates the counters of the given years ahead of time, outside any transaction, so that
    /// issuing a number is always an update of an existing row.
    /// </summary>
    public static async Task EnsureSequencesAsync(CaseFlowDbContext db, IEnumerable<int> years)
    {
        var formats = await db.CaseNumberFormats.AsNoTracking().ToListAsync();
        var existing = await db.CaseNumberSequences.AsNoTracking().ToListAsync();
        foreach (var year in years)
        foreach (var f in formats)
        {
            if (existing.Any(s => s.OrganisationId == f.OrganisationId && s.Kind == f.Kind && s.Year == year)) continue;
            db.CaseNumberSequences.Add(new CaseNumberSequence { OrganisationId = f.OrganisationId, Kind = f.Kind, Year = year });
        }
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }
}
