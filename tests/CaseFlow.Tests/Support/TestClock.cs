namespace CaseFlow.Tests.Support;

/// <summary>A clock the test sets; starts at 10:00 China time on the given day.</summary>
public sealed class TestClock(DateOnly today) : TimeProvider
{
    DateTimeOffset now = new(today.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));

    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

    public DateOnly Today => DateOnly.FromDateTime(now.DateTime);

    public void SetToday(DateOnly day) => now = new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));

    public void AdvanceDays(int days) => now = now.AddDays(days);
}
