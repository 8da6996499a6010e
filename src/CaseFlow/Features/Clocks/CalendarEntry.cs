namespace CaseFlow.Features.Clocks;

/// <summary>A listed day of the State Council's holiday calendar as stored: a holiday, or a worked weekend day (调休).</summary>
public class CalendarEntry
{
    public DateOnly Date { get; set; }
    public bool IsWorkingDay { get; set; }
    public required string Name { get; set; }
}
