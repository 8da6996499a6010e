using Microsoft.EntityFrameworkCore;
using MySqlConnector;

namespace CaseFlow.Data;

public enum DatabaseProvider
{
    /// <summary>The embedded default: one file under the data folder.</summary>
    Sqlite,
    /// <summary>MySQL 8 or MariaDB 10.11+ through Pomelo.</summary>
    MySql,
}

/// <summary>The <c>CaseFlow:Database</c> section of configuration.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "CaseFlow:Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    /// <summary>For SQLite, defaults to <c>caseflow.db</c> in the data folder; required for MySQL.</summary>
    public string? ConnectionString { get; set; }
    /// <summary>
    /// A replica (or any read-only endpoint of the same data) that reports may read from; the primary
    /// when absent.
    /// </summary>
    public string? ReadConnectionString { get; set; }
    /// <summary>
    /// How long a report waits for the replica to apply what the primary had committed when the report was asked
    /// for (MariaDB); past it, the report is built from the replica as it stands and says that it is behind.
    /// </summary>
    public double ReplicaWaitSeconds { get; set; } = 2;
    /// <summary>The MySQL server version, fixed so that start-up never waits on the server: <c>10.11-mariadb</c>, <c>8.0-mysql</c>.</summary>
    public string ServerVersion { get; set; } = "10.11-mariadb";
    /// <summary>
    /// How often a transient failure (lost connection, deadlock) is retried before the request gives up; fifty
    /// intakes racing for one case-number counter on a loaded two-core machine have exhausted three.
    /// </summary>
    public int MaxRetries { get; set; } = 6;
    /// <summary>
    /// How long one statement of a migration may run at start-up: building an index over ten million cases takes
    /// minutes (the province benchmark), far past the 30 seconds a request's statement is given.
    /// </summary>
    public double MigrationTimeoutMinutes { get; set; } = 60;

    public string SqliteConnectionString(string dataFolder) =>
        ConnectionString ?? $"Data Source={Path.Combine(dataFolder, "caseflow.db")};Default Timeout=30;Pooling=True";
}

public static class DatabaseSetup
{
    public const string SqliteMigrationsAssembly = "CaseFlow.Migrations.Sqlite";
    public const string MySqlMigrationsAssembly = "CaseFlow.Migrations.MySql";

    public static void Configure(DbContextOptionsBuilder builder, DatabaseOptions options, string dataFolder, bool readOnly = false)
    {
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                var file = (readOnly ? options.ReadConnectionString : null) ?? options.SqliteConnectionString(dataFolder);
                builder.UseSqlite(file, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));
                break;
            case DatabaseProvider.MySql:
                var connectionString = (readOnly ? options.ReadConnectionString : null) ?? options.ConnectionString
                    ?? throw new InvalidOperationException("CaseFlow:Database:ConnectionString is required when the provider is MySql");
                builder.UseMySql(Bounded(connectionString), Microsoft.EntityFrameworkCore.ServerVersion.Parse(options.ServerVersion), mysql =>
                {
                    mysql.MigrationsAssembly(MySqlMigrationsAssembly);
                    mysql.EnableRetryOnFailure(options.MaxRetries, TimeSpan.FromSeconds(1), errorNumbersToAdd: null);
                    mysql.CommandTimeout(30);
                });
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "unknown database provider");
        }
        // Counts each request's commands, connections and transactions (Server-Timing); nothing outside a request.
        builder.AddInterceptors(Infrastructure.DatabaseWork.Interceptors);
    }

    /// <summary>
    /// Short connect timeouts unless the connection string says otherwise, so that a request made
    /// while the server is down fails within seconds instead of hanging.
    /// </summary>
    static string Bounded(string connectionString)
    {
        var builder = new MySqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Timeout", StringComparison.OrdinalIgnoreCase)) builder.ConnectionTimeout = 3;
        return builder.ConnectionString;
    }
}
