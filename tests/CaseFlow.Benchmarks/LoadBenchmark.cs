using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CaseFlow.Domain;
using Microsoft.Data.Sqlite;
using MySqlConnector;

namespace CaseFlow.Benchmarks;

/// <summary>
/// The HTTP write path under load: CaseFlow runs as its own process on a database of its own, and each of
/// N clients repeats what a registrar does with a new application — intake (two parties, two claims, an
/// Idempotency-Key), submit for review, accept (case number, notice, three clocks) — for a set time. Beside
/// it, the bare rate of the same database writing the same rows in the same three transactions through plain
/// ADO.NET at the same concurrency, so that each line prints the ratio; and the rate of an empty request, so that it
/// also prints the ratio a request costing only that and the bare transaction would reach. Documents are recorded but not printed
/// (<c>CaseFlow:Documents:Render=false</c>): printing is the background producer's work, not the request's.
/// </summary>
public static class LoadBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var mariadb = args.SkipWhile(a => a != "--mariadb").Skip(1).FirstOrDefault();
        var plain = args.TakeWhile(a => a != "--mariadb").ToArray();
        var clients = plain.ElementAtOrDefault(0) is { } c ? c.Split(',').Select(int.Parse).ToArray() : [1, 8, 32];
        var seconds = plain.ElementAtOrDefault(1) is { } s ? int.Parse(s) : 15;

        await using var database = new BenchDatabase(mariadb);
        using var server = await CaseFlowServer.StartAsync(database);
        Console.WriteLine($"CaseFlow {server.Dll} (pid {server.Pid}); {seconds} s per run; each cycle = intake + submit-for-review + accept");

        // Warm-up: JIT (tiered compilation settles after some seconds of load), EF's compiled queries and the connection pools, on both sides.
        await ApiAsync(server, 2, 15);
        var sample = await BareSample.ReadAsync(database);
        await BareAsync(database, sample, 2, 3);
        await NothingAsync(server, 2, 3);

        var rows = new List<string>();
        foreach (var n in clients)
        {
            var memory = new MemorySampler(server.Pid);
            var cpu = ProcessorTime(server.Pid);
            var timings = new ServerTimings();
            var api = await ApiAsync(server, n, seconds, timings);
            // CaseFlow's own processor time for each write it answered, user and system (all threads; the database's
            // server process is not counted, SQLite's work in CaseFlow's process is).
            var cpuPerWrite = (ProcessorTime(server.Pid) - cpu).TotalMilliseconds / Math.Max(1, api.Writes);
            var peak = memory.Stop();
            var bare = await BareAsync(database, sample, n, seconds);
            var floor = await NothingAsync(server, n, seconds);
            // Were a write request to cost an empty request plus the bare transaction and nothing more, this is the ratio it would reach.
            var ceiling = floor.Rate / (floor.Rate + bare.Rate);
            var line = $"| {database.Name} | {n} | {api.Rate:0} | {bare.Rate:0} | {api.Rate / bare.Rate:0.00} | {api.P50:0.0} | {api.P99:0.0} | {bare.P50:0.0} | {bare.P99:0.0} | {api.Errors} | {peak / 1024.0 / 1024:0} | {cpuPerWrite:0.00} | {timings.App:0.00} | {timings.Db:0.00} | {timings.Commands:0.0} | {floor.Rate:0} | {ceiling:0.00} |";
            Console.WriteLine(line);
            rows.Add(line);
        }
        Console.WriteLine();
        Console.WriteLine("| Database | Clients | API writes/s | Bare writes/s | Ratio | API p50 ms | API p99 ms | Bare p50 ms | Bare p99 ms | API errors | CaseFlow peak RSS MB | CaseFlow CPU ms/write | CaseFlow ms/write | of it database ms | Commands/write | Empty requests/s | Ratio of empty + bare |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        rows.ForEach(Console.WriteLine);
        return 0;
    }

    public sealed record Run(int Writes, double Seconds, double P50, double P99, int Errors)
    {
        public double Rate => Writes / Seconds;

        public static Run Of(IEnumerable<List<double>> latencies, double seconds, int errors)
        {
            var all = latencies.SelectMany(l => l).Order().ToList();
            double At(double share) => all.Count == 0 ? double.NaN : all[Math.Min(all.Count - 1, (int)(all.Count * share))];
            return new Run(all.Count, seconds, At(0.50), At(0.99), errors);
        }
    }

    /// <summary>
    /// <paramref name="clients"/> clients, each repeating <paramref name="cycle"/> until <paramref name="seconds"/> have passed:
    /// a cycle adds the latency of each write it completes to its client's list, and calls the error counter (which
    /// answers how many errors there have been so far) for each it does not.
    /// </summary>
    static async Task<Run> DriveAsync(int clients, int seconds, Func<List<double>, Func<int>, Task> cycle)
    {
        var errors = 0;
        var latencies = Enumerable.Range(0, clients).Select(_ => new List<double>()).ToArray();
        var start = Stopwatch.StartNew();
        var until = TimeSpan.FromSeconds(seconds);
        int Error() => Interlocked.Increment(ref errors);
        await Task.WhenAll(latencies.Select(mine => Task.Run(async () =>
        {
            while (start.Elapsed < until) await cycle(mine, Error);
        })));
        return Run.Of(latencies, start.Elapsed.TotalSeconds, errors);
    }

    /// <summary>An HTTP client with a connection for each of <paramref name="clients"/>, kept for the whole run.</summary>
    static HttpClient Http(CaseFlowServer server, int clients) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(60),
        };

    /// <summary>
    /// The means of what CaseFlow's answers report in their <c>Server-Timing</c> (it runs in demo mode, which sends it):
    /// its time on each write until the answer starts, the part of it spent waiting for the database, and the commands sent.
    /// </summary>
    sealed class ServerTimings
    {
        double app, db, commands;
        int count;

        public double App => count == 0 ? double.NaN : app / count;
        public double Db => count == 0 ? double.NaN : db / count;
        public double Commands => count == 0 ? double.NaN : commands / count;

        public void Add(HttpResponseMessage response)
        {
            if (!response.Headers.TryGetValues("Server-Timing", out var values)) return;
            var header = string.Join(", ", values);
            double Number(string after, char end)
            {
                var at = header.IndexOf(after, StringComparison.Ordinal);
                if (at < 0) return double.NaN;
                at += after.Length;
                var stop = header.IndexOfAny([end, ',', '"'], at);
                return double.Parse(header[at..(stop < 0 ? header.Length : stop)], System.Globalization.CultureInfo.InvariantCulture);
            }
            var (a, d, c) = (Number("app;dur=", ','), Number("db;dur=", ';'), Number("commands=", ' '));
            lock (this) (app, db, commands, count) = (app + a, db + d, commands + c, count + 1);
        }
    }

    static async Task<Run> ApiAsync(CaseFlowServer server, int clients, int seconds, ServerTimings? timings = null)
    {
        using var http = Http(server, clients);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await server.TokenAsync("registrar"));
        return await DriveAsync(clients, seconds, async (mine, error) =>
        {
            var worker = Interlocked.Increment(ref nextWorker);
            async Task<JsonElement?> Send(string url, object body, string? key = null)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
                if (key is not null) request.Headers.Add("Idempotency-Key", key);
                var watch = Stopwatch.StartNew();
                try
                {
                    using var response = await http.SendAsync(request);
                    var text = await response.Content.ReadAsStringAsync();
                    if (!response.IsSuccessStatusCode)
                    {
                        if (error() <= 3) Console.Error.WriteLine($"{url}: {(int)response.StatusCode} {text[..Math.Min(300, text.Length)]}");
                        return null;
                    }
                    mine.Add(watch.Elapsed.TotalMilliseconds);
                    timings?.Add(response);
                    return JsonDocument.Parse(text).RootElement.Clone();
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    if (error() <= 3) Console.Error.WriteLine($"{url}: {e.Message}");
                    return null;
                }
            }
            if (await Send("/api/arbitration-cases", Application(worker), Guid.NewGuid().ToString("N")) is not { } created) return;
            var url = $"/api/arbitration-cases/{created.GetProperty("id").GetInt64()}";
            if (await Send($"{url}/actions/submit-for-review", new { version = 1 }) is null) return;
            await Send($"{url}/actions/accept", new { version = 2, track = "Ordinary" });
        });
    }

    static int nextWorker;

    /// <summary>
    /// The floor under any request: <c>GET /health/live</c>, which touches no database and no user, sent by the same
    /// clients over the same connections — what HTTP, Kestrel and the middleware cost before an endpoint does anything.
    /// </summary>
    static async Task<Run> NothingAsync(CaseFlowServer server, int clients, int seconds)
    {
        using var http = Http(server, clients);
        return await DriveAsync(clients, seconds, async (mine, error) =>
        {
            var watch = Stopwatch.StartNew();
            using var response = await http.GetAsync("/health/live");
            await response.Content.ReadAsStringAsync();
            if (response.IsSuccessStatusCode) mine.Add(watch.Elapsed.TotalMilliseconds);
            else error();
        });
    }

    static object Application(int worker)
    {
        var first17 = $"440783{1985 + worker % 15}{1 + worker % 12:00}{1 + worker % 28:00}{worker % 1000:000}";
        var employer = $"91440783MA{worker % 10_000_000:0000000}";
        return new
        {
            receivedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)),
            summary = "被申请人拖欠2026年7月至9月工资",
            parties = new object[]
            {
                new { role = "Applicant", kind = "Worker", name = $"劳动者{worker}", idNumber = first17 + ResidentIdNumber.CheckCharacter(first17), phone = "13800000000" },
                new { role = "Respondent", kind = "Employer", name = $"开平市测试建筑工程有限公司{worker}", creditCode = employer + UnifiedSocialCreditCode.CheckCharacter(employer) },
            },
            claims = new object[]
            {
                new { type = "UnpaidWages", amount = 15600.50m, periodFrom = "2026-07-01", periodTo = "2026-09-30" },
                new { type = "EconomicCompensation", amount = 10400m },
            },
        };
    }

    /// <summary>
    /// Values the API wrote, read back once so that the bare rows carry the same data: an intake event's
    /// parameters, a document's snapshot, the organisation and the registrar.
    /// </summary>
    sealed record BareSample(int OrganisationId, int UserId, string ActorName, string OpenParameters, string Snapshot, string LimitationFacts, string LimitationNote)
    {
        public static async Task<BareSample> ReadAsync(BenchDatabase database)
        {
            await using var connection = database.Connect();
            await connection.OpenAsync();
            async Task<object[]> Row(string sql)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = sql;
                await using var reader = await command.ExecuteReaderAsync();
                if (!await reader.ReadAsync()) throw new InvalidOperationException($"nothing for {sql}");
                var values = new object[reader.FieldCount];
                reader.GetValues(values);
                return values;
            }
            var @case = await Row("SELECT OrganisationId, CreatedById FROM Cases ORDER BY Id LIMIT 1");
            var open = await Row("SELECT ActorName, Parameters FROM CaseEvents WHERE Action = 'open' ORDER BY Id LIMIT 1");
            var document = await Row("SELECT Snapshot FROM CaseDocuments ORDER BY Id LIMIT 1");
            var claim = await Row("SELECT LimitationFacts, LimitationNote FROM Claims ORDER BY Id LIMIT 1");
            return new BareSample(Convert.ToInt32(@case[0]), Convert.ToInt32(@case[1]), (string)open[0], (string)open[1], (string)document[0], (string)claim[0], (string)claim[1]);
        }
    }

    static async Task<Run> BareAsync(BenchDatabase database, BareSample sample, int clients, int seconds)
    {
        var sql = new BareSql(database.IsSqlite);
        return await DriveAsync(clients, seconds, async (mine, error) =>
        {
            var worker = Interlocked.Increment(ref nextWorker);
            try
            {
                var watch = Stopwatch.StartNew();
                var (caseId, hash) = await sql.IntakeAsync(database, sample, worker);
                mine.Add(watch.Elapsed.TotalMilliseconds);
                watch.Restart();
                hash = await sql.SubmitAsync(database, sample, caseId, hash);
                mine.Add(watch.Elapsed.TotalMilliseconds);
                watch.Restart();
                await sql.AcceptAsync(database, sample, caseId, hash);
                mine.Add(watch.Elapsed.TotalMilliseconds);
            }
            catch (DbException e)
            {
                if (error() <= 3) Console.Error.WriteLine($"bare: {e.Message}");
            }
        });
    }

    /// <summary>
    /// The rows of intake, submit and accept as three transactions of plain SQL, each row written once with its final
    /// values: the case, its parties and their names' search index, claims, clocks, events, document and idempotency key.
    /// </summary>
    sealed class BareSql(bool sqlite)
    {
        string Q(string name) => sqlite ? $"\"{name}\"" : $"`{name}`";

        static string Hash(string previous, string what) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(previous + what)));

        static DateTimeOffset Now => DateTimeOffset.UtcNow;
        static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

        async Task<T> InTransaction<T>(BenchDatabase database, Func<DbConnection, DbTransaction, Task<T>> work)
        {
            await using var connection = database.Connect();
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            var result = await work(connection, transaction);
            await transaction.CommitAsync();
            return result;
        }

        static async Task<long> Execute(DbConnection connection, DbTransaction transaction, string sql, params object?[] values)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            for (var i = 0; i < values.Length; i++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = $"@p{i}";
                parameter.Value = values[i] switch
                {
                    null => DBNull.Value,
                    DateOnly d => d.ToString("yyyy-MM-dd"),
                    DateTimeOffset t => t,
                    var v => v,
                };
                command.Parameters.Add(parameter);
            }
            return sql.Contains("RETURNING", StringComparison.Ordinal) || sql.StartsWith("SELECT", StringComparison.Ordinal)
                ? Convert.ToInt64(await command.ExecuteScalarAsync())
                : await command.ExecuteNonQueryAsync();
        }

        string Insert(string table, params string[] columns) =>
            $"INSERT INTO {Q(table)} ({string.Join(", ", columns.Select(Q))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";

        public Task<(long, string)> IntakeAsync(BenchDatabase database, BareSample s, int worker) => InTransaction(database, async (c, t) =>
        {
            var now = Now;
            var hash = Hash("", s.OpenParameters + worker);
            // The search index of the parties' names (PartyNameSuffixes), one statement ahead of the parties as the API writes it.
            var suffixes = new[] { $"劳动者{worker}", $"开平市测试建筑工程有限公司{worker}" }
                .SelectMany(name => PartyNameSuffix.Of(name).Select(suffix => (suffix, name))).Distinct().ToList();
            await Execute(c, t, $"{(sqlite ? "INSERT OR IGNORE" : "INSERT IGNORE")} INTO {Q("PartyNameSuffixes")} ({Q("Suffix")}, {Q("Name")}) VALUES "
                + string.Join(", ", suffixes.Select((_, i) => $"(@p{2 * i}, @p{2 * i + 1})")),
                suffixes.SelectMany(r => new object?[] { r.suffix, r.name }).ToArray());
            var id = await Execute(c, t, Insert("Cases", "Kind", "OrganisationId", "State", "Version", "ReceivedOn", "Summary", "AssigneeId", "CreatedAt", "CreatedById", "EmploymentContinues", "LastEventHash") + " RETURNING " + Q("Id"),
                "Arbitration", s.OrganisationId, "Applied", 1, Today, "被申请人拖欠2026年7月至9月工资", s.UserId, now, s.UserId, false, hash);
            await Execute(c, t, Insert("Parties", "CaseId", "Role", "Kind", "Name", "IdNumber", "Phone", "IsRepresentative"), id, "Applicant", "Worker", $"劳动者{worker}", $"44078319900101{worker % 10000:0000}", "13800000000", false);
            await Execute(c, t, Insert("Parties", "CaseId", "Role", "Kind", "Name", "CreditCode", "IsRepresentative"), id, "Respondent", "Employer", $"开平市测试建筑工程有限公司{worker}", $"91440783MA{worker % 100_000_000:00000000}", false);
            foreach (var (type, amount) in new[] { ("UnpaidWages", 15600.5m), ("EconomicCompensation", 10400m) })
                await Execute(c, t, Insert("Claims", "CaseId", "Type", "Amount", "IsCounterclaim", "LimitationFacts", "LimitationNote", "LimitationStatus"), id, type, amount, false, s.LimitationFacts, s.LimitationNote, "Unknown");
            await Execute(c, t, Insert("CaseClocks", "CaseId", "OrganisationId", "Kind", "AssigneeId", "Code", "Status", "ObligedBy", "StartedOn", "DueOn", "PausedDays"),
                id, s.OrganisationId, "Arbitration", s.UserId, "acceptance", "Running", "Organisation", Today, Today.AddDays(7), 0);
            await Execute(c, t, Insert("CaseEvents", "CaseId", "Sequence", "At", "ActorId", "ActorName", "Action", "FromState", "ToState", "Parameters", "Hash", "PreviousHash"),
                id, 1, now, s.UserId, s.ActorName, "open", "", "Applied", s.OpenParameters, hash, "");
            await Execute(c, t, Insert("IdempotencyKey", "UserId", "Key", "CaseId", "RequestHash", "CreatedAt"), s.UserId, Guid.NewGuid().ToString("N"), id, Hash("", worker.ToString()), now);
            return (id, hash);
        });

        public Task<string> SubmitAsync(BenchDatabase database, BareSample s, long id, string previous) => InTransaction(database, async (c, t) =>
        {
            var hash = Hash(previous, "submit-for-review");
            await Execute(c, t, Insert("CaseEvents", "CaseId", "Sequence", "At", "ActorId", "ActorName", "Action", "FromState", "ToState", "Hash", "PreviousHash"),
                id, 2, Now, s.UserId, s.ActorName, "submit-for-review", "Applied", "AcceptanceReview", hash, previous);
            var changed = await Execute(c, t, $"UPDATE {Q("Cases")} SET {Q("LastEventHash")} = @p0, {Q("State")} = @p1, {Q("Version")} = @p2 WHERE {Q("Id")} = @p3 AND {Q("Version")} = @p4",
                hash, "AcceptanceReview", 2, id, 1);
            if (changed != 1) throw new InvalidOperationException("stale");
            return hash;
        });

        public Task<int> AcceptAsync(BenchDatabase database, BareSample s, long id, string previous) => InTransaction(database, async (c, t) =>
        {
            var today = Today;
            await Execute(c, t, $"UPDATE {Q("CaseNumberSequences")} SET {Q("LastNumber")} = {Q("LastNumber")} + 1 WHERE {Q("OrganisationId")} = @p0 AND {Q("Kind")} = @p1 AND {Q("Year")} = @p2",
                s.OrganisationId, "Arbitration", today.Year);
            var number = await Execute(c, t, $"SELECT {Q("LastNumber")} FROM {Q("CaseNumberSequences")} WHERE {Q("OrganisationId")} = @p0 AND {Q("Kind")} = @p1 AND {Q("Year")} = @p2",
                s.OrganisationId, "Arbitration", today.Year);
            var caseNumber = $"开劳人仲案字〔{today.Year}〕第{number}号";
            await Execute(c, t, $"UPDATE {Q("CaseClocks")} SET {Q("MetOn")} = @p0, {Q("Status")} = @p1 WHERE {Q("CaseId")} = @p2 AND {Q("Code")} = @p3", today, "Met", id, "acceptance");
            foreach (var (code, days) in new[] { ("service", 7), ("tribunal", 7), ("award", 45) })
                await Execute(c, t, Insert("CaseClocks", "CaseId", "OrganisationId", "Kind", "AssigneeId", "Code", "Status", "ObligedBy", "StartedOn", "DueOn", "PausedDays"),
                    id, s.OrganisationId, "Arbitration", s.UserId, code, "Running", "Organisation", today, today.AddDays(days), 0);
            await Execute(c, t, Insert("CaseDocuments", "CaseId", "Template", "Title", "DocumentNumber", "Version", "Status", "Snapshot", "RecordedAt", "IssuedBy", "Action", "Attempts"),
                id, "acceptance-notice", "受理通知书", caseNumber, 1, "Pending", s.Snapshot, Now, s.ActorName, "accept", 0);
            var hash = Hash(previous, "accept");
            await Execute(c, t, Insert("CaseEvents", "CaseId", "Sequence", "At", "ActorId", "ActorName", "Action", "FromState", "ToState", "Parameters", "Documents", "Hash", "PreviousHash"),
                id, 3, Now, s.UserId, s.ActorName, "accept", "AcceptanceReview", "Accepted", "{\"track\":\"Ordinary\",\"simplifiedGround\":null}", "acceptance-notice", hash, previous);
            var changed = await Execute(c, t, $"UPDATE {Q("Cases")} SET {Q("AcceptedOn")} = @p0, {Q("CaseNumber")} = @p1, {Q("CaseSequence")} = @p2, {Q("CaseYear")} = @p3, {Q("LastEventHash")} = @p4, {Q("State")} = @p5, {Q("Track")} = @p6, {Q("Version")} = @p7 WHERE {Q("Id")} = @p8 AND {Q("Version")} = @p9",
                today, caseNumber, number, today.Year, hash, "Accepted", "Ordinary", 3, id, 2);
            if (changed != 1) throw new InvalidOperationException("stale");
            return 0;
        });
    }

    /// <summary>CaseFlow.Web as its own process on the benchmark's database, in demo mode (its users, no cases).</summary>
    sealed class CaseFlowServer : IDisposable
    {
        readonly Process process;
        readonly string folder;

        CaseFlowServer(Process process, Uri address, string dll, string folder) => (this.process, Address, Dll, this.folder) = (process, address, dll, folder);

        public Uri Address { get; }
        public string Dll { get; }
        public int Pid => process.Id;

        public static async Task<CaseFlowServer> StartAsync(BenchDatabase database)
        {
            var root = Root();
            var web = Path.Combine(root, "src", "CaseFlow.Web");
            var dll = new[] { "Release", "Debug" }.Select(c => Path.Combine(web, "bin", c, "net10.0", "CaseFlow.Web.dll")).FirstOrDefault(File.Exists)
                ?? throw new InvalidOperationException("build CaseFlow first: dotnet build -c Release CaseFlow.sln");
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var address = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}");
            listener.Stop();
            var start = new ProcessStartInfo("dotnet", [dll, "--urls", address.ToString()]) { WorkingDirectory = web, RedirectStandardOutput = true, RedirectStandardError = true };
            var server = Directory.CreateTempSubdirectory("caseflow-load-").FullName;
            start.Environment["ASPNETCORE_CONTENTROOT"] = web;
            start.Environment["CaseFlow__Demo"] = "true";
            start.Environment["CaseFlow__DemoCases"] = "false";
            start.Environment["CaseFlow__DataFolder"] = server;
            start.Environment["CaseFlow__Documents__Render"] = "false";
            start.Environment["CaseFlow__Warnings__Daily"] = "false";
            start.Environment["Logging__LogLevel__Default"] = "Warning";
            start.Environment["CaseFlow__Database__Provider"] = database.IsSqlite ? "Sqlite" : "MySql";
            start.Environment["CaseFlow__Database__ConnectionString"] = database.ConnectionString;
            var process = Process.Start(start)!;
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 } line && line.Contains("fail", StringComparison.Ordinal)) Console.Error.WriteLine(line); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            using var probe = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
            for (var waited = Stopwatch.StartNew(); waited.Elapsed < TimeSpan.FromMinutes(3);)
            {
                if (process.HasExited) throw new InvalidOperationException($"CaseFlow exited with {process.ExitCode} while starting");
                try
                {
                    if ((await probe.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK) return new CaseFlowServer(process, address, dll, server);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
                await Task.Delay(250);
            }
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("CaseFlow did not become ready within three minutes");
        }

        public async Task<string> TokenAsync(string userName)
        {
            using var http = new HttpClient { BaseAddress = Address };
            var response = await http.PostAsJsonAsync("/api/auth/login", new { userName, password = "CaseFlow-Demo-2026" });
            response.EnsureSuccessStatusCode();
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        }

        static string Root()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "CaseFlow.sln"))) return dir.FullName;
            throw new InvalidOperationException("CaseFlow.sln not found above " + AppContext.BaseDirectory);
        }

        public void Dispose()
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            process.Dispose();
            SqliteConnection.ClearAllPools();
            MySqlConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The processor time a process has used so far, user and system.</summary>
    static TimeSpan ProcessorTime(int pid)
    {
        using var process = Process.GetProcessById(pid);
        return process.TotalProcessorTime;
    }

    /// <summary>The highest resident set size of a process while it runs, read from /proc every 100 ms.</summary>
    sealed class MemorySampler
    {
        readonly CancellationTokenSource stop = new();
        readonly Task<long> sampling;

        public MemorySampler(int pid) => sampling = Task.Run(async () =>
        {
            long peak = 0;
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
                    if (line is not null) peak = Math.Max(peak, long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024);
                }
                catch (IOException) { }
                try { await Task.Delay(100, stop.Token); } catch (OperationCanceledException) { }
            }
            return peak;
        });

        public long Stop()
        {
            stop.Cancel();
            return sampling.GetAwaiter().GetResult();
        }
    }
}
