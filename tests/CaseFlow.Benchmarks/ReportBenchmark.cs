using System.Diagnostics;
using CaseFlow.Data;
using CaseFlow.Features.Reports;
using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using MySqlConnector;
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
        var rounds = args.Length > 1 && int.TryParse(args[1], out var r) ? r : 10;
        var existing = args.FirstOrDefault(a => a.EndsWith(".db"));
        var mariadb = args.SkipWhile(a => a != "--mariadb").Skip(1).FirstOrDefault();
        await using var bench = new BenchDatabase(mariadb, existing);
        var options = bench.Options;
        DbConnection Connect() => bench.Connect();
        await using (var db = new CaseFlowDbContext(options))
        {
            await bench.MigrateAsync(db);
            var seeds = Seeds.Locate(null);
            await seeds.LoadOrganisationsAsync(db);
            await seeds.LoadPlanAsync(db);
            if (existing is null)
            {
                var organisations = await db.Organisations.ToDictionaryAsync(o => o.Code, o => o.Id);
                var fill = Stopwatch.StartNew();
                await using var connection = Connect();
                await connection.OpenAsync();
                await Fill(connection, organisations, cases);
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
            await using var connection = Connect();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = BareSql;
            foreach (var (name, value) in new[] { ("@from", "2025-01-01"), ("@to", "2025-12-31") })
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value;
                command.Parameters.Add(parameter);
            }
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            // numerators: mediated settlements, arbitration conclusions, complaint closures
            return reader.GetInt64(0) + reader.GetInt64(2) + reader.GetInt64(6);
        }

        var reportSum = await Report();
        var bareSum = await Bare();
        if (reportSum != bareSum) throw new InvalidOperationException($"the report's numerators add up to {reportSum}, the bare query's to {bareSum}");
        var report = await Timing.Median(Report, rounds);
        var bare = await Timing.Median(Bare, rounds);
        Console.WriteLine($"yearly plan-indicator report (3 rates, 15 indicators, by organisation, track and month): median {report:0.0} ms over {rounds} rounds");
        Console.WriteLine($"bare SQL aggregate of the same components:                                          median {bare:0.0} ms");
        Console.WriteLine($"ratio report / bare SQL: {report / bare:0.00}");
        return 0;
    }

    /// <summary>The indicators' components in one statement, from the same tables and indexes (SQL both engines read).</summary>
    const string BareSql = """
        SELECT
          (SELECT COUNT(*) FROM CaseConclusions WHERE ConcludedOn BETWEEN @from AND @to AND IsMediatedSettlement = 1 AND Kind IN ('Mediation', 'Arbitration')),
          (SELECT COUNT(*) FROM CaseConclusions WHERE ConcludedOn BETWEEN @from AND @to AND Kind IN ('Mediation', 'Arbitration')),
          (SELECT COUNT(*) FROM CaseConclusions WHERE Kind = 'Arbitration' AND ConcludedOn BETWEEN @from AND @to),
          (SELECT COUNT(*) FROM Cases WHERE Kind = 'Arbitration' AND AcceptedOn BETWEEN @from AND @to),
          (SELECT COUNT(*) FROM Cases WHERE Kind = 'Arbitration' AND AcceptedOn < @from),
          (SELECT COUNT(*) FROM CaseConclusions WHERE Kind = 'Arbitration' AND ConcludedOn < @from),
          (SELECT COUNT(*) FROM CaseConclusions WHERE Kind = 'Inspection' AND IsComplaint = 1 AND ConcludedOn BETWEEN @from AND @to),
          (SELECT COUNT(*) FROM Cases WHERE Kind = 'Inspection' AND Source <> 'Patrol' AND AcceptedOn BETWEEN @from AND @to),
          (SELECT COUNT(*) FROM Cases WHERE Kind = 'Inspection' AND Source <> 'Patrol' AND AcceptedOn < @from),
          (SELECT COUNT(*) FROM Cases WHERE Kind = 'Inspection' AND Source <> 'Patrol' AND ReceivedOn BETWEEN @from AND @to),
          (SELECT COUNT(*) FROM Cases WHERE Kind = 'Inspection' AND Source <> 'Patrol' AND AcceptedOn IS NULL AND ClosedOn BETWEEN @from AND @to),
          (SELECT COUNT(*) FROM CaseConclusions WHERE Kind = 'Inspection' AND IsComplaint = 1 AND ConcludedOn < @from),
          (SELECT COUNT(*) FROM CaseConclusions WHERE Kind = 'Inspection' AND IsComplaint = 1 AND ReopenedOn IS NOT NULL AND ReopenedOn <= @to)
        """;

    /// <summary>
    /// Cases spread over 2021–2025 in Kaiping's proportions (arbitration 25%, mediation 72%, complaints
    /// 3%), each concluded a few weeks after it started unless it is among the last still open; written
    /// as multi-row inserts of literal values, which both SQLite and MariaDB read.
    /// </summary>
    static async Task Fill(DbConnection connection, Dictionary<string, int> organisations, int count)
    {
        var towns = organisations.Where(o => o.Key is not ("bureau" or "commission" or "brigade")).Select(o => o.Value).ToArray();
        var random = new Random(7);
        var start = new DateOnly(2021, 1, 1);
        var end = new DateOnly(2025, 12, 31);
        var span = end.DayNumber - start.DayNumber;
        static string Date(DateOnly? d) => d is { } day ? $"'{day:yyyy-MM-dd}'" : "NULL";
        var cases = new StringBuilder();
        var conclusions = new StringBuilder();
        async Task Flush()
        {
            foreach (var (table, columns, rows) in new[]
            {
                ("Cases", "Id, Kind, OrganisationId, State, Version, ReceivedOn, AcceptedOn, ClosedOn, CreatedAt, CreatedById, Track, IsPreCaseMediation, Source", cases),
                ("CaseConclusions", "CaseId, Kind, OrganisationId, ConcludedOn, Outcome, IsMediatedSettlement, Track, IsPreCaseMediation, IsComplaint, ReopenedOn", conclusions),
            })
            {
                if (rows.Length == 0) continue;
                await using var command = connection.CreateCommand();
                command.CommandText = $"INSERT INTO {table} ({columns}) VALUES {rows.ToString(0, rows.Length - 1)}";
                await command.ExecuteNonQueryAsync();
                rows.Clear();
            }
        }
        for (var id = 1; id <= count; id++)
        {
            var roll = random.Next(100);
            var (kind, org) = roll < 25 ? ("Arbitration", organisations["commission"]) : roll < 97 ? ("Mediation", towns[random.Next(towns.Length)]) : ("Inspection", organisations["brigade"]);
            var received = start.AddDays(random.Next(0, span + 1));
            DateOnly? accepted = kind == "Mediation" ? received : received.AddDays(random.Next(1, 6));
            DateOnly? concluded = received.AddDays(random.Next(5, 70));
            if (concluded > end) concluded = null;
            var mediated = kind == "Mediation" ? random.Next(100) < 77 : kind == "Arbitration" && random.Next(100) < 35;
            var source = kind == "Inspection" ? (random.Next(10) == 0 ? "'Patrol'" : "'Hotline12345'") : "NULL";
            cases.Append($"({id},'{kind}',{org},'{(concluded is null ? "Open" : "Closed")}',1,{Date(received)},{Date(accepted)},{Date(concluded)},'2025-01-01 00:00:00',1,'Ordinary',0,{source}),");
            if (concluded is not null)
                conclusions.Append($"({id},'{kind}',{org},{Date(concluded)},'{(mediated ? "Agreement" : "Award")}',{(mediated ? 1 : 0)},{(kind == "Arbitration" ? "'Ordinary'" : "NULL")},0,{(kind == "Inspection" && source != "'Patrol'" ? 1 : 0)},NULL),");
            if (id % 2000 == 0) await Flush();
        }
        await Flush();
    }
}
