using System.Diagnostics;
using CaseFlow.Data;
using CaseFlow.Domain;
using CaseFlow.Features.Cases;
using CaseFlow.Features.Clocks;
using CaseFlow.Features.Reports;
using CaseFlow.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MySqlConnector;

namespace CaseFlow.Benchmarks;

/// <summary>
/// Ten years of a province's caseload on MariaDB (10 million cases by default): the plan report, the overdue
/// worklist and the case list's searches by party name and ID number, each beside the bare SQL that reads the
/// same rows through plain ADO.NET, timed in the same run.
/// The cases are written by the server itself (<c>INSERT … SELECT</c> from MariaDB's sequence engine, about ten
/// minutes for ten million), into a database that is kept, so that a second run measures without filling again;
/// <c>--drop</c> removes it at the end.
/// </summary>
public static class ProvinceBenchmark
{
    const string Database = "caseflow_province";
    static readonly DateOnly Today = new(2026, 11, 24);

    public static async Task<int> RunAsync(string[] args)
    {
        var cases = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 10_000_000;
        var rounds = args.Length > 1 && int.TryParse(args[1], out var r) ? r : 10;
        var server = args.SkipWhile(a => a != "--mariadb").Skip(1).FirstOrDefault()
                     ?? throw new ArgumentException("the province benchmark runs on MariaDB: --mariadb <connection string>");
        var connectionString = new MySqlConnectionStringBuilder(server) { Database = Database, DefaultCommandTimeout = 3600 }.ConnectionString;
        var builder = new DbContextOptionsBuilder<CaseFlowDbContext>();
        DatabaseSetup.Configure(builder, new DatabaseOptions { Provider = DatabaseProvider.MySql, ConnectionString = connectionString }, Path.GetTempPath());
        // --sql prints each statement CaseFlow sends, with its time, for EXPLAIN.
        if (args.Contains("--sql"))
            builder.LogTo(Console.WriteLine, [Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandExecuted], Microsoft.Extensions.Logging.LogLevel.Information);
        var options = builder.Options;
        Console.WriteLine($"on MariaDB, database {Database}");

        await using (var db = new CaseFlowDbContext(options))
        {
            // A migration that builds an index over ten million rows takes minutes, as CaseFlow allows at start-up.
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(new DatabaseOptions().MigrationTimeoutMinutes));
            await db.Database.MigrateAsync();
            var seeds = Seeds.Locate(null);
            await seeds.LoadOrganisationsAsync(db);
            await seeds.LoadPlanAsync(db);
            await seeds.LoadClocksAsync(db);
            var have = await db.Cases.LongCountAsync();
            if (have != cases)
            {
                if (have != 0) throw new InvalidOperationException($"{Database} holds {have:N0} cases, not {cases:N0}: drop it (DROP DATABASE {Database}) or ask for {have}");
                var organisations = await db.Organisations.ToDictionaryAsync(o => o.Code, o => o.Id);
                await Fill(connectionString, organisations, cases);
            }
            Console.WriteLine($"{await db.Cases.LongCountAsync():N0} cases, {await db.CaseConclusions.LongCountAsync():N0} conclusions, " +
                              $"{await db.CaseClocks.LongCountAsync():N0} clocks, {await db.Parties.LongCountAsync():N0} parties");
        }

        // --only <words> measures only what those words name (e.g. --only worklist).
        var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault();
        async Task Measure<T>(string what, Func<Task<T>> caseFlow, Func<Task<T>> bare, Func<T, T, bool> same)
        {
            if (only is not null && !what.Contains(only, StringComparison.OrdinalIgnoreCase)) return;
            var (a, b) = (await caseFlow(), await bare());
            if (!same(a, b)) throw new InvalidOperationException($"{what}: CaseFlow read {a}, the bare SQL {b}");
            var (flow, plain) = await Timing.Medians(caseFlow, bare, rounds);
            Console.WriteLine($"{what,-58} CaseFlow {flow,8:0.0} ms   bare SQL {plain,8:0.0} ms   ratio {flow / plain:0.00}");
        }

        MySqlConnection Connect() => new(connectionString);
        // CaseFlow's contexts, leased from a pool as the application leases them.
        var contexts = new Microsoft.EntityFrameworkCore.Infrastructure.PooledDbContextFactory<CaseFlowDbContext>(options);
        int commission;
        await using (var db = new CaseFlowDbContext(options)) commission = await db.Organisations.Where(o => o.Code == "commission").Select(o => o.Id).SingleAsync();

        foreach (var period in new[] { new Period(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), "2025"), new Period(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), "2026") })
        {
            await Measure($"plan report {period.Label}" + (period.From.Year == Today.Year ? " (with the year-end projection)" : ""),
                async () =>
                {
                    await using var db = await contexts.CreateDbContextAsync();
                    var report = await PlanReport.BuildAsync(db, period, null, Today);
                    return report.Indicators.Where(i => i.Measure is not null).Sum(i => (i.Numerator ?? 0) * 1_000_003 + (i.Denominator ?? 0));
                },
                () => BareReport(Connect, period, period.From.Year == Today.Year),
                (a, b) => a == b);
        }

        var worklist = new DeadlineQuery(null, null, WithinDays: 0, Limit: 200);
        await Measure("overdue worklist of the commission (200 rows)",
            async () =>
            {
                await using var db = await contexts.CreateDbContextAsync();
                return (await Deadlines.Query(db, [commission], Today, worklist, null)).Select(row => row.CaseId).Sum();
            },
            () => BareWorklist(Connect, commission),
            (a, b) => a == b);

        var (personName, idNumber, company) = await Samples(Connect);
        var clerk = new CurrentUser(1, "bench", Role.Arbitrator, commission);
        foreach (var (what, q) in new[]
                 {
                     ("search by a worker's name", personName), ("search by an ID number", idNumber), ("search by an employer's name", company),
                     ("search by four characters of an employer's name", company.Substring(3, 4)),
                 })
        {
            await Measure($"case list, {what} ({q})",
                async () =>
                {
                    await using var db = await contexts.CreateDbContextAsync();
                    var page = await CaseList.QueryAsync(CaseKinds.Arbitration, db, clerk, new CaseListQuery(null, null, null, null, null, null, Q: q));
                    return (long)page.Total * 1_000_003 + page.Items.Sum(c => c.Id);
                },
                () => BareSearch(Connect, commission, q),
                (a, b) => a == b);
        }

        if (args.Contains("--drop"))
        {
            MySqlConnection.ClearAllPools();
            await using var connection = new MySqlConnection(server);
            await connection.OpenAsync();
            await new MySqlCommand($"DROP DATABASE IF EXISTS `{Database}`", connection).ExecuteNonQueryAsync();
            Console.WriteLine($"dropped {Database}");
        }
        return 0;
    }

    // ---- the bare SQL: the same statements, written by hand and read through plain ADO.NET ----

    static async Task<MySqlDataReader> Read(MySqlConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = new MySqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return await command.ExecuteReaderAsync();
    }

    /// <summary>
    /// The report's counts grouped as the report groups them (organisation, month, track, outcome), with the reference
    /// rows it reads, in one batch; the three rates worked out from them as numerator × 1,000,003 + denominator.
    /// </summary>
    static async Task<long> BareReport(Func<MySqlConnection> connect, Period period, bool projection)
    {
        await using var connection = connect();
        await connection.OpenAsync();
        await using var reader = await Read(connection, $"""
            SELECT Kind, ConcludedOn, OrganisationId, Track, IsMediatedSettlement, IsPreCaseMediation, IsComplaint, Outcome, COUNT(*)
              FROM CaseConclusions WHERE Kind IN ('Mediation', 'Arbitration', 'Inspection') AND ConcludedOn BETWEEN @from AND @to GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
            SELECT AcceptedOn, OrganisationId, Track, COUNT(*) FROM Cases WHERE Kind = 'Arbitration' AND AcceptedOn BETWEEN @from AND @to GROUP BY 1, 2, 3;
            SELECT OrganisationId, Track, COUNT(*) FROM Cases WHERE Kind = 'Arbitration' AND AcceptedOn < @from AND (ClosedOn IS NULL OR ClosedOn >= @from) GROUP BY 1, 2;
            SELECT AcceptedOn, OrganisationId, COUNT(*) FROM Cases WHERE Kind = 'Inspection' AND Source <> 'Patrol' AND AcceptedOn BETWEEN @from AND @to GROUP BY 1, 2;
            SELECT OrganisationId, COUNT(*) FROM Cases WHERE Kind = 'Inspection' AND Source <> 'Patrol' AND AcceptedOn < @from GROUP BY 1;
            SELECT ReceivedOn, OrganisationId, COUNT(*) FROM Cases WHERE Kind = 'Inspection' AND Source <> 'Patrol' AND ReceivedOn BETWEEN @from AND @to GROUP BY 1, 2;
            SELECT OrganisationId, MONTH(ClosedOn), ClosureType, COUNT(*) FROM Cases
              WHERE Kind = 'Inspection' AND Source <> 'Patrol' AND AcceptedOn IS NULL AND ClosedOn BETWEEN @from AND @to GROUP BY 1, 2, 3;
            SELECT OrganisationId, COUNT(*) FROM CaseConclusions WHERE Kind = 'Inspection' AND IsComplaint AND ConcludedOn < @from GROUP BY 1;
            SELECT OrganisationId, ReopenedOn < @from, MONTH(ReopenedOn), COUNT(*) FROM CaseConclusions
              WHERE Kind = 'Inspection' AND IsComplaint AND ReopenedOn IS NOT NULL AND ReopenedOn <= @to GROUP BY 1, 2, 3;
            SELECT a.CaseId, c.ProjectId, COALESCE(p.IdNumber, p.Name), a.AmountOwed FROM WorkerArrears a JOIN Cases c ON c.Id = a.CaseId JOIN Parties p ON p.Id = a.PartyId
              WHERE a.CaseId IN (SELECT CaseId FROM CaseConclusions WHERE Kind = 'Inspection' AND ConcludedOn BETWEEN @from AND @to);
            SELECT * FROM Organisations;
            SELECT * FROM PlanIndicators i LEFT JOIN PlanTargets t ON t.Plan = i.Plan AND t.Number = i.Number;
            {(projection ? """
                SELECT Code, COUNT(*) FROM CaseClocks WHERE Code IN ('mediation', 'award', 'investigation') AND Status <> 'Met' AND DueOn <= @yearEnd GROUP BY Code;
                SELECT * FROM ClockDefinitions;
                SELECT * FROM CalendarEntries;
                """ : "")}
            """, ("@from", period.From.ToString("yyyy-MM-dd")), ("@to", period.To.ToString("yyyy-MM-dd")), ("@yearEnd", $"{period.From.Year}-12-31"));

        async Task<List<object[]>> Rows()
        {
            var rows = new List<object[]>();
            while (await reader.ReadAsync())
            {
                var row = new object[reader.FieldCount];
                reader.GetValues(row);
                rows.Add(row);
            }
            await reader.NextResultAsync();
            return rows;
        }
        static long Count(object[] row) => Convert.ToInt64(row[^1]);
        static bool Flag(object value) => Convert.ToInt64(value) != 0;

        var concluded = await Rows();
        var accepted = (await Rows()).Sum(Count);
        var pending = (await Rows()).Sum(Count);
        var filed = (await Rows()).Sum(Count);
        var filedBefore = (await Rows()).Sum(Count);
        _ = await Rows(); // received, beside the rate
        _ = await Rows(); // refused and withdrawn, beside the rate
        var closedBefore = (await Rows()).Sum(Count);
        var reopened = await Rows();
        while (await reader.NextResultAsync()) { } // the group disputes, the reference rows and the projection's counts

        long Concluded(string kind, Func<object[], bool>? where = null) => concluded.Where(r => (string)r[0] == kind && (where?.Invoke(r) ?? true)).Sum(Count);
        var mediationNumerator = Concluded("Mediation", r => Flag(r[4])) + Concluded("Arbitration", r => Flag(r[4]));
        var mediationDenominator = Concluded("Mediation") + Concluded("Arbitration");
        var arbitrationNumerator = Concluded("Arbitration");
        var arbitrationDenominator = accepted + pending;
        var reopenedBefore = reopened.Where(r => Flag(r[1])).Sum(Count);
        var reopenedIn = reopened.Where(r => !Flag(r[1])).Sum(Count);
        var inspectionNumerator = Concluded("Inspection", r => Flag(r[6]));
        var inspectionDenominator = filed + filedBefore - closedBefore + reopenedBefore + reopenedIn;
        return (mediationNumerator + arbitrationNumerator + inspectionNumerator) * 1_000_003 + mediationDenominator + arbitrationDenominator + inspectionDenominator;
    }

    /// <summary>The worklist's statement: the organisation's running clocks due by today, earliest first, with their cases.</summary>
    static async Task<long> BareWorklist(Func<MySqlConnection> connect, int commission)
    {
        await using var connection = connect();
        await connection.OpenAsync();
        await using var reader = await Read(connection, """
            SELECT c.Id, c.Kind, c.CaseNumber, c.State, k.AssigneeId, k.Code, k.DueOn
            FROM (SELECT CaseId, AssigneeId, Code, DueOn FROM CaseClocks
                  WHERE OrganisationId = @org AND Status = 'Running' AND ObligedBy = 'Organisation' AND DueOn IS NOT NULL AND DueOn <= @today
                  ORDER BY DueOn, CaseId LIMIT 200) AS k
            JOIN Cases c ON c.Id = k.CaseId
            ORDER BY k.DueOn, k.CaseId
            """, ("@org", commission), ("@today", Today.ToString("yyyy-MM-dd")));
        long sum = 0;
        while (await reader.ReadAsync())
        {
            _ = (reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3), reader.IsDBNull(4) ? (int?)null : reader.GetInt32(4),
                reader.GetString(5), reader.GetDateOnly(6));
            sum += reader.GetInt64(0);
        }
        return sum;
    }

    /// <summary>
    /// The case list's search as a developer would write it against the same tables and indexes: the matching ids read once
    /// and counted, the first page's cases by their ids, and the page's applicants and respondents, as total × 1,000,003 + the
    /// page's ids.
    /// </summary>
    static async Task<long> BareSearch(Func<MySqlConnection> connect, int commission, string q)
    {
        await using var connection = connect();
        await connection.OpenAsync();
        var code = q.Length == 18 && q.Any(char.IsAsciiDigit) && !q.Any(c => c > 127);
        var visible = new List<int>();
        await using (var reader = await Read(connection, "SELECT Id FROM Organisations WHERE Id = @org OR ParentId = @org", ("@org", commission)))
            while (await reader.ReadAsync()) visible.Add(reader.GetInt32(0));
        // The parties carry their case's kind and organisation (PartyCase): a name's index entries say which cases to look up.
        var ofCases = $"CaseKind = 'Arbitration' AND CaseOrganisationId IN ({string.Join(",", visible)})";
        var matching = code
            ? $"SELECT CaseId FROM Parties WHERE (IdNumber = @code OR CreditCode = @code) AND {ofCases}"
            : $"SELECT CaseId FROM Parties WHERE Name IN (SELECT Name FROM PartyNameSuffixes WHERE Suffix LIKE CONCAT(@q, '%')) AND Name LIKE CONCAT('%', @q, '%') AND {ofCases}";
        var where = $"c.Kind = 'Arbitration' AND c.OrganisationId IN ({string.Join(",", visible)}) AND c.Id IN ({matching})";
        (string, object)[] parameters = [("@org", commission), ("@q", q), ("@code", q.ToUpperInvariant())];
        // The matching ids once, counted and paged here, as CaseFlow does when they are at most CaseList.SearchIdsAtOnce.
        var found = new List<long>();
        await using (var reader = await Read(connection, $"SELECT c.Id FROM Cases c WHERE {where} LIMIT {CaseList.SearchIdsAtOnce + 1}", parameters))
            while (await reader.ReadAsync()) found.Add(reader.GetInt64(0));
        if (found.Count > CaseList.SearchIdsAtOnce) throw new InvalidOperationException($"'{q}' finds more than {CaseList.SearchIdsAtOnce} cases: choose a narrower sample");
        long total = found.Count;
        var pageIds = found.OrderDescending().Take(20).ToList();
        var ids = new List<long>();
        if (pageIds.Count > 0)
        {
            await using var reader = await Read(connection, $"""
                SELECT c.Id, c.Kind, c.CaseNumber, c.OrganisationId, c.State, c.Version, c.ReceivedOn, c.AcceptedOn, c.ClosedOn, c.ClosureType, c.AssigneeId
                FROM Cases c WHERE c.Id IN ({string.Join(",", pageIds)}) ORDER BY c.Id DESC
                """);
            while (await reader.ReadAsync())
            {
                var row = new object[reader.FieldCount];
                reader.GetValues(row);
                ids.Add(reader.GetInt64(0));
            }
        }
        if (ids.Count > 0)
        {
            await using var reader = await Read(connection, $"SELECT CaseId, Role, Name FROM Parties WHERE CaseId IN ({string.Join(",", ids)}) AND Role IN ('Applicant', 'Respondent') ORDER BY Id");
            while (await reader.ReadAsync()) _ = (reader.GetInt64(0), reader.GetString(1), reader.GetString(2));
        }
        return total * 1_000_003 + ids.Sum();
    }

    static async Task<(string Person, string IdNumber, string Company)> Samples(Func<MySqlConnection> connect)
    {
        await using var connection = connect();
        await connection.OpenAsync();
        async Task<string> One(string sql) => (string)(await new MySqlCommand(sql, connection).ExecuteScalarAsync())!;
        var person = await One("SELECT Name FROM Parties WHERE Id >= (SELECT MAX(Id) DIV 3 FROM Parties) AND Kind = 'Worker' ORDER BY Id LIMIT 1");
        var id = await One("SELECT IdNumber FROM Parties WHERE Id >= (SELECT MAX(Id) DIV 5 FROM Parties) AND Kind = 'Worker' ORDER BY Id LIMIT 1");
        var company = await One("SELECT Name FROM Parties WHERE Id >= (SELECT MAX(Id) DIV 7 FROM Parties) AND Kind = 'Employer' ORDER BY Id LIMIT 1");
        return (person, id, company);
    }

    // ---- the fill ----

    const string Surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    const string Given = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国文辉玲红志新春海波宁飞燕鹏俊峰浩宇晨欣婷雪梅琳颖慧佳家荣德永忠庆福祥瑞安嘉子晓凤云琴丹凯斌彬亮鑫昊婉怡思嘉诗雨梓萱睿泽轩博然天佑一宏";
    const string Cities = "广州深圳珠海汕头佛山韶关湛江肇庆江门茂名惠州梅州汕尾河源阳江清远东莞中山潮州揭阳云浮";
    const string Words = "恒达永盛鸿运金泰宏图华信振兴新宇富强联合东方南粤岭南信和广源海丰瑞丰顺发百盛德隆长城天成宝利嘉禾汇通万家";
    const string Trades = "建筑工程电子科技五金制品服装制衣家具制造物流运输餐饮管理物业服务";

    /// <summary>
    /// Cases received evenly over the ten years to <see cref="Today"/>, in a province's proportions (arbitration
    /// 25%, mediation 72%, complaints 3%), each concluded 5–69 days after receipt unless that is still to come; one
    /// worker and one employer each, the employer from a pool of companies that recur; the clocks each case runs.
    /// </summary>
    static async Task Fill(string connectionString, Dictionary<string, int> organisations, int count)
    {
        var towns = string.Join(",", organisations.Where(o => o.Key is not ("bureau" or "commission" or "brigade") && !o.Key.StartsWith("enterprise")).Select(o => o.Value));
        var townCount = towns.Split(',').Length;
        var first = Today.AddDays(-3652);
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync();
        async Task Run(string sql)
        {
            await using var command = new MySqlCommand(sql, connection) { CommandTimeout = 3600 };
            await command.ExecuteNonQueryAsync();
        }
        var watch = Stopwatch.StartNew();
        const int chunk = 500_000;
        for (var from = 1; from <= count; from += chunk)
        {
            var to = Math.Min(count, from + chunk - 1);
            // r: kind, s: organisation and outcome, t: durations; each a hash of the id, so a refill is the same.
            await Run($"""
                INSERT INTO Cases (Id, Kind, OrganisationId, State, Version, ReceivedOn, AcceptedOn, ClosedOn, ClosureType, CreatedAt, CreatedById,
                                   CaseNumber, CaseYear, CaseSequence, Track, IsPreCaseMediation, Source)
                SELECT seq, kind, org,
                       IF(closed IS NULL, CASE kind WHEN 'Mediation' THEN 'InMediation' WHEN 'Arbitration' THEN 'InProceedings' ELSE 'Investigating' END, 'Closed'),
                       1, received, accepted, closed,
                       IF(closed IS NULL, NULL, CASE kind WHEN 'Mediation' THEN IF(s % 100 < 77, 'MediationAgreement', IF(s % 100 < 92, 'MediationFailed', 'Withdrawal'))
                                                          WHEN 'Arbitration' THEN IF(s % 100 < 35, 'MediationStatement', IF(s % 100 < 85, 'Award', 'Withdrawal'))
                                                          ELSE 'Rectified' END),
                       '2025-01-01 00:00:00', 1,
                       CONCAT(CASE kind WHEN 'Mediation' THEN '粤劳调字' WHEN 'Arbitration' THEN '粤劳人仲案字' ELSE '粤人社监字' END, '〔', YEAR(received), '〕第', seq, '号'),
                       YEAR(received), seq,
                       IF(kind = 'Arbitration', IF(t % 10 < 3, 'Simplified', 'Ordinary'), NULL),
                       kind = 'Mediation' AND s % 10 = 0,
                       IF(kind = 'Inspection', IF(s % 10 = 0, 'Patrol', 'Hotline12345'), NULL)
                FROM (
                  SELECT seq, kind, s, t, received,
                         IF(kind = 'Mediation', received, received + INTERVAL 1 + t % 5 DAY) AS accepted,
                         IF(received + INTERVAL 5 + t % 65 DAY > '{Today:yyyy-MM-dd}', NULL, received + INTERVAL 5 + t % 65 DAY) AS closed,
                         CASE kind WHEN 'Arbitration' THEN {organisations["commission"]} WHEN 'Inspection' THEN {organisations["brigade"]}
                                   ELSE ELT(1 + s % {townCount}, {towns}) END AS org
                  FROM (
                    SELECT seq, CASE WHEN CRC32(CONCAT('k', seq)) % 100 < 25 THEN 'Arbitration' WHEN CRC32(CONCAT('k', seq)) % 100 < 97 THEN 'Mediation' ELSE 'Inspection' END AS kind,
                           CRC32(CONCAT('s', seq)) AS s, CRC32(CONCAT('t', seq)) AS t,
                           DATE('{first:yyyy-MM-dd}') + INTERVAL (seq - 1) * 3652 DIV {count} DAY AS received
                    FROM seq_{from}_to_{to}) AS drawn) AS cases
                """);
            await Run($"""
                INSERT INTO CaseConclusions (CaseId, Kind, OrganisationId, ConcludedOn, Outcome, IsMediatedSettlement, Track, IsPreCaseMediation, IsComplaint, ReopenedOn)
                SELECT Id, Kind, OrganisationId, ClosedOn,
                       CASE ClosureType WHEN 'MediationAgreement' THEN 'Agreement' WHEN 'MediationFailed' THEN 'Failed' ELSE ClosureType END,
                       ClosureType IN ('MediationAgreement', 'MediationStatement'), Track, IsPreCaseMediation,
                       Kind = 'Inspection' AND Source <> 'Patrol', NULL
                FROM Cases WHERE Id BETWEEN {from} AND {to} AND ClosedOn IS NOT NULL
                """);
            // The clock each case is judged by: mediation 15 days, the award's 45, the investigation's 60 working days (about 84).
            await Run($"""
                INSERT INTO CaseClocks (CaseId, OrganisationId, Kind, AssigneeId, Code, Status, ObligedBy, StartedOn, DueOn, MetOn, PausedDays)
                SELECT Id, OrganisationId, Kind, 1, CASE Kind WHEN 'Mediation' THEN 'mediation' WHEN 'Arbitration' THEN 'award' ELSE 'investigation' END,
                       IF(ClosedOn IS NULL, 'Running', 'Met'), 'Organisation', AcceptedOn,
                       AcceptedOn + INTERVAL CASE Kind WHEN 'Mediation' THEN 15 WHEN 'Arbitration' THEN 45 ELSE 84 END DAY, ClosedOn, 0
                FROM Cases WHERE Id BETWEEN {from} AND {to} AND AcceptedOn IS NOT NULL
                """);
            // A worker with a resident ID number, and an employer from a pool of about 400,000 companies with their credit codes.
            await Run($"""
                INSERT INTO Parties (CaseId, CaseKind, CaseOrganisationId, Role, Kind, Name, IdNumber, CreditCode, IsRepresentative)
                SELECT seq, k.Kind, k.OrganisationId, 'Applicant', 'Worker',
                       CONCAT(SUBSTRING('{Surnames}', 1 + CRC32(CONCAT('a', seq)) % {Surnames.Length}, 1),
                              SUBSTRING('{Given}', 1 + CRC32(CONCAT('b', seq)) % {Given.Length}, 1),
                              IF(CRC32(CONCAT('c', seq)) % 3 = 0, '', SUBSTRING('{Given}', 1 + CRC32(CONCAT('c', seq)) % {Given.Length}, 1))),
                       CONCAT('44', LPAD(CRC32(CONCAT('d', seq)) % 10000, 4, '0'), DATE_FORMAT(DATE('1960-01-01') + INTERVAL CRC32(CONCAT('e', seq)) % 16000 DAY, '%Y%m%d'),
                              LPAD(seq % 1000, 3, '0'), IF(seq % 11 = 10, 'X', seq % 11 DIV 1)),
                       NULL, 0
                FROM seq_{from}_to_{to} JOIN Cases k ON k.Id = seq
                UNION ALL
                SELECT seq, k.Kind, k.OrganisationId, 'Respondent', 'Employer',
                       CONCAT(SUBSTRING('{Cities}', 1 + 2 * (c % 21), 2), '市',
                              SUBSTRING('{Words}', 1 + 2 * (c DIV 21 % {Words.Length / 2}), 2), SUBSTRING('{Words}', 1 + 2 * (c DIV 441 % {Words.Length / 2}), 2),
                              SUBSTRING('{Trades}', 1 + 4 * (c DIV 13000 % {Trades.Length / 4}), 4), '有限公司'),
                       NULL, CONCAT('9144', LPAD(c, 14, '0')), 0
                FROM (SELECT seq, CRC32(CONCAT('f', seq)) % 400000 AS c FROM seq_{from}_to_{to}) AS employers JOIN Cases k ON k.Id = seq
                """);
            Console.WriteLine($"  {to:N0} cases written ({watch.Elapsed.TotalSeconds:0} s)");
        }
        await Run("ANALYZE TABLE Cases, CaseConclusions, CaseClocks, Parties");
        Console.WriteLine($"filled {count:N0} cases in {watch.Elapsed.TotalSeconds:0} s");
    }
}
