using CaseFlow.Data;
using CaseFlow.Domain;
using CaseFlow.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Features.Reports;

/// <summary>The plans' indicator tables: read by anyone signed in; a new plan period loaded by an administrator without a release.</summary>
public static class PlanEndpoints
{
    public static void MapPlans(this RouteGroupBuilder api)
    {
        api.MapGet("plans", async (CaseFlowDbContext db) => TypedResults.Ok(
                (await db.PlanIndicators.AsNoTracking().Include(i => i.Targets).OrderBy(i => i.Plan).ThenBy(i => i.Number).ToListAsync())
                .GroupBy(i => i.Plan)
                .Select(g => new { plan = g.Key, indicators = g.Select(i => new { i.Number, i.Name, i.Unit, i.Nature, i.Measure,
                    targets = i.Targets.OrderBy(t => t.Year).Select(t => new { t.Year, t.Text, t.Comparison, t.Value, t.Cumulative, t.IsActual }) }) })))
            .Allow(Access.SignedIn)
            .WithTags("reports")
            .WithSummary("The loaded plans' indicator tables with every target and baseline");

        api.MapPut("admin/plans/{code}", (string code, PlanFile plan, HttpContext http, CaseFlowDbContext db) => LoadAsync(code, plan, CurrentUser.From(http.User), db))
            .Allow(Access.Administrators)
            .AddEndpointFilter<TransactionFilter>()
            .WithTags("reports")
            .WithSummary("Loads or replaces a plan's indicator table (administrator), in the format of seeds/plan-targets.json");
    }

    /// <summary>Loads or replaces a plan's indicator table: the API and the administration page call this.</summary>
    public static async Task<IResult> LoadAsync(string code, PlanFile plan, CurrentUser user, CaseFlowDbContext db)
    {
        if (Access.Administrators.Refuses(user) is { } refused) return refused;
        if (plan.Code != code) return Problems.Invalid("code", "must equal the plan's code in the path");
        var (rows, field, rule) = plan.ToRows();
        if (rows is null) return Problems.Invalid(field!, rule!);
        await PlanFile.StoreAsync(db, code, rows);
        return TypedResults.Ok(new { plan = code, indicators = rows.Count, targets = rows.Sum(r => r.Targets.Count) });
    }
}
