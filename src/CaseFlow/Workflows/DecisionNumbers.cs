using CaseFlow.Data;
using CaseFlow.Features.Inspection;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Workflows;

/// <summary>
/// Numbers of decisions that carry their own series (行政处罚决定书, 失信名单列入决定书), per organisation and
/// year: consecutive and never reused, issued in the caller's transaction as case numbers are.
/// </summary>
public static class DecisionNumbers
{
    public static async Task<string> IssueAsync(CaseFlowDbContext db, int organisationId, string series, string pattern, DateOnly on)
    {
        var year = on.Year;
        var sequence = db.DecisionNumberSequences.Where(s => s.OrganisationId == organisationId && s.Series == series && s.Year == year);
        var number = 1;
        if (await sequence.ExecuteUpdateAsync(s => s.SetProperty(x => x.LastNumber, x => x.LastNumber + 1)) == 1)
            number = await sequence.Select(s => s.LastNumber).SingleAsync();
        else
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO DecisionNumberSequences (OrganisationId, Series, Year, LastNumber) VALUES ({organisationId}, {series}, {year}, 1)");
        return pattern.Replace("{year}", year.ToString()).Replace("{number}", number.ToString());
    }
}
