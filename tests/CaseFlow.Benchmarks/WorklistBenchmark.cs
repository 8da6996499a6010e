using System.Diagnostics;
using CaseFlow.Data;
using CaseFlow.Domain;
using CaseFlow.Features.Clocks;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Benchmarks;

/// <summary>
/// The overdue worklist (<c>GET /api/deadlines</c>'s query) over many open cases on SQLite, beside the
/// bare SQL query that reads the same rows from the same table, both timed in the same run; the
/// figure that matters is their ratio.
/// </summary>
public static class WorklistBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var cases = args.Length > 0 ? int.Parse(args[0]) : 100_000;
        var rounds = args.Length > 1 ? int.Parse(args[1]) : 30;
        var folder = Directory.CreateTempSubdirectory("caseflow-bench-").FullName;
        var connectionString = $"Data Source={Path.Combine(folder, "bench.db")};Pooling=True";
        try
        {
            var options = new DbContextOptionsBuilder<CaseFlowDbContext>()
                .UseSqlite(connectionString, o => o.MigrationsAssembly(DatabaseSetup.SqliteMigrationsAssembly)).Options;
            int commission;
            await using (var db = new CaseFlowDbContext(options))
            {
                await db.Database.MigrateAsync();
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
                var seeds = Seeds.Locate(null);
                await seeds.LoadOrganisationsAsync(db);
                await seeds.LoadClocksAsync(db);
                commission = (await db.Organisations.SingleAsync(o => o.Code == "commission")).Id;
            }

            var today = new DateOnly(2026, 11, 24);
            var load = Stopwatch.StartNew();
            await Fill(connectionString, commission, cases, today);
            Console.WriteLine($"filled {cases:N0} open arbitration cases ({cases * 3:N0} clocks) in {load.Elapsed.TotalSeconds:0.0} s");

            var query = new DeadlineQuery(null, null, WithinDays: 0, Limit: 200);
            const string bareSql = """
                SELECT c.Id, c.Kind, c.CaseNumber, c.State, k.AssigneeId, k.Code, k.DueOn
                FROM CaseClocks k JOIN Cases c ON c.Id = k.CaseId
                WHERE k.OrganisationId = $org AND k.Status = 'Running' AND k.ObligedBy = 'Organisation' AND k.DueOn IS NOT NULL AND k.DueOn <= $today
                ORDER BY k.DueOn, k.CaseId
                LIMIT 200
                """;

            async Task<int> Worklist()
            {
                await using var db = new CaseFlowDbContext(options);
                return (await Deadlines.Query(db, [commission], today, query, null)).Count;
            }

            async Task<int> Bare()
            {
                await using var connection = new SqliteConnection(connectionString);
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = bareSql;
                command.Parameters.AddWithValue("$org", commission);
                command.Parameters.AddWithValue("$today", today.ToString("yyyy-MM-dd"));
                await using var reader = await command.ExecuteReaderAsync();
                var rows = 0;
                while (await reader.ReadAsync())
                {
                    _ = (reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3),
                        reader.IsDBNull(4) ? (int?)null : reader.GetInt32(4), reader.GetString(5), reader.GetString(6));
                    rows++;
                }
                return rows;
            }

            var worklistRows = await Worklist();
            var bareRows = await Bare();
            if (worklistRows != bareRows) throw new InvalidOperationException($"the worklist read {worklistRows} rows, the bare query {bareRows}");
            var worklist = await Timing.Median(Worklist, rounds);
            var bare = await Timing.Median(Bare, rounds);
            Console.WriteLine($"overdue worklist, {worklistRows} rows of {cases:N0} open cases: median {worklist:0.00} ms over {rounds} rounds");
            Console.WriteLine($"bare SQL over the same table:                median {bare:0.00} ms");
            Console.WriteLine($"ratio worklist / bare SQL: {worklist / bare:0.00}");
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// Open arbitration cases received over the past year, each with its acceptance, service and award
    /// clocks; about one in eight is overdue. Written with plain inserts in one transaction: this is
    /// the benchmark's set-up, not CaseFlow's way of writing cases.
    /// </summary>
    static async Task Fill(string connectionString, int organisation, int count, DateOnly today)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = connection.BeginTransaction();
        var insertCase = connection.CreateCommand();
        insertCase.CommandText = """
            INSERT INTO Cases (Id, Kind, OrganisationId, State, Version, ReceivedOn, AcceptedOn, CreatedAt, CreatedById, AssigneeId, CaseNumber, CaseYear, CaseSequence,
                               Track, IsPreCaseMediation, Source)
            VALUES ($id, 'Arbitration', $org, 'Accepted', 2, $received, $accepted, '2026-01-01 00:00:00+08:00', 1, 1, $number, 2026, $id, 'Ordinary', 0, 'WalkIn')
            """;
        var insertClock = connection.CreateCommand();
        insertClock.CommandText = """
            INSERT INTO CaseClocks (CaseId, OrganisationId, Kind, AssigneeId, Code, Status, ObligedBy, StartedOn, DueOn, MetOn, PausedDays)
            VALUES ($case, $org, 'Arbitration', 1, $code, $status, 'Organisation', $start, $due, $met, 0)
            """;
        var random = new Random(42);
        for (var id = 1; id <= count; id++)
        {
            var received = today.AddDays(-random.Next(0, 365));
            var accepted = received.AddDays(random.Next(1, 8));
            insertCase.Parameters.Clear();
            insertCase.Parameters.AddWithValue("$id", id);
            insertCase.Parameters.AddWithValue("$org", organisation);
            insertCase.Parameters.AddWithValue("$received", received.ToString("yyyy-MM-dd"));
            insertCase.Parameters.AddWithValue("$accepted", accepted.ToString("yyyy-MM-dd"));
            insertCase.Parameters.AddWithValue("$number", $"开劳人仲案字〔2026〕第{id}号");
            await insertCase.ExecuteNonQueryAsync();
            foreach (var (code, start, days, met) in new[]
                     {
                         ("acceptance", received, 7, (DateOnly?)accepted),
                         ("service", accepted, 7, random.Next(8) == 0 ? null : accepted.AddDays(3)),
                         ("award", accepted, 45, null),
                     })
            {
                insertClock.Parameters.Clear();
                insertClock.Parameters.AddWithValue("$case", id);
                insertClock.Parameters.AddWithValue("$org", organisation);
                insertClock.Parameters.AddWithValue("$code", code);
                insertClock.Parameters.AddWithValue("$status", met is null ? "Running" : "Met");
                insertClock.Parameters.AddWithValue("$start", start.ToString("yyyy-MM-dd"));
                insertClock.Parameters.AddWithValue("$due", start.AddDays(days).ToString("yyyy-MM-dd"));
                insertClock.Parameters.AddWithValue("$met", met is { } m ? m.ToString("yyyy-MM-dd") : DBNull.Value);
                await insertClock.ExecuteNonQueryAsync();
            }
        }
        await transaction.CommitAsync();
    }
}
