using CaseFlow.Data;
using CaseFlow.Domain;
using CaseFlow.Features.Cases;
using CaseFlow.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Features.Clocks;

public sealed record ClockChange(int Days, ClockUnit Unit);

/// <summary>The statutory clocks as data; an administrator may change a clock's days or unit when the commission reads a rule differently.</summary>
public static class ClockDefinitionEndpoints
{
    public static void MapClockDefinitions(this RouteGroupBuilder api)
    {
        api.MapGet("clocks", async (CaseFlowDbContext db) => TypedResults.Ok(await db.ClockDefinitions.AsNoTracking().OrderBy(d => d.CaseKind).ThenBy(d => d.Code).ToListAsync()))
            .Allow(Access.SignedIn)
            .WithTags("calendar")
            .WithSummary("Every statutory clock: its period, unit and legal basis");

        api.MapPut("admin/clocks/{code}", (string code, ClockChange change, HttpContext http, CaseServices services, ReferenceData data) =>
                ChangeAsync(code, change, CurrentUser.From(http.User), services, data))
            .Allow(Access.Administrators)
            .AddEndpointFilter<TransactionFilter>()
            .WithTags("calendar")
            .WithSummary("Changes a clock's days or unit (administrator); open cases are recomputed");
    }

    /// <summary>Changes a clock's period and recomputes the open cases: the API and the administration page call this.</summary>
    public static async Task<IResult> ChangeAsync(string code, ClockChange change, CurrentUser user, CaseServices services, ReferenceData data)
    {
        if (Access.Administrators.Refuses(user) is { } refused) return refused;
        if (change.Days is < 1 or > 366) return Problems.Invalid("days", "must be from 1 to 366");
        var definition = await services.Db.ClockDefinitions.FindAsync(code);
        if (definition is null) return Problems.NotFound($"no clock '{code}'");
        definition.Days = change.Days;
        definition.Unit = change.Unit;
        await services.Db.SaveChangesAsync();
        // The open cases are recomputed on the definitions as this transaction sees them; the book every request
        // reads takes them on after the commit.
        await CalendarEndpoints.RecomputeOpenCasesAsync(services, definition.CaseKind, await ReferenceData.ClocksInTransactionAsync(services.Db), services.Services.Calendar);
        await data.ChangedAsync(services.Db, ReferenceVersion.Clocks);
        return TypedResults.Ok(definition);
    }
}
