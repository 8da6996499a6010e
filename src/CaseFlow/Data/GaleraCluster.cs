using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Data;

/// <summary>
/// What CaseFlow needs of a MariaDB Galera cluster. A node acknowledges a commit once the cluster has certified it,
/// before the other nodes have applied it; a request sent to another node a moment later (the next action on a case
/// just taken in) would not find it. With <c>wsrep_sync_wait</c> bit 1 set, a node waits until it has applied
/// everything committed before a read, so each request sees what the previous one wrote, whichever node serves it.
/// CaseFlow refuses to start on a node that does not wait.
/// </summary>
public static class GaleraCluster
{
    /// <summary>The bit of <c>wsrep_sync_wait</c> that makes reads (SELECT, SHOW, BEGIN) wait for the cluster.</summary>
    public const int CausalReads = 1;

    public static async Task EnsureCausalReadsAsync(DbContext db)
    {
        if (!db.Database.IsMySql()) return;
        var variables = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SHOW GLOBAL VARIABLES WHERE Variable_name IN ('wsrep_on', 'wsrep_sync_wait')";
            await using DbDataReader reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) variables[reader.GetString(0)] = reader.GetString(1);
        }
        finally
        {
            if (opened) await db.Database.CloseConnectionAsync();
        }
        if (!variables.TryGetValue("wsrep_on", out var on) || !on.Equals("ON", StringComparison.OrdinalIgnoreCase)) return;
        var syncWait = int.TryParse(variables.GetValueOrDefault("wsrep_sync_wait"), out var value) ? value : 0;
        if ((syncWait & CausalReads) == 0)
            throw new InvalidOperationException(
                $"The database server is a Galera node with wsrep_sync_wait = {syncWait}: a request served by another node could miss a write " +
                "acknowledged a moment before. Set wsrep_sync_wait = 1 (or any value with bit 1) in every node's server configuration.");
    }
}
