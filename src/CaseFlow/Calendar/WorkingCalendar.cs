using System.Globalization;

namespace CaseFlow.Calendar;

/// <summary>
/// The State Council's holiday calendar: public holidays (放假) and the weekend days worked in
/// exchange (调休上班). Days not listed follow the ordinary week.
/// </summary>
public sealed class WorkingCalendar
{
    readonly Dictionary<DateOnly, bool> exceptions;
    readonly HashSet<int> years;

    public WorkingCalendar(IEnumerable<CalendarDay> days)
    {
        var list = days.ToList();
        exceptions = list.ToDictionary(d => d.Date, d => d.IsWorkingDay);
        years = list.Select(d => d.Date.Year).ToHashSet();
    }

    /// <summary>The years whose notices are loaded.</summary>
    public IReadOnlySet<int> Years => years;

    public bool IsWorkingDay(DateOnly date) =>
        exceptions.TryGetValue(date, out var working)
            ? working
            : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The date <paramref name="count"/> working days after <paramref name="start"/>, the start day not counted.</summary>
    public DateOnly AddWorkingDays(DateOnly start, int count)
    {
        var date = start;
        while (count > 0)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date)) count--;
        }
        return date;
    }

    /// <summary>Working days strictly after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
            if (IsWorkingDay(d)) count++;
        return count;
    }

    /// <summary>
    /// The end of a period of calendar days: the start day is not counted, and a period whose last day
    /// is a rest day ends on the next working day (民法典 arts. 201, 203).
    /// </summary>
    public DateOnly AddCalendarDays(DateOnly start, int count)
    {
        var end = start.AddDays(count);
        while (!IsWorkingDay(end)) end = end.AddDays(1);
        return end;
    }

    /// <summary>Reads the <c>date,kind,name</c> CSV of <c>seeds/calendar</c>; lines starting with # are comments.</summary>
    public static IEnumerable<CalendarDay> ReadCsv(TextReader reader)
    {
        string? line;
        var lineNumber = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("date,")) continue;
            var fields = line.Split(',');
            if (fields.Length < 2 || !DateOnly.TryParseExact(fields[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                throw new FormatException($"line {lineNumber}: expected yyyy-MM-dd,holiday|workday,name");
            var working = fields[1] switch
            {
                "holiday" => false,
                "workday" => true,
                _ => throw new FormatException($"line {lineNumber}: kind must be 'holiday' or 'workday'"),
            };
            yield return new CalendarDay(date, working, fields.Length > 2 ? fields[2] : "");
        }
    }
}

public sealed record CalendarDay(DateOnly Date, bool IsWorkingDay, string Name);
