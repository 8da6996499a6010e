using Microsoft.EntityFrameworkCore;

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
    /// <summary>For SQLite, defaults to <c>caseflow.db</c> in the data folder.</summary>
    public string? ConnectionString { get; set; }

    public string SqliteConnectionString(string dataFolder) =>
        ConnectionString ?? $"Data Source={Path.Combine(dataFolder, "caseflow.db")};Default Timeout=30;Pooling=True";
}

public static class DatabaseSetup
{
    public const string SqliteMigrationsAssembly = "CaseFlow.Migrations.Sqlite";

    public static void Configure(DbContextOptionsBuilder builder, DatabaseOptions options, string dataFolder)
    {
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(options.SqliteConnectionString(dataFolder), sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));
                break;
            default:
                throw new InvalidOperationException($"database provider {options.Provider} is not available in this build");
        }
    }
}
