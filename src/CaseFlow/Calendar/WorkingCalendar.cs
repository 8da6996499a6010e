using System.Globalization;

namespace CaseFlow.Calendar;

/// <summary>
/// The State Council's holiday calendar: public holidays (放假) and the weekend days worked in
/// exchange (调休上班). Days not listed follow the ordinary week. A year whose notice is not loaded
/// is counted on weekends alone; <see cref="MissingYears"/> says which years a computation touched
/// without one.
/// </summary>
public sealed class WorkingCalendar
{
    sealed record Snapshot(IReadOnlyDictionary<DateOnly, bool> Exceptions, IReadOnlySet<int> Years);

    Snapshot snapshot;

    public WorkingCalendar(IEnumerable<CalendarDay> days) => snapshot = Build(days);

    /// <summary>Replaces the calendar at once; computations already running finish on the old one.</summary>
    public void Replace(IEnumerable<CalendarDay> days) => Volatile.Write(ref snapshot, Build(days));

    static Snapshot Build(IEnumerable<CalendarDay> days)
    {
        var list = days.ToList();
        return new Snapshot(list.ToDictionary(d => d.Date, d => d.IsWorkingDay), list.Select(d => d.Date.Year).ToHashSet());
    }

    /// <summary>The years whose notices are loaded.</summary>
    public IReadOnlySet<int> Years => Volatile.Read(ref snapshot).Years;

    public bool HasYear(int year) => Years.Contains(year);

    /// <summary>The years from <paramref name="from"/> to <paramref name="to"/> that have no notice loaded.</summary>
    public IEnumerable<int> MissingYears(DateOnly from, DateOnly to) =>
        Enumerable.Range(Math.Min(from.Year, to.Year), Math.Abs(to.Year - from.Year) + 1).Where(y => !HasYear(y));

    public bool IsWorkingDay(DateOnly date) =>
        Volatile.Read(ref snapshot).Exceptions.TryGetValue(date, out var working)
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

    /// <summary>The date <paramref name="count"/> working days before <paramref name="end"/>.</summary>
    public DateOnly SubtractWorkingDays(DateOnly end, int count)
    {
        var date = end;
        while (count > 0)
        {
            date = date.AddDays(-1);
            if (IsWorkingDay(date)) count--;
        }
        return date;
    }

    /// <summary>Working days strictly after <paramref name="from"/> up to and including <paramref name="to"/>; negative when <paramref name="to"/> is earlier.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from) return -WorkingDaysBetween(to, from);
        var count = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
            if (IsWorkingDay(d)) count++;
        return count;
    }

    /// <summary>
    /// The end of a period of calendar days: the start day is not counted, and a period whose last day
    /// is a rest day — a weekend or holiday, never a make-up working day — ends on the next working
    /// day (民法典 arts. 201, 203).
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
            line = line.Trim();
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("date,")) continue;
            var fields = line.Split(',');
            if (fields.Length < 2 || !DateOnly.TryParseExact(fields[0].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                throw new FormatException($"line {lineNumber}: expected yyyy-MM-dd,holiday|workday,name");
            var working = fields[1].Trim() switch
            {
                "holiday" => false,
                "workday" => true,
                _ => throw new FormatException($"line {lineNumber}: kind must be 'holiday' or 'workday'"),
            };
            yield return new CalendarDay(date, working, fields.Length > 2 ? fields[2].Trim() : "");
        }
    }
}

/// <summary>One listed day of the calendar: a holiday, or a weekend day that is worked.</summary>
public sealed record CalendarDay(DateOnly Date, bool IsWorkingDay, string Name);
