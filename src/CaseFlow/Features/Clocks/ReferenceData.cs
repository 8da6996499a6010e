using CaseFlow.Calendar;
using CaseFlow.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CaseFlow.Features.Clocks;

/// <summary>A version number per kind of reference data held in memory, bumped in the transaction that changes it.</summary>
public class ReferenceVersion
{
    public const string Clocks = "clocks";
    public const string Calendar = "calendar";
    public const string Organisations = "organisations";

    public required string Name { get; set; }
    public long Version { get; set; }
}

/// <summary>
/// The statutory clocks and the holiday calendar every instance holds in memory, kept to what is committed: a
/// change is computed inside its transaction on a copy of its own, the instance that made it takes it on
/// only after the commit, and every other instance on its next look at the versions (a few seconds) — so a
/// rolled-back change is never seen, and two instances on one database agree.
/// </summary>
public sealed class ReferenceData(ClockBook clocks, WorkingCalendar calendar, OrganisationDirectory organisations)
{
    readonly Dictionary<string, long> loaded = [];

    /// <summary>Bumps the version of <paramref name="name"/> in the current transaction and reloads this instance once it commits.</summary>
    public async Task ChangedAsync(CaseFlowDbContext db, string name)
    {
        if (await db.ReferenceVersions.Where(v => v.Name == name).ExecuteUpdateAsync(s => s.SetProperty(v => v.Version, v => v.Version + 1)) == 0)
        {
            db.ReferenceVersions.Add(new ReferenceVersion { Name = name, Version = 1 });
            await db.SaveChangesAsync();
        }
        db.AfterCommit.Add(RefreshAsync);
    }

    /// <summary>Reloads what changed since this instance last loaded it; true when anything was reloaded.</summary>
    public async Task<bool> RefreshAsync(CaseFlowDbContext db)
    {
        var versions = await db.ReferenceVersions.AsNoTracking().ToDictionaryAsync(v => v.Name, v => v.Version);
        var reloaded = false;
        foreach (var name in new[] { ReferenceVersion.Clocks, ReferenceVersion.Calendar, ReferenceVersion.Organisations })
        {
            var version = versions.GetValueOrDefault(name);
            lock (loaded) if (loaded.TryGetValue(name, out var have) && have == version) continue;
            if (name == ReferenceVersion.Clocks) await clocks.ReloadAsync(db);
            else if (name == ReferenceVersion.Organisations) await organisations.ReloadAsync(db);
            else await CalendarEndpoints.ReloadAsync(db, calendar);
            lock (loaded) loaded[name] = version;
            reloaded = true;
        }
        return reloaded;
    }

    /// <summary>A book of the clocks as the current transaction sees them, for recomputing cases inside it.</summary>
    public static async Task<ClockBook> ClocksInTransactionAsync(CaseFlowDbContext db)
    {
        var book = new ClockBook();
        await book.ReloadAsync(db);
        return book;
    }

    /// <summary>The calendar as the current transaction sees it.</summary>
    public static async Task<WorkingCalendar> CalendarInTransactionAsync(CaseFlowDbContext db)
    {
        var local = new WorkingCalendar([]);
        await CalendarEndpoints.ReloadAsync(db, local);
        return local;
    }
}

/// <summary>Looks at the reference versions every few seconds, so that a change made on another instance is taken on here.</summary>
public sealed class ReferenceDataWatcher(IServiceScopeFactory scopes, ReferenceData data, TimeSpan every, ILogger<ReferenceDataWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(every);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                if (await data.RefreshAsync(scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>()))
                    logger.LogInformation("Statutory clocks or calendar changed on another instance: reloaded");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not look at the reference data's versions; trying again");
            }
        }
    }
}
