using System.Diagnostics;
using CaseFlow.Data;
using CaseFlow.Features.Reports;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Benchmarks;

/// <summary>
/// The yearly plan-indicator report over a million cases on SQLite, beside the bare SQL aggregate that
/// counts the same components from the same rows, timed in the same run; the figure that matters is
/// their ratio. The rows are written directly (cases accepted or received 2021–2025 and their dated
/// conclusions): generating a million cases through the workflows takes the better part of an hour
/// (<c>generate-history</c>, about 380 cases a second here), and this measures the report, not the
/// generator. Pass a database made by <c>generate-history</c> to measure on that instead.
/// </summary>
public static class ReportBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var cases = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 1_000_000;
        var rounds = args.Length > 1 ? int.Parse(args[1]) : 10;
        var existing = args.FirstOrDefault(a => a.EndsWith(".db"));
        var folder = Directory.CreateTempSubdirectory("caseflow-bench-").FullName;
        var connectionString = $"Data Source={existing ?? Path.Combine(folder, "bench.db")};Pooling=True";
        try
        {
            var options = new DbContextOptionsBuilder<CaseFlowDbContext>()
                .UseSqlite(connectionString, o => o.MigrationsAssembly(DatabaseSetup.SqliteMigrationsAssembly)).Options;
            await using (var db = new CaseFlowDbContext(options))
            {
                await db.Database.MigrateAsync();
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
                var seeds = Seeds.Locate(null);
                await seeds.LoadOrganisationsAsync(db);
                await seeds.LoadPlanAsync(db);
                if (existing is null)
                {
                    var organisations = await db.Organisations.ToDictionaryAsync(o => o.Code, o => o.Id);
                    var fill = Stopwatch.StartNew();
                    await Fill(connectionString, organisations, cases);
                    Console.WriteLine($"filled {cases:N0} cases with their conclusions in {fill.Elapsed.TotalSeconds:0.0} s");
                }
                Console.WriteLine($"{await db.Cases.LongCountAsync():N0} cases, {await db.CaseConclusions.LongCountAsync():N0} conclusions");
            }

            var period = new Period(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), "2025");
            var today = new DateOnly(2026, 11, 24);

            async Task<long> Report()
            {
                await using var db = new CaseFlowDbContext(options);
                var report = await PlanReport.BuildAsync(db, period, null, today);
                return report.Indicators.Where(i => i.Measure is not null).Sum(i => i.Numerator ?? 0);
            }

            async Task<long> Bare()
            {
                await using var connection = new SqliteConnection(connectionString);
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = BareSql;
                command.Parameters.AddWithValue("$from", "2025-01-01");
                command.Parameters.AddWithValue("$to", "2025-12-31");
                await using var reader = await command.ExecuteReaderAsync();
                await reader.ReadAsync();
                // numerators: mediated settlements, arbitration conclusions, complaint closures
                return reader.GetInt64(0) + reader.GetInt64(2) + reader.GetInt64(6);
            }

            var reportSum = await Report();
            var bareSum = await Bare();
            if (reportSum != bareSum) throw new InvalidOperationException($"the report's numerators add up to {reportSum}, the bare query's to {bareSum}");
            var report = await Median(Report, rounds);
            var bare = await Median(Bare, rounds);
            Console.WriteLine($"yearly plan-indicator report (3 rates, 15 indicators, by organisation, track and month): median {report:0.0} ms over {rounds} rounds");
            Console.WriteLine($"bare SQL aggregate of the same components:                                          median {bare:0.0} ms");
            Console.WriteLine($"ratio report / bare SQL: {report / bare:0.00}");
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The indicators' components in one statement, from the same tables and indexes.</summary>
    const string BareSql = """
        SELECT
          (SELECT COUNT(*) FROM CaseConclusions WHERE ConcludedOn BETWEEN $from AND $to AND IsMediatedSettlement = 1 AND Kind IN ('Mediation', 'Arbitration')),
          (SELECT COUNT(*) FROM CaseConclusions WHERE ConcludedOn BETWEEN $from AND $to AND Kind IN ('Mediation', 'Arbitration')),
          (SELECT COUNT(*) FROM CaseConclusions WHERE Kind = 'Arbitration' AND ConcludedOn BETWEEN $from AND $to),
          (SELECT COUNT(*) FROM Cases WHERE Kind = 'Arbitration' AND AcceptedOn BETWEEN $from AND $to),
          (SELECT COUNT(*) FROM Cases WHERE Kind = 'Arbitration' AND AcceptedOn < $from),
          (SELECT COUNT(*) FROM CaseConclusions WHERE Kind = 'Arbitration' AND ConcludedOn < $from),
          (SELECT COUNT(*) FROM CaseConclusions WHERE Kind = 'Inspection' AND IsComplaint = 1 AND ConcludedOn BETWEEN $from AND $to),
          (SELECT COUNT(*) FROM Cases WHERE Kind = 'Inspection' AND Source <> 'Patrol' AND ReceivedOn BETWEEN $from AND $to),
          (SELECT COUNT(*) FROM Cases WHERE Kind = 'Inspection' AND Source <> 'Patrol' AND ReceivedOn < $from),
          (SELECT COUNT(*) FROM CaseConclusions WHERE Kind = 'Inspection' AND IsComplaint = 1 AND ConcludedOn < $from),
          (SELECT COUNT(*) FROM CaseConclusions WHERE Kind = 'Inspection' AND IsComplaint = 1 AND ReopenedOn IS NOT NULL AND ReopenedOn <= $to)
        """;

    static async Task<double> Median(Func<Task<long>> run, int rounds)
    {
        await run();
        var times = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            var watch = Stopwatch.StartNew();
            await run();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return times[times.Count / 2];
    }

    /// <summary>
    /// Cases spread over 2021–2025 in Kaiping's proportions (arbitration 25%, mediation 72%, complaints
    /// 3%), each concluded a few weeks after it started unless it is among the last still open.
    /// </summary>
    static async Task Fill(string connectionString, Dictionary<string, int> organisations, int count)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = connection.BeginTransaction();
        var insertCase = connection.CreateCommand();
        insertCase.CommandText = """
            INSERT INTO Cases (Id, Kind, OrganisationId, State, Version, ReceivedOn, AcceptedOn, ClosedOn, CreatedAt, CreatedById, Track, IsPreCaseMediation, Source)
            VALUES ($id, $kind, $org, $state, 1, $received, $accepted, $closed, '2025-01-01 00:00:00+08:00', 1, 'Ordinary', 0, $source)
            """;
        var insertConclusion = connection.CreateCommand();
        insertConclusion.CommandText = """
            INSERT INTO CaseConclusions (CaseId, Kind, OrganisationId, ConcludedOn, Outcome, IsMediatedSettlement, Track, IsPreCaseMediation, IsComplaint, ReopenedOn)
            VALUES ($id, $kind, $org, $concluded, $outcome, $mediated, $track, 0, $complaint, NULL)
            """;
        var towns = organisations.Where(o => o.Key is not ("bureau" or "commission" or "brigade")).Select(o => o.Value).ToArray();
        var random = new Random(7);
        var start = new DateOnly(2021, 1, 1);
        var span = new DateOnly(2025, 12, 31).DayNumber - start.DayNumber;
        for (var id = 1; id <= count; id++)
        {
            var roll = random.Next(100);
            var (kind, org) = roll < 25 ? ("Arbitration", organisations["commission"]) : roll < 97 ? ("Mediation", towns[random.Next(towns.Length)]) : ("Inspection", organisations["brigade"]);
            var received = start.AddDays(random.Next(0, span + 1));
            DateOnly? accepted = kind == "Mediation" ? received : received.AddDays(random.Next(1, 6));
            DateOnly? concluded = received.AddDays(random.Next(5, 70));
            if (concluded > new DateOnly(2025, 12, 31)) concluded = null;
            var mediated = kind == "Mediation" ? random.Next(100) < 77 : kind == "Arbitration" && random.Next(100) < 35;
            insertCase.Parameters.Clear();
            insertCase.Parameters.AddWithValue("$id", id);
            insertCase.Parameters.AddWithValue("$kind", kind);
            insertCase.Parameters.AddWithValue("$org", org);
            insertCase.Parameters.AddWithValue("$state", concluded is null ? "Open" : "Closed");
            insertCase.Parameters.AddWithValue("$received", received.ToString("yyyy-MM-dd"));
            insertCase.Parameters.AddWithValue("$accepted", accepted is { } a ? a.ToString("yyyy-MM-dd") : DBNull.Value);
            insertCase.Parameters.AddWithValue("$closed", concluded is { } c ? c.ToString("yyyy-MM-dd") : DBNull.Value);
            insertCase.Parameters.AddWithValue("$source", kind == "Inspection" ? (random.Next(10) == 0 ? "Patrol" : "Hotline12345") : DBNull.Value);
            await insertCase.ExecuteNonQueryAsync();
            if (concluded is not { } on) continue;
            insertConclusion.Parameters.Clear();
            insertConclusion.Parameters.AddWithValue("$id", id);
            insertConclusion.Parameters.AddWithValue("$kind", kind);
            insertConclusion.Parameters.AddWithValue("$org", org);
            insertConclusion.Parameters.AddWithValue("$concluded", on.ToString("yyyy-MM-dd"));
            insertConclusion.Parameters.AddWithValue("$outcome", mediated ? "Agreement" : "Award");
            insertConclusion.Parameters.AddWithValue("$mediated", mediated);
            insertConclusion.Parameters.AddWithValue("$track", kind == "Arbitration" ? "Ordinary" : DBNull.Value);
            insertConclusion.Parameters.AddWithValue("$complaint", kind == "Inspection" && (string)insertCase.Parameters["$source"].Value! != "Patrol");
            await insertConclusion.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }
}
