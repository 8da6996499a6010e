using CaseFlow.Calendar;
using CaseFlow.Data;
using CaseFlow.Domain;
using CaseFlow.Workflows;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Features.Clocks;

/// <summary>The clock definitions in force, read from the database at start-up and after each change.</summary>
public sealed class ClockBook
{
    IReadOnlyDictionary<string, ClockDefinition> definitions = new Dictionary<string, ClockDefinition>();

    public IReadOnlyDictionary<string, ClockDefinition> Definitions => Volatile.Read(ref definitions);

    public async Task ReloadAsync(CaseFlowDbContext db) =>
        Volatile.Write(ref definitions, await db.ClockDefinitions.AsNoTracking().ToDictionaryAsync(d => d.Code));

    /// <summary>
    /// Checks an extension of a clock's period against the most its definition allows; a clock that
    /// allows none, or is not defined, refuses every extension.
    /// </summary>
    public void CheckExtension(string code, int days, string field)
    {
        var definition = Definitions.GetValueOrDefault(code);
        var most = definition?.MaxExtensionDays ?? 0;
        Require.That(most > 0, field, $"{definition?.Name ?? code}不能延长");
        Require.That(days >= 1 && days <= most, field, $"须在1至{most}之间（{definition!.LegalBasis}）");
    }
}

/// <summary>How close a running clock is to its end, as a worklist flags it.</summary>
public enum ClockUrgency
{
    [System.ComponentModel.DataAnnotations.Display(Name = "正常")]
    None,
    /// <summary>More than two thirds of the period have gone.</summary>
    [System.ComponentModel.DataAnnotations.Display(Name = "即将到期")]
    Warning,
    [System.ComponentModel.DataAnnotations.Display(Name = "已超期")]
    Overdue,
}

/// <summary>One clock as a case shows it.</summary>
public sealed record ClockView(
    string Code, string Name, string Description, string LegalBasis, int Days, ClockUnit Unit, ClockObligation ObligedBy,
    DateOnly StartedOn, DateOnly? DueOn, DateOnly? MetOn, string State, int? DaysLeft, bool MetLate, int PausedDays, IReadOnlyList<string> Warnings,
    ClockUrgency Urgency)
{
    /// <summary>The share of a period after which a running clock is flagged: two thirds.</summary>
    public const double WarningShare = 2.0 / 3.0;

    /// <summary>
    /// The state read against today: a running clock past its due date is overdue — or, for a party's
    /// period, expired — and days left are counted in the clock's own unit.
    /// </summary>
    public static ClockView Of(CaseClock clock, ClockDefinition definition, WorkingCalendar calendar, DateOnly today)
    {
        var state = clock.Status switch
        {
            ClockStatus.Met => "met",
            ClockStatus.Paused => "paused",
            _ when clock.DueOn < today => clock.ObligedBy == ClockObligation.Party ? "expired" : "overdue",
            _ => "running",
        };
        int Count(DateOnly from, DateOnly to) =>
            definition.Unit == ClockUnit.CalendarDays ? to.DayNumber - from.DayNumber : calendar.WorkingDaysBetween(from, to);
        int? left = clock.Status != ClockStatus.Running || clock.DueOn is not { } due ? null : Count(today, due);
        var urgency = clock.Status != ClockStatus.Running || clock.DueOn is not { } end ? ClockUrgency.None
            : end < today ? ClockUrgency.Overdue
            : Count(clock.StartedOn, end) is var period and > 0 && Count(clock.StartedOn, today) >= period * WarningShare ? ClockUrgency.Warning
            : ClockUrgency.None;
        var warnings = (clock.MissingCalendarYears ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(y => $"no holiday calendar is loaded for {y}: its days were counted on weekends alone").ToList();
        return new ClockView(clock.Code, definition.Name, definition.Description, definition.LegalBasis, definition.Days, definition.Unit,
            definition.ObligedBy, clock.StartedOn, clock.DueOn, clock.MetOn, state, left,
            clock.MetOn is { } met && clock.DueOn is { } dueOn && met > dueOn, clock.PausedDays, warnings, urgency);
    }
}

/// <summary>Recomputes a case's clocks after an event, in the same unit of work as the event.</summary>
public static class CaseClocks
{
    public static async Task RecomputeAsync(CaseFlowDbContext db, Case @case, ClockBook book, WorkingCalendar calendar, DateOnly today)
    {
        var events = @case.Id == 0
            ? @case.Events.ToList()
            : (await db.CaseEvents.AsNoTracking().Where(e => e.CaseId == @case.Id).ToListAsync()).Union(@case.Events.Where(e => e.Id == 0)).ToList();
        // The stored clocks, and those added since the last save (the navigation holds both once tracked). A case
        // read with its clocks for the action has them all already; one read without them reads them here.
        var existing = @case.Id == 0 || db.Entry(@case).Collection(c => c.Clocks).IsLoaded
            ? @case.Clocks.ToList()
            : (await db.CaseClocks.Where(c => c.CaseId == @case.Id).ToListAsync()).Union(@case.Clocks).ToList();
        var seen = new HashSet<string>();
        foreach (var (code, facts) in ClockRules.Facts(@case, events))
        {
            if (!book.Definitions.TryGetValue(code, out var definition)) continue;
            seen.Add(code);
            var (due, status, paused, missing) = ClockRules.Compute(definition, facts, calendar, today);
            var clock = existing.FirstOrDefault(c => c.Code == code);
            if (clock is null)
            {
                clock = new CaseClock { Code = code };
                if (@case.Id == 0) @case.Clocks.Add(clock);
                else
                {
                    clock.CaseId = @case.Id;
                    db.CaseClocks.Add(clock);
                }
            }
            clock.OrganisationId = @case.OrganisationId;
            clock.Kind = @case.Kind;
            clock.AssigneeId = @case.AssigneeId;
            clock.ObligedBy = definition.ObligedBy;
            clock.StartedOn = facts.Start;
            clock.DueOn = due;
            clock.MetOn = facts.MetOn;
            clock.Status = status;
            clock.PausedDays = paused;
            clock.MissingCalendarYears = missing.Count == 0 ? null : string.Join(",", missing);
        }
        foreach (var gone in existing.Where(c => !seen.Contains(c.Code)))
        {
            if (@case.Id == 0) @case.Clocks.Remove(gone);
            else db.CaseClocks.Remove(gone);
        }
    }
}
