using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using CaseFlow.Data;
using CaseFlow.Domain;
using CaseFlow.Features.Projects;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MySqlConnector;

namespace CaseFlow.Benchmarks;

/// <summary>
/// The daily evaluation of the construction wage-ledger early warnings (<c>seeds/wage-warnings.json</c>,
/// <see cref="WageWarnings.EvaluateAsync"/> over every project) on a county's worth of sites, beside the
/// bare SQL of the same rules' aggregate queries (the facts <see cref="WarningFacts.LoadAsync"/> reads,
/// read into memory without the rules or the writes), timed in the same run; the figure that matters is
/// their ratio. The first run, which raises every warning, is reported apart from the steady daily run
/// that finds the same warnings and writes nothing. The ledger is written directly with multi-row inserts
/// in one transaction: this is the benchmark's set-up, not CaseFlow's way of keeping a ledger.
/// </summary>
public static class WarningBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var numbers = args.TakeWhile(a => a != "--mariadb").Select(a => int.TryParse(a, out var v) ? v : (int?)null).ToArray();
        var projects = numbers.ElementAtOrDefault(0) ?? 2_000;
        var perProject = numbers.ElementAtOrDefault(1) ?? 100;
        var rounds = numbers.ElementAtOrDefault(2) ?? 5;
        var mariadb = args.SkipWhile(a => a != "--mariadb").Skip(1).FirstOrDefault();
        await using var bench = new BenchDatabase(mariadb);
        var options = bench.Options;
        DbConnection Connect() => bench.Connect();
        await using (var db = new CaseFlowDbContext(options))
        {
            await bench.MigrateAsync(db);
            await Seeds.Locate(null).LoadOrganisationsAsync(db);
            var organisations = await db.Organisations.ToListAsync();
            var brigade = organisations.Single(o => o.Code == "brigade").Id;
            var towns = organisations.Where(o => o.Kind == OrganisationKind.MediationCommittee).OrderBy(o => o.Id).Select(o => o.Code).ToArray();
            // Two inspectors sharing the towns, as in the demo, so that every warning finds the inspector it goes to.
            db.Users.AddRange(
                new User { UserName = "inspector", DisplayName = "吴国栋", Role = Role.Inspector, OrganisationId = brigade, Towns = string.Join(",", towns[..(towns.Length / 2)]) },
                new User { UserName = "inspector2", DisplayName = "邓锦华", Role = Role.Inspector, OrganisationId = brigade, Towns = string.Join(",", towns[(towns.Length / 2)..]) });
            await db.SaveChangesAsync();

            var fill = Stopwatch.StartNew();
            await using var connection = Connect();
            await connection.OpenAsync();
            await using (var transaction = await connection.BeginTransactionAsync())
            {
                await Fill(connection, transaction, projects, perProject, brigade, towns);
                await transaction.CommitAsync();
            }
            Console.WriteLine($"filled in {fill.Elapsed.TotalSeconds:0.0} s: {await db.ConstructionProjects.CountAsync():N0} projects, {await db.ProjectWorkers.CountAsync():N0} workers, "
                + $"{await db.Payrolls.CountAsync():N0} payrolls with {await db.PayrollLines.CountAsync():N0} lines, {await db.WageAccountEntries.CountAsync():N0} account entries, "
                + $"{await db.WageDeposits.CountAsync():N0} deposits, {await db.InspectionCases.CountAsync():N0} inspection cases");
        }

        var rules = Seeds.Locate(null).WarningRules();
        var today = new DateOnly(2026, 11, 20);

        async Task<WarningRun> Evaluate()
        {
            await using var db = new CaseFlowDbContext(options);
            return await WageWarnings.EvaluateAsync(db, rules, today);
        }

        var since = new DateOnly(today.Year, today.Month, 1).AddMonths(-(int)rules.Find(WarningRules.WagesUnpaid)!["monthsBack"]);
        var (lastMonth, monthBefore) = (new DateOnly(today.Year, today.Month, 1).AddMonths(-1), new DateOnly(today.Year, today.Month, 1).AddMonths(-2));
        var (lastEnd, beforeEnd) = (lastMonth.AddMonths(1).AddDays(-1), lastMonth.AddDays(-1));
        var parameters = new[] { ("@since", since), ("@lastMonth", lastMonth), ("@lastEnd", lastEnd), ("@monthBefore", monthBefore), ("@beforeEnd", beforeEnd) };

        async Task<BareRows> Bare()
        {
            await using var connection = Connect();
            await connection.OpenAsync();
            var counts = new List<int>();
            foreach (var (sql, read) in BareQueries)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = sql;
                foreach (var (name, value) in parameters.Where(p => sql.Contains(p.Item1)))
                {
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = name;
                    parameter.Value = value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    command.Parameters.Add(parameter);
                }
                await using var reader = await command.ExecuteReaderAsync();
                var rows = new List<object>();
                while (await reader.ReadAsync()) rows.Add(read(reader));
                counts.Add(rows.Count);
            }
            return new BareRows(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6], counts[7]);
        }

        // The bare queries read what the rules read: the same rows as WarningFacts.
        await using (var db = new CaseFlowDbContext(options))
        {
            var facts = await WarningFacts.LoadAsync(db, rules, today, null);
            var bare = await Bare();
            var expected = new BareRows(facts.Projects.Count, facts.Months.Sum(m => m.Count()), facts.AccountPaid.Count, facts.Transfers.Count, facts.Roster.Count / 2,
                bare.LeaverLines, facts.Complaints.Count, facts.Deposits.Count);
            if (bare != expected) throw new InvalidOperationException($"the bare queries read {bare}, the warning facts {expected}");
            Console.WriteLine($"facts: {bare.Projects:N0} live projects, {bare.Months:N0} payroll months, {facts.Leavers.Count:N0} leavers owed ({bare.LeaverLines:N0} unpaid lines), {bare.Complaints:N0} open complaints");
        }

        var watch = Stopwatch.StartNew();
        var first = await Evaluate();
        var firstMs = watch.Elapsed.TotalMilliseconds;
        WarningRun? daily = null;
        var steady = await Timing.Median(async () => daily = await Evaluate(), rounds);
        if (daily is not { Raised: 0, Resolved: 0 } || daily.Open != first.Open || first.Raised != first.Open)
            throw new InvalidOperationException($"the daily run changed the warnings: first {first}, then {daily}");
        var bareMs = await Timing.Median(Bare, rounds);

        await using (var db = new CaseFlowDbContext(options))
        {
            var byRule = await db.ProjectWarnings.GroupBy(w => w.Rule).Select(g => new { Rule = g.Key, Count = g.Count() }).ToListAsync();
            Console.WriteLine($"warnings found: {first.Open:N0} over {first.Projects:N0} projects evaluated ({string.Join(", ", rules.All.Select(r => $"{r.Code} {byRule.SingleOrDefault(b => b.Rule == r.Code)?.Count ?? 0:N0}"))})");
        }
        Console.WriteLine($"first evaluation, raising {first.Raised:N0} warnings:                          {firstMs:N0} ms");
        Console.WriteLine($"daily evaluation, nothing changed (same findings, nothing written): median {steady:N0} ms over {rounds} rounds");
        Console.WriteLine($"bare SQL of the same rules' aggregates (ADO.NET, every row read):  median {bareMs:N0} ms");
        Console.WriteLine($"ratio daily evaluation / bare SQL: {steady / bareMs:0.0}");
        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB (set-up included)");
        return 0;
    }

    sealed record BareRows(int Projects, int Months, int AccountMonths, int Transfers, int Rosters, int LeaverLines, int Complaints, int Deposits);

    static DateOnly Day(DbDataReader r, int i) => r.GetValue(i) switch
    {
        DateTime d => DateOnly.FromDateTime(d),
        DateOnly d => d,
        var v => DateOnly.Parse((string)v, CultureInfo.InvariantCulture),
    };
    static DateOnly? MaybeDay(DbDataReader r, int i) => r.IsDBNull(i) ? null : Day(r, i);
    static decimal Money(DbDataReader r, int i) => Convert.ToDecimal(r.GetValue(i), CultureInfo.InvariantCulture);
    static decimal? MaybeMoney(DbDataReader r, int i) => r.IsDBNull(i) ? null : Money(r, i);
    static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    const string Live = "SELECT Id FROM ConstructionProjects WHERE Status <> 'Settled'";

    /// <summary>
    /// The facts of the rules as plain SQL that SQLite and MariaDB both read, each with the row it reads.
    /// Decimals are TEXT on SQLite: SUM reads them as numbers, and comparisons are made by arithmetic.
    /// </summary>
    static readonly (string Sql, Func<DbDataReader, object> Read)[] BareQueries =
    [
        // project facts
        ("""
         SELECT Id, Town, Status, StartedOn, PlannedCompletionOn, ContractValue, LabourCostShare, InformationBoardPosted, WageDeposit, WagePayDay
         FROM ConstructionProjects WHERE Status <> 'Settled'
         """,
            r => (r.GetInt64(0), Text(r, 1), r.GetString(2), MaybeDay(r, 3), MaybeDay(r, 4), MaybeMoney(r, 5), MaybeMoney(r, 6), r.GetBoolean(7), MaybeMoney(r, 8),
                r.IsDBNull(9) ? (int?)null : r.GetInt32(9))),
        // payroll sums per project and month
        ($"""
          SELECT p.ProjectId, p.Month, COALESCE(SUM(l.Due), 0), COALESCE(SUM(l.Paid), 0), COALESCE(SUM(CASE WHEN l.Paid + 0 > 0 THEN 1 ELSE 0 END), 0)
          FROM Payrolls p LEFT JOIN PayrollLines l ON l.PayrollId = p.Id
          WHERE p.Month >= @since AND p.ProjectId IN ({Live})
          GROUP BY p.Id, p.ProjectId, p.Month
          """,
            r => (r.GetInt64(0), Day(r, 1), Money(r, 2), Money(r, 3), Convert.ToInt32(r.GetValue(4)))),
        // wages paid through the account per project and payroll month
        ($"""
          SELECT ProjectId, PayrollMonth, SUM(Amount) FROM WageAccountEntries
          WHERE Kind = 'WagePayment' AND PayrollMonth >= @since AND ProjectId IN ({Live})
          GROUP BY ProjectId, PayrollMonth
          """,
            r => (r.GetInt64(0), Day(r, 1), Money(r, 2))),
        // labour-cost transfers: the last and the total per project
        ($"""
          SELECT ProjectId, MAX(`On`), SUM(Amount) FROM WageAccountEntries
          WHERE Kind = 'LabourCostTransfer' AND ProjectId IN ({Live})
          GROUP BY ProjectId
          """,
            r => (r.GetInt64(0), Day(r, 1), Money(r, 2))),
        // workers on site in the last two months
        ($"""
          SELECT ProjectId,
                 SUM(CASE WHEN EnteredOn <= @lastEnd AND (LeftOn IS NULL OR LeftOn >= @lastMonth) THEN 1 ELSE 0 END),
                 SUM(CASE WHEN EnteredOn <= @beforeEnd AND (LeftOn IS NULL OR LeftOn >= @monthBefore) THEN 1 ELSE 0 END)
          FROM ProjectWorkers WHERE ProjectId IN ({Live})
          GROUP BY ProjectId
          """,
            r => (r.GetInt64(0), Convert.ToInt32(r.GetValue(1)), Convert.ToInt32(r.GetValue(2)))),
        // unpaid lines of workers who left
        ($"""
          SELECT w.ProjectId, l.WorkerId, w.Name, w.LeftOn, l.Due, l.Paid
          FROM PayrollLines l JOIN ProjectWorkers w ON w.Id = l.WorkerId
          WHERE l.Due - l.Paid > 0 AND w.LeftOn IS NOT NULL AND w.ProjectId IN ({Live})
          """,
            r => (r.GetInt64(0), r.GetInt64(1), r.GetString(2), Day(r, 3), Money(r, 4), Money(r, 5))),
        // open complaints (not patrol findings) on projects
        ($"""
          SELECT ProjectId, Id, CaseNumber, ReceivedOn FROM Cases
          WHERE Kind = 'Inspection' AND ProjectId IS NOT NULL AND ClosedOn IS NULL AND Source <> 'Patrol' AND ProjectId IN ({Live})
          """,
            r => (r.GetInt64(0), r.GetInt64(1), Text(r, 2), Day(r, 3))),
        // deposits held per project
        ($"""
          SELECT ProjectId, SUM(Amount - COALESCE(ReducedBy, 0)) FROM WageDeposits
          WHERE ReleasedOn IS NULL AND ProjectId IN ({Live})
          GROUP BY ProjectId
          """,
            r => (r.GetInt64(0), Money(r, 1))),
    ];

    /// <summary>
    /// Rows gathered into multi-row inserts of literal values, which both SQLite and MariaDB read; the rows
    /// they refer to (<paramref name="parents"/>) are written first.
    /// </summary>
    sealed class Rows(DbConnection connection, DbTransaction transaction, string table, string columns, params Rows[] parents)
    {
        readonly StringBuilder values = new();
        int count;

        public async Task Add(string row)
        {
            values.Append(count == 0 ? "(" : ",(").Append(row).Append(')');
            if (++count == 500) await Flush();
        }

        public async Task Flush()
        {
            if (count == 0) return;
            foreach (var parent in parents) await parent.Flush();
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"INSERT INTO {table} ({columns}) VALUES {values}";
            await command.ExecuteNonQueryAsync();
            values.Clear();
            count = 0;
        }
    }

    static string Day(DateOnly day) => day.ToString("\\'yyyy-MM-dd\\'", CultureInfo.InvariantCulture);
    static string Day(DateOnly? day) => day is { } d ? Day(d) : "NULL";
    static string Money(decimal amount) => amount.ToString("\\'0.00\\'", CultureInfo.InvariantCulture);

    /// <summary>
    /// Projects mostly under construction since 1 March 2026 (a third without their information board), their
    /// rosters (a few per cent having left in August to October), a payroll for each of August, September and
    /// October with a line per worker on site (on about one payroll in twelve, three lines in ten unpaid; now
    /// and then a leaver's last line unpaid; a few projects without October's payroll), the wages paid through
    /// the account per payroll (some short), monthly labour-cost transfers (some halved, some stopped in
    /// October), a deposit per project (some of half the 1% due) and a few open complaints.
    /// </summary>
    static async Task Fill(DbConnection connection, DbTransaction transaction, int projectCount, int perProject, int brigade, string[] towns)
    {
        var random = new Random(2026);
        var projects = new Rows(connection, transaction, "ConstructionProjects",
            "Id, OrganisationId, Name, Town, DeveloperName, GeneralContractorName, Status, StartedOn, PlannedCompletionOn, ContractValue, LabourCostShare, "
            + "InformationBoardPosted, InformationBoardPostedOn, WageDeposit, WagePayDay, CreatedAt, Version");
        var workers = new Rows(connection, transaction, "ProjectWorkers",
            "Id, ProjectId, Name, IdNumber, Trade, Crew, ContractSigned, WageCardBank, WageCardNumber, EnteredOn, LeftOn", projects);
        var payrolls = new Rows(connection, transaction, "Payrolls", "Id, ProjectId, Month, PaidByGeneralContractor, Employer", projects);
        var lines = new Rows(connection, transaction, "PayrollLines", "PayrollId, WorkerId, Due, Paid, PaidOn, Signed", workers, payrolls);
        var entries = new Rows(connection, transaction, "WageAccountEntries", "ProjectId, Kind, `On`, Amount, PayrollMonth, Reference", projects);
        var deposits = new Rows(connection, transaction, "WageDeposits", "ProjectId, ContractorName, Form, Amount, Basis, LodgedOn, ReducedBy, ReleasedOn", projects);
        var cases = new Rows(connection, transaction, "Cases",
            "Id, Kind, OrganisationId, State, Version, ReceivedOn, AcceptedOn, ClosedOn, CreatedAt, CreatedById, Track, IsPreCaseMediation, Source, ProjectId, CaseNumber, CaseYear, CaseSequence", projects);
        string[] trades = ["钢筋工", "木工", "泥水工", "架子工", "电工", "杂工"];
        string[] sources = ["Hotline12345", "Hotline12333", "WalkIn", "Online"];
        var (started, planned) = (new DateOnly(2026, 3, 1), new DateOnly(2027, 6, 30));
        DateOnly[] months = [new(2026, 8, 1), new(2026, 9, 1), new(2026, 10, 1)];
        long workerId = 0, payrollId = 0, caseId = 0;
        var roster = new List<(long Id, DateOnly Entered, DateOnly? Left)>();
        for (var p = 1; p <= projectCount; p++)
        {
            var roll = random.Next(100);
            var status = roll < 90 ? "UnderConstruction" : roll < 94 ? "Suspended" : roll < 97 ? "Completed" : "Settled";
            var contract = random.Next(40_000, 80_001) * 1000m;
            var board = p % 3 != 0;
            var payDay = random.Next(10) switch { 0 => "10", 1 or 2 => "25", _ => "NULL" };
            await projects.Add($"{p},{brigade},'基准项目{p}','{towns[p % towns.Length]}','建设单位{p}','总包单位{p}','{status}',{Day(started)},{Day(planned)},{Money(contract)},'20.00',"
                + $"{(board ? 1 : 0)},{(board ? Day(started.AddDays(14)) : "NULL")},NULL,{payDay},'2026-02-20 10:00:00',1");

            roster.Clear();
            for (var w = 0; w < perProject; w++)
            {
                var id = ++workerId;
                var entered = random.Next(10) == 0 ? new DateOnly(2026, 8, 1).AddDays(random.Next(92)) : started.AddDays(random.Next(153));
                DateOnly? left = random.Next(100) < 4 ? new DateOnly(2026, 8, 1).AddDays(random.Next(92)) : null;
                if (left <= entered) left = null;
                roster.Add((id, entered, left));
                await workers.Add($"{id},{p},'工人{id}','4407831990{id:00000000}','{trades[w % trades.Length]}','班组{w / 20}',1,'中国农业银行开平支行','622848{id:0000000000}',{Day(entered)},{Day(left)}");
            }

            var withoutOctober = status == "UnderConstruction" && random.Next(100) < 2;
            foreach (var month in months)
            {
                if (withoutOctober && month == months[^1]) continue;
                var id = ++payrollId;
                await payrolls.Add($"{id},{p},{Day(month)},0,NULL");
                var (monthEnd, paidOn) = (month.AddMonths(1).AddDays(-1), month.AddMonths(1).AddDays(9));
                var troubled = random.Next(100) < 8;
                var paidTotal = 0m;
                foreach (var (worker, entered, left) in roster)
                {
                    if (entered > monthEnd || left < month) continue;
                    var due = random.Next(500, 1201) * 10m;
                    var unpaid = troubled && random.Next(10) < 3 || left <= monthEnd && random.Next(10) == 0;
                    var paid = unpaid ? 0 : due;
                    paidTotal += paid;
                    await lines.Add($"{id},{worker},{Money(due)},{Money(paid)},{(unpaid ? "NULL" : Day(paidOn))},{(unpaid ? 0 : 1)}");
                }
                var throughAccount = random.Next(100) < 4 ? Math.Round(paidTotal * 0.8m, 2) : paidTotal;
                await entries.Add($"{p},'WagePayment',{Day(paidOn)},{Money(throughAccount)},{Day(month)},'代发{month:yyyyMM}'");
            }

            var transfer = contract * 0.2m / 16 * (random.Next(100) < 5 ? 0.5m : 1m);
            var lastTransfer = random.Next(100) < 3 ? 7 : 8;
            for (var m = 0; m <= lastTransfer; m++)
                await entries.Add($"{p},'LabourCostTransfer',{Day(new DateOnly(2026, 3, 10).AddMonths(m))},{Money(Math.Round(transfer, 2))},NULL,'拨付{m + 1}'");

            var deposit = contract * (random.Next(100) < 6 ? 0.005m : 0.01m);
            await deposits.Add($"{p},'总包单位{p}','Cash',{Money(deposit)},'合同价款的1%','2026-02-25',NULL,NULL");

            // Complaints: open ones, now and then a patrol finding or a closed complaint, which raise nothing.
            var kind = random.Next(100);
            if (kind < 4)
            {
                var id = ++caseId;
                var received = new DateOnly(2026, 10, 1).AddDays(random.Next(45));
                var (source, closed) = kind switch { < 2 => (sources[random.Next(sources.Length)], (DateOnly?)null), 2 => ("Patrol", null), _ => (sources[random.Next(sources.Length)], received.AddDays(20)) };
                await cases.Add($"{id},'Inspection',{brigade},'{(closed is null ? "Investigating" : "Closed")}',2,{Day(received)},{Day(received.AddDays(1))},{Day(closed)},'2026-10-01 10:00:00',1,'Ordinary',0,"
                    + $"'{source}',{p},'开人社监立字〔2026〕第{id}号',2026,{id}");
            }
        }
        foreach (var rows in new[] { projects, workers, payrolls, lines, entries, deposits, cases }) await rows.Flush();
    }
}
