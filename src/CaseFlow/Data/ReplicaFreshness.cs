using System.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Data;

/// <summary>How a report's replica stood when the report read it.</summary>
/// <param name="CaughtUp">The replica had applied everything the primary had committed when the report was asked for.</param>
/// <param name="WaitedMilliseconds">How long the report waited for it.</param>
/// <param name="Position">The primary's binary-log position (GTID) the report waited for.</param>
public sealed record ReplicaState(bool CaughtUp, double WaitedMilliseconds, string Position);

/// <summary>
/// Before a report reads a MariaDB replica, it waits until the replica has applied everything the primary had
/// committed when the report was asked for (<c>MASTER_GTID_WAIT</c> on the primary's <c>@@gtid_binlog_pos</c>), for at
/// most <see cref="DatabaseOptions.ReplicaWaitSeconds"/>. A report therefore counts every write acknowledged before
/// it was asked for; when the replica is further behind than the wait, the report is built all the same and says so.
/// Without a replica, or on a server without MariaDB's GTIDs, there is nothing to wait for (<c>null</c>).
/// </summary>
public sealed class ReplicaFreshness(CaseFlowDbContext primary, ReportingDbContext replica, DatabaseOptions options)
{
    public async Task<ReplicaState?> AwaitAsync(CancellationToken cancellationToken)
    {
        if (options.Provider != DatabaseProvider.MySql || options.ReadConnectionString is null
            || options.ReadConnectionString == options.ConnectionString) return null;
        string position;
        try
        {
            position = await primary.Database.SqlQueryRaw<string>("SELECT @@gtid_binlog_pos AS Value").SingleAsync(cancellationToken);
        }
        catch (MySqlConnector.MySqlException e) when (e.ErrorCode == MySqlConnector.MySqlErrorCode.UnknownSystemVariable)
        {
            return null;
        }
        var waited = Stopwatch.StartNew();
        var reached = await replica.Database
            .SqlQueryRaw<int>("SELECT MASTER_GTID_WAIT({0}, {1}) AS Value", position, options.ReplicaWaitSeconds)
            .SingleAsync(cancellationToken);
        return new ReplicaState(reached == 0, Math.Round(waited.Elapsed.TotalMilliseconds, 1), position);
    }
}
