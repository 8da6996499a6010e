using System.Text.Json;
using CaseFlow.Calendar;
using CaseFlow.Data;
using CaseFlow.Domain;
using CaseFlow.Features.Cases;
using CaseFlow.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Features.Clocks;

public sealed record CalendarDayInput(DateOnly Date, string Kind, string? Name);

public sealed record CalendarYear(int Year, bool Loaded, IReadOnlyList<CalendarDayInput> Days);

public sealed record CalendarLoaded(int Year, int Holidays, int Workdays, int OpenCasesRecomputed);

/// <summary>
/// The holiday calendar as data: anyone signed in reads a year; an administrator loads a new year
/// (CSV in the <c>seeds/calendar</c> format, or JSON) without a release, and every open case's clocks
/// are recomputed on it.
/// </summary>
public static class CalendarEndpoints
{
    public static void MapCalendar(this RouteGroupBuilder api)
    {
        api.MapGet("calendar/{year:int}", async (int year, CaseFlowDbContext db) =>
            {
                var days = await db.CalendarEntries.AsNoTracking().Where(e => e.Date >= new DateOnly(year, 1, 1) && e.Date <= new DateOnly(year, 12, 31))
                    .OrderBy(e => e.Date).ToListAsync();
                return TypedResults.Ok(new CalendarYear(year, days.Count > 0,
                    days.Select(d => new CalendarDayInput(d.Date, d.IsWorkingDay ? "workday" : "holiday", d.Name)).ToList()));
            })
            .Allow(Access.SignedIn)
            .WithTags("calendar")
            .WithSummary("The holidays and make-up working days of a year (调休); an empty year is counted on weekends alone");

        api.MapPut("admin/calendar/{year:int}", async Task<IResult> (int year, HttpContext http, CaseServices services, ReferenceData data) =>
            {
                if (year is < 2000 or > 2100) return Problems.Invalid("year", "must be from 2000 to 2100");
                var (days, problem) = await Read(http.Request, year);
                if (problem is not null) return problem;

                return await LoadAsync(year, days!, services, data);
            })
            .Allow(Access.Administrators)
            .AddEndpointFilter<TransactionFilter>()
            .WithTags("calendar")
            .WithSummary("Loads a year's holiday calendar (administrator): text/csv lines date,holiday|workday,name, or a JSON array");
    }

    /// <summary>Replaces a year's calendar and recomputes every open case on it: the API and the administration page call this.</summary>
    public static async Task<IResult> LoadAsync(int year, List<CalendarDay> days, CaseServices services, ReferenceData data)
    {
        var db = services.Db;
        await db.CalendarEntries.Where(e => e.Date >= new DateOnly(year, 1, 1) && e.Date <= new DateOnly(year, 12, 31)).ExecuteDeleteAsync();
        db.CalendarEntries.AddRange(days.Select(d => new CalendarEntry { Date = d.Date, IsWorkingDay = d.IsWorkingDay, Name = d.Name }));
        await db.SaveChangesAsync();
        var recomputed = await RecomputeOpenCasesAsync(services, kind: null, services.Services.Clocks, await ReferenceData.CalendarInTransactionAsync(db));
        await data.ChangedAsync(db, ReferenceVersion.Calendar);
        return TypedResults.Ok(new CalendarLoaded(year, days.Count(d => !d.IsWorkingDay), days.Count(d => d.IsWorkingDay), recomputed));
    }

    /// <summary>A year's calendar from CSV text in the <c>seeds/calendar</c> format, checked.</summary>
    public static (List<CalendarDay>? Days, IResult? Problem) ReadCsv(string text, int year)
    {
        try
        {
            return Check(WorkingCalendar.ReadCsv(new StringReader(text)).ToList(), year);
        }
        catch (FormatException e)
        {
            return (null, Problems.Invalid("body", e.Message));
        }
    }

    static async Task<(List<CalendarDay>? Days, IResult? Problem)> Read(HttpRequest request, int year)
    {
        List<CalendarDay> days;
        try
        {
            if (request.ContentType?.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) == true)
            {
                using var reader = new StreamReader(request.Body);
                days = WorkingCalendar.ReadCsv(new StringReader(await reader.ReadToEndAsync())).ToList();
            }
            else
            {
                var inputs = await JsonSerializer.DeserializeAsync<List<CalendarDayInput>>(request.Body, JsonSerializerOptions.Web) ?? [];
                days = [];
                for (var i = 0; i < inputs.Count; i++)
                {
                    var working = inputs[i].Kind switch
                    {
                        "holiday" => false,
                        "workday" => true,
                        _ => (bool?)null,
                    };
                    if (working is null) return (null, Problems.Invalid($"[{i}].kind", "must be 'holiday' or 'workday'"));
                    days.Add(new CalendarDay(inputs[i].Date, working.Value, inputs[i].Name ?? ""));
                }
            }
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return (null, Problems.Invalid("body", e.Message));
        }
        return Check(days, year);
    }

    static (List<CalendarDay>? Days, IResult? Problem) Check(List<CalendarDay> days, int year)
    {
        if (days.Count == 0) return (null, Problems.Invalid("body", "must list at least one day"));
        if (days.FirstOrDefault(d => d.Date.Year != year) is { } stray) return (null, Problems.Invalid("body", $"lists {stray.Date:yyyy-MM-dd}, which is not in {year}"));
        if (days.Select(d => (d.Date, Rule: TextInputConverter.Problem(d.Name))).FirstOrDefault(d => d.Rule is not null) is { Rule: { } rule } bad)
            return (null, Problems.Invalid("body", $"the name of {bad.Date:yyyy-MM-dd} {rule}"));
        if (days.GroupBy(d => d.Date).FirstOrDefault(g => g.Count() > 1) is { } twice) return (null, Problems.Invalid("body", $"lists {twice.Key:yyyy-MM-dd} twice"));
        if (days.FirstOrDefault(d => d.IsWorkingDay && d.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) is { } weekday)
            return (null, Problems.Invalid("body", $"{weekday.Date:yyyy-MM-dd} is a weekday: only weekend days can be make-up working days"));
        return (days, null);
    }

    public static async Task ReloadAsync(CaseFlowDbContext db, WorkingCalendar calendar) =>
        calendar.Replace((await db.CalendarEntries.AsNoTracking().ToListAsync()).Select(e => new CalendarDay(e.Date, e.IsWorkingDay, e.Name)));

    /// <summary>Recomputes the clocks of every open case (of one kind, or all), a batch at a time.</summary>
    public static async Task<int> RecomputeOpenCasesAsync(CaseServices services, CaseKind? kind, ClockBook clocks, WorkingCalendar calendar)
    {
        var db = services.Db;
        var ids = await db.Cases.Where(c => c.ClosedOn == null && (kind == null || c.Kind == kind)).Select(c => new { c.Id, c.Kind }).ToListAsync();
        foreach (var batch in ids.Chunk(200))
        {
            foreach (var group in batch.GroupBy(c => c.Kind))
            {
                var batchIds = group.Select(c => c.Id).ToList();
                foreach (var @case in await CaseKinds.Of(group.Key).Load(db).Where(c => batchIds.Contains(c.Id)).ToListAsync())
                    await CaseClocks.RecomputeAsync(db, @case, clocks, calendar, services.Today);
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        return ids.Count;
    }
}
