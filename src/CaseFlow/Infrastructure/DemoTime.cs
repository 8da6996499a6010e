using CaseFlow.Infrastructure;
using CaseFlow.Workflows;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseFlow.Infrastructure;

/// <summary>
/// Demo mode's clock: the real time, moved forward by as many days as a visitor asks, so that a case
/// can be taken past a hearing date or a deadline in one sitting. Never used outside demo mode.
/// </summary>
public sealed class DemoTime : TimeProvider
{
    long offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref offsetTicks));

    public DateOnly Today => DateOnly.FromDateTime(GetUtcNow().ToOffset(WorkflowContext.ChinaOffset).DateTime);

    /// <summary>Moves the clock forward to <paramref name="day"/>; it never goes back.</summary>
    public bool MoveTo(DateOnly day)
    {
        if (day < Today) return false;
        Interlocked.Add(ref offsetTicks, TimeSpan.FromDays(day.DayNumber - Today.DayNumber).Ticks);
        return true;
    }
}

public sealed record DemoToday(DateOnly Today);

public static class DemoTimeEndpoints
{
    public static void MapDemoTime(this RouteGroupBuilder api)
    {
        var demo = api.MapGroup("demo").WithTags("demo");
        demo.MapGet("today", (DemoTime time) => TypedResults.Ok(new DemoToday(time.Today)))
            .Allow(Access.SignedIn)
            .WithSummary("Demo mode: the day CaseFlow believes it is");
        demo.MapPut("today", IResult (DemoToday request, DemoTime time) =>
                time.MoveTo(request.Today)
                    ? TypedResults.Ok(new DemoToday(time.Today))
                    : Problems.Invalid("today", $"must not be before {time.Today:yyyy-MM-dd}: the demo clock only moves forward"))
            .Allow(Access.SignedIn)
            .WithSummary("Demo mode: moves the clock forward, e.g. to the day of a scheduled hearing");
    }
}
