using CaseFlow.Data;
using CaseFlow.Features.Projects;
using CaseFlow.Workflows;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CaseFlow.Infrastructure;

/// <summary>
/// The one transaction boundary: a writing endpoint runs inside a transaction that commits only when
/// it answers with success, so a refused or failed request leaves nothing half-written. On a provider
/// that retries transient failures (MySQL), the whole request is retried from a clean slate.
/// </summary>
public sealed class TransactionFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        new(Transaction.RunAsync(context.HttpContext, async () => await next(context)));
}

/// <summary>The boundary itself, for the endpoints' filter and the web UI's forms alike.</summary>
public static class Transaction
{
    public static async Task<T> RunAsync<T>(HttpContext http, Func<Task<T>> work)
    {
        var db = http.RequestServices.GetRequiredService<CaseFlowDbContext>();
        // SQLite takes one writer at a time: the others queue here, in order, instead of polling the file's lock.
        var gate = db.Database.IsSqlite() ? http.RequestServices.GetRequiredService<SqliteWriteGate>() : null;
        if (gate is null) return await RunInTransactionAsync(http, db, work);
        await gate.WaitAsync(http.RequestAborted);
        try
        {
            return await RunInTransactionAsync(http, db, work);
        }
        finally
        {
            gate.Release();
        }
    }

    static async Task<T> RunInTransactionAsync<T>(HttpContext http, CaseFlowDbContext db, Func<Task<T>> work)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            db.ChangedProjects.Clear();
            db.AfterCommit.Clear();
            db.OnceIdsAssigned.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(http.RequestAborted);
            var result = await work();
            var status = result is IStatusCodeHttpResult { StatusCode: { } code } ? code : StatusCodes.Status200OK;
            if (status is >= 200 and < 300)
            {
                // The warnings of every project the request changed are evaluated again in its transaction.
                if (db.ChangedProjects.Count > 0)
                {
                    var services = http.RequestServices.GetRequiredService<WorkflowServices>();
                    foreach (var project in db.ChangedProjects.Order().ToList())
                        await WageWarnings.EvaluateAsync(db, services.Warnings, WorkflowContext.TodayBy(services.Time), project);
                }
                await transaction.CommitAsync(CancellationToken.None);
                // Committed: what follows may not undo it, nor make the strategy run the request again.
                foreach (var then in db.AfterCommit)
                {
                    try { await then(db); }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("CaseFlow").LogWarning(e, "A step after the commit failed; the background watcher catches up");
                    }
                }
            }
            else
                await transaction.RollbackAsync(CancellationToken.None);
            return result;
        });
    }
}

/// <summary>
/// The writing requests of this instance on an SQLite database, one at a time. SQLite allows a single writer;
/// without this queue the others would wait for the file's lock by polling it (Microsoft.Data.Sqlite sleeps
/// 150 ms between tries), which put the 99th percentile of eight writing clients near 800 ms.
/// </summary>
public sealed class SqliteWriteGate : SemaphoreSlim
{
    public SqliteWriteGate() : base(1, 1) { }
}
