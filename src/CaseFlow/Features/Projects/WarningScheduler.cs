using CaseFlow.Data;
using CaseFlow.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CaseFlow.Features.Projects;

/// <summary>
/// The daily run of the warning rules: once when CaseFlow starts and then every day at the hour configured
/// (<c>CaseFlow:Warnings:DailyAt</c>, China time, 01:00 unless set), so that warnings that depend on the date
/// alone — a pay day passed, a month without a transfer — are raised without anyone changing the ledger.
/// </summary>
public sealed class WarningScheduler(IServiceScopeFactory scopes, TimeProvider time, TimeOnly dailyAt, ILogger<WarningScheduler> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var run = await RunAsync(stoppingToken);
                log.LogInformation("Warnings evaluated on {Projects} projects: {Open} open, {Raised} raised, {Resolved} resolved", run.Projects, run.Open, run.Raised, run.Resolved);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "The daily evaluation of the warning rules failed; it is tried again at the next run");
            }
            await Task.Delay(UntilNext(time.GetUtcNow()), stoppingToken);
        }
    }

    /// <summary>How long from <paramref name="now"/> to the next daily run.</summary>
    public TimeSpan UntilNext(DateTimeOffset now)
    {
        var china = now.ToOffset(WorkflowContext.ChinaOffset);
        var next = new DateTimeOffset(DateOnly.FromDateTime(china.DateTime).ToDateTime(dailyAt), WorkflowContext.ChinaOffset);
        if (next <= china) next = next.AddDays(1);
        return next - china;
    }

    async Task<WarningRun> RunAsync(CancellationToken cancel)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
        var services = scope.ServiceProvider.GetRequiredService<WorkflowServices>();
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancel);
            var run = await WageWarnings.EvaluateAsync(db, services.Warnings, WorkflowContext.TodayBy(time));
            await transaction.CommitAsync(CancellationToken.None);
            return run;
        });
    }
}
