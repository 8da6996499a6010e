using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CaseFlow.Infrastructure;

/// <summary>
/// What one request asked of the database: the commands it sent (a batch of SaveChanges is one), the connections it
/// opened, the transactions it began, and how long it waited for all of them (commits and rollbacks too). EF Core's interceptors
/// count into the tally of the request they run for; <see cref="ServerTiming"/> sends it back in a <c>Server-Timing</c>
/// header, so that a request's round trips can be read, and tested, from outside.
/// </summary>
public sealed class DatabaseWork
{
    static readonly AsyncLocal<DatabaseWork?> Current = new();

    int commands, opens, transactions;
    long waitedTicks;

    public int Commands => commands;
    public int Opens => opens;
    public int Transactions => transactions;
    public TimeSpan Waited => TimeSpan.FromTicks(Interlocked.Read(ref waitedTicks));

    /// <summary>Starts the tally of the work that runs from here on in this asynchronous flow (a request).</summary>
    public static DatabaseWork Begin() => Current.Value = new DatabaseWork();

    /// <summary>The interceptors that count; added to every context's options.</summary>
    public static readonly IInterceptor[] Interceptors = [new CommandCounter(), new ConnectionCounter(), new TransactionCounter()];

    enum Counted { Nothing, Command, Open, Transaction }

    static void Add(Counted counted, TimeSpan waited)
    {
        if (Current.Value is not { } work) return;
        switch (counted)
        {
            case Counted.Command: Interlocked.Increment(ref work.commands); break;
            case Counted.Open: Interlocked.Increment(ref work.opens); break;
            case Counted.Transaction: Interlocked.Increment(ref work.transactions); break;
        }
        Interlocked.Add(ref work.waitedTicks, waited.Ticks);
    }

    /// <summary>
    /// A command counts once it has run (or failed); a reader's wait is until its first rows are in (a reader left open
    /// while a split query runs the next statements would otherwise count their time twice).
    /// </summary>
    sealed class CommandCounter : DbCommandInterceptor
    {
        public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            Add(Counted.Command, eventData.Duration);
            return ValueTask.FromResult(result);
        }

        public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
        {
            Add(Counted.Command, eventData.Duration);
            return result;
        }

        public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            Add(Counted.Command, eventData.Duration);
            return ValueTask.FromResult(result);
        }

        public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
        {
            Add(Counted.Command, eventData.Duration);
            return result;
        }

        public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
        {
            Add(Counted.Command, eventData.Duration);
            return ValueTask.FromResult(result);
        }

        public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
        {
            Add(Counted.Command, eventData.Duration);
            return result;
        }

        public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
        {
            Add(Counted.Command, eventData.Duration);
            return Task.CompletedTask;
        }

        public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Add(Counted.Command, eventData.Duration);
    }

    sealed class ConnectionCounter : DbConnectionInterceptor
    {
        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Add(Counted.Open, eventData.Duration);
            return Task.CompletedTask;
        }

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Add(Counted.Open, eventData.Duration);

        public override Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
        {
            Add(Counted.Nothing, eventData.Duration);
            return Task.CompletedTask;
        }

        public override void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => Add(Counted.Nothing, eventData.Duration);
    }

    /// <summary>A transaction counts when it begins; its beginning, commit and rollback are waited for.</summary>
    sealed class TransactionCounter : DbTransactionInterceptor
    {
        public override ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
        {
            Add(Counted.Transaction, eventData.Duration);
            return ValueTask.FromResult(result);
        }

        public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
        {
            Add(Counted.Transaction, eventData.Duration);
            return result;
        }

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Add(Counted.Nothing, eventData.Duration);
            return Task.CompletedTask;
        }

        public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Add(Counted.Nothing, eventData.Duration);

        public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Add(Counted.Nothing, eventData.Duration);
            return Task.CompletedTask;
        }

        public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Add(Counted.Nothing, eventData.Duration);
    }
}

/// <summary>
/// Sends each response's <c>Server-Timing</c> (W3C Server Timing): the request's time in CaseFlow until its answer
/// starts, and its <see cref="DatabaseWork"/> — e.g. <c>app;dur=9.4, db;dur=4.1;desc="commands=11 opens=3 transactions=1"</c>.
/// On in demo mode, off otherwise unless <c>CaseFlow:ServerTiming</c> says so: the durations are for those who tune
/// an installation, not for every client.
/// </summary>
public sealed class ServerTiming(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var started = Stopwatch.GetTimestamp();
        var work = DatabaseWork.Begin();
        http.Response.OnStarting(() =>
        {
            var app = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            http.Response.Headers.Append("Server-Timing", string.Create(CultureInfo.InvariantCulture,
                $"app;dur={app:0.0}, db;dur={work.Waited.TotalMilliseconds:0.0};desc=\"commands={work.Commands} opens={work.Opens} transactions={work.Transactions}\""));
            return Task.CompletedTask;
        });
        await next(http);
    }
}
