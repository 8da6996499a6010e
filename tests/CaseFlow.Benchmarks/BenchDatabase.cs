using System.Data.Common;
using CaseFlow.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MySqlConnector;

namespace CaseFlow.Benchmarks;

/// <summary>
/// A benchmark's own database: a SQLite file in a temporary folder (or one given), or a database of its
/// own on the MariaDB server given; <see cref="DisposeAsync"/> removes both.
/// </summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("caseflow-bench-").FullName;
    readonly string database = $"caseflow_bench_{Environment.ProcessId}";
    readonly string? mariadb;

    public BenchDatabase(string? mariadb, string? sqliteFile = null)
    {
        this.mariadb = mariadb;
        ConnectionString = mariadb is null
            ? $"Data Source={sqliteFile ?? Path.Combine(folder, "bench.db")};Pooling=True"
            : new MySqlConnectionStringBuilder(mariadb) { Database = database, AllowUserVariables = true }.ConnectionString;
        var builder = new DbContextOptionsBuilder<CaseFlowDbContext>();
        DatabaseSetup.Configure(builder, new DatabaseOptions
        {
            Provider = mariadb is null ? DatabaseProvider.Sqlite : DatabaseProvider.MySql,
            ConnectionString = ConnectionString,
        }, folder);
        Options = builder.Options;
        Console.WriteLine($"on {Name}");
    }

    public string Name => mariadb is null ? "SQLite" : "MariaDB";
    public bool IsSqlite => mariadb is null;
    public string ConnectionString { get; }
    public DbContextOptions<CaseFlowDbContext> Options { get; }

    public DbConnection Connect() => mariadb is null ? new SqliteConnection(ConnectionString) : new MySqlConnection(ConnectionString);

    /// <summary>The schema by the migrations, with SQLite in WAL mode as CaseFlow runs it.</summary>
    public async Task MigrateAsync(CaseFlowDbContext db)
    {
        await db.Database.MigrateAsync();
        if (mariadb is null) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        if (mariadb is null) return;
        MySqlConnection.ClearAllPools();
        await using var connection = new MySqlConnection(mariadb);
        await connection.OpenAsync();
        await new MySqlCommand($"DROP DATABASE IF EXISTS `{database}`", connection).ExecuteNonQueryAsync();
    }
}
