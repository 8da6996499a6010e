using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using CaseFlow.Tests.Support;
using Microsoft.Data.Sqlite;
using MySqlConnector;

namespace CaseFlow.Tests.Features.Security;

/// <summary>
/// CaseFlow as its own process under a write load — clients taking applications, submitting and accepting
/// them (which issues the case number) — killed with SIGKILL mid-load several times and started again on
/// the same database. Afterwards every acknowledged write is there as acknowledged, no case is half-written
/// (each has its parties, claims and events, and its history's chain verifies), and the case numbers are
/// gapless: the numbers issued are exactly 1 … the counter.
/// </summary>
public abstract class CrashConsistencyTests : IAsyncLifetime
{
    const int Kills = 3;
    const int Clients = 4;
    const int WritesBeforeKill = 20;

    protected readonly string Folder = Path.Combine(Path.GetTempPath(), "caseflow-crash", Guid.NewGuid().ToString("N"));

    /// <summary>The environment that points a CaseFlow process at the database under test.</summary>
    protected abstract Dictionary<string, string> Database { get; }

    protected abstract DbConnection Connect();

    sealed record Acknowledged(long Id, int Version, string? Number);

    public virtual Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        return Task.CompletedTask;
    }

    public virtual Task DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Every_acknowledged_write_survives_sigkill_with_no_half_written_case_and_gapless_numbers()
    {
        var acknowledged = new ConcurrentDictionary<long, Acknowledged>();
        var failedRequests = 0;
        for (var kill = 0; kill < Kills; kill++)
        {
            using var process = await StartAsync();
            using var load = new CancellationTokenSource();
            var signedIn = await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => SignInAsync(process.Address)));
            var before = acknowledged.Count;
            var clients = Enumerable.Range(0, Clients).Select(c => Task.Run(() => ClientAsync(signedIn[c], kill * Clients + c, acknowledged, load.Token))).ToList();
            // Killed mid-load: once the clients have had writes acknowledged (or after a while on a slow machine), at a moment of its own.
            for (var waited = Stopwatch.StartNew(); acknowledged.Count - before < WritesBeforeKill && waited.Elapsed < TimeSpan.FromSeconds(30);) await Task.Delay(50);
            await Task.Delay(Random.Shared.Next(0, 200));
            process.Kill();
            load.Cancel();
            failedRequests += (await Task.WhenAll(clients)).Sum();
        }

        using (var last = await StartAsync())
        {
            // Served again: a new application is taken on the database the kills left.
            var registrar = await SignInAsync(last.Address);
            await (await registrar.PostAsJsonAsync("/api/arbitration-cases", ApiRequests.Application(DateOnly.FromDateTime(DateTime.Today), worker: 99_999), CaseFlowApp.Json))
                .Read(HttpStatusCode.Created);
        }

        Assert.True(acknowledged.Count >= Kills * Clients, $"only {acknowledged.Count} writes were acknowledged: the load did not run");
        await using var db = Connect();
        await db.OpenAsync();
        foreach (var ack in acknowledged.Values)
        {
            var row = await RowAsync(db, "SELECT Version, CaseNumber FROM Cases WHERE Id = @id", ("id", ack.Id));
            Assert.True(row is not null, $"case {ack.Id}, acknowledged at version {ack.Version}, is gone");
            Assert.True(Convert.ToInt32(row![0]) >= ack.Version, $"case {ack.Id} is at version {row[0]}, below the acknowledged {ack.Version}");
            if (ack.Number is not null) Assert.Equal(ack.Number, row[1] as string);
        }

        var halfWritten = await ListAsync(db,
            "SELECT c.Id FROM Cases c WHERE NOT EXISTS (SELECT 1 FROM CaseEvents e WHERE e.CaseId = c.Id) " +
            "OR (SELECT COUNT(*) FROM Parties p WHERE p.CaseId = c.Id) <> 2 OR (SELECT COUNT(*) FROM Claims k WHERE k.CaseId = c.Id) <> 3 " +
            "OR c.Version <> (SELECT MAX(e.Sequence) FROM CaseEvents e WHERE e.CaseId = c.Id)");
        Assert.True(halfWritten.Count == 0, $"half-written cases: {string.Join(", ", halfWritten)}");

        var year = DateTime.Today.Year;
        var numbers = (await ListAsync(db, $"SELECT CaseSequence FROM Cases WHERE Kind = 'Arbitration' AND CaseYear = {year} AND CaseSequence IS NOT NULL ORDER BY CaseSequence"))
            .Select(Convert.ToInt32).ToList();
        var counter = Convert.ToInt32((await RowAsync(db, $"SELECT LastNumber FROM CaseNumberSequences WHERE Kind = 'Arbitration' AND Year = {year}"))![0]);
        Assert.True(numbers.Count > 0, "no case number was issued");
        Assert.Equal(Enumerable.Range(1, counter), numbers);
        Assert.Equal(acknowledged.Values.Count(a => a.Number is not null), acknowledged.Values.Select(a => a.Number).OfType<string>().Distinct().Count());

        var verify = await RunAsync("verify-history");
        Assert.True(verify.ExitCode == 0, $"verify-history: {verify.Output}");
        Console.WriteLine($"crash consistency on {GetType().Name}: {Kills} SIGKILLs under {Clients} writing clients survived; {acknowledged.Count} cases acknowledged, " +
                          $"{numbers.Count} numbers issued without a gap, {failedRequests} requests cut off by the kills; " +
                          $"each start took {string.Join(", ", startTimes.Select(t => $"{t.TotalSeconds:0.0} s"))}");
    }

    /// <summary>One client: applications taken, submitted and accepted, each acknowledged answer recorded, until the process dies.</summary>
    static async Task<int> ClientAsync(HttpClient registrar, int n, ConcurrentDictionary<long, Acknowledged> acknowledged, CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            try
            {
                var created = await registrar.PostAsJsonAsync("/api/arbitration-cases", ApiRequests.Application(DateOnly.FromDateTime(DateTime.Today), worker: n * 1000 + i % 1000), CaseFlowApp.Json);
                if (created.StatusCode != HttpStatusCode.Created) continue;
                var view = await created.Content.ReadFromJsonAsync<JsonElement>();
                var id = view.GetProperty("id").GetInt64();
                acknowledged[id] = new(id, view.Version(), null);
                var url = $"/api/arbitration-cases/{id}";
                var submitted = await (await registrar.PostAsJsonAsync($"{url}/actions/submit-for-review", new { version = view.Version() }, CaseFlowApp.Json)).Content.ReadFromJsonAsync<JsonElement>();
                acknowledged[id] = new(id, submitted.Version(), null);
                var accepted = await registrar.PostAsJsonAsync($"{url}/actions/accept", new { version = submitted.Version(), track = "Ordinary" }, CaseFlowApp.Json);
                var body = await accepted.Content.ReadFromJsonAsync<JsonElement>();
                if (accepted.IsSuccessStatusCode) acknowledged[id] = new(id, body.Version(), body.GetProperty("caseNumber").GetString());
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException or JsonException)
            {
                return 1;
            }
        }
        return 0;
    }

    static async Task<HttpClient> SignInAsync(Uri address)
    {
        var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        var login = await client.PostAsJsonAsync("/api/auth/login", new { userName = "registrar", password = CaseFlowApp.Password });
        var token = (await login.Read(HttpStatusCode.OK)).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    static async Task<object[]?> RowAsync(DbConnection db, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync()) return null;
        var values = new object[reader.FieldCount];
        reader.GetValues(values);
        return values;
    }

    static async Task<List<object>> ListAsync(DbConnection db, string sql)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<object>();
        while (await reader.ReadAsync()) values.Add(reader.GetValue(0));
        return values;
    }

    /// <summary>The web application as built beside the tests, run as a process of its own.</summary>
    sealed class CaseFlowProcess(Process process, Uri address) : IDisposable
    {
        public Uri Address { get; } = address;

        /// <summary>SIGKILL: no shutdown, no flush, no disposal.</summary>
        public void Kill()
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        public void Dispose()
        {
            if (!process.HasExited) Kill();
            process.Dispose();
        }
    }

    readonly List<TimeSpan> startTimes = [];

    async Task<CaseFlowProcess> StartAsync()
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var process = Process.Start(Start(["--urls", address.ToString()]))!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var probe = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        for (var waited = Stopwatch.StartNew(); waited.Elapsed < TimeSpan.FromMinutes(3);)
        {
            Assert.False(process.HasExited, $"CaseFlow exited with {(process.HasExited ? process.ExitCode : 0)} while starting");
            try
            {
                if ((await probe.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    startTimes.Add(waited.Elapsed);
                    return new CaseFlowProcess(process, address);
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
            await Task.Delay(250);
        }
        process.Kill(entireProcessTree: true);
        throw new TimeoutException("CaseFlow did not become ready within three minutes");
    }

    async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        var start = Start(arguments);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    ProcessStartInfo Start(string[] arguments)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var web = Path.Combine(Repository.Root(), "src", "CaseFlow.Web");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(web, "bin", configuration, "net10.0", "CaseFlow.Web.dll"), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = web,
        };
        start.Environment["ASPNETCORE_CONTENTROOT"] = web;
        start.Environment["CaseFlow__Demo"] = "true";
        start.Environment["CaseFlow__DemoCases"] = "false";
        start.Environment["CaseFlow__DataFolder"] = Folder;
        start.Environment["CaseFlow__Documents__Render"] = "false";
        start.Environment["CaseFlow__Warnings__Daily"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in Database) start.Environment[name] = value;
        return start;
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

public sealed class CrashConsistencyTestsOnSqlite : CrashConsistencyTests
{
    protected override Dictionary<string, string> Database => [];

    protected override DbConnection Connect() =>
        new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(Folder, "caseflow.db"), Pooling = false }.ToString());
}

[Trait("Database", "MariaDb")]
public sealed class CrashConsistencyTestsOnMariaDb : CrashConsistencyTests
{
    readonly string database = $"caseflow_crash{Guid.NewGuid():N}"[..28];

    string ConnectionString => $"{Environment.GetEnvironmentVariable(MariaDbApp.ServerVariable)};Database={database}";

    protected override Dictionary<string, string> Database => new()
    {
        ["CaseFlow__Database__Provider"] = "MySql",
        ["CaseFlow__Database__ConnectionString"] = ConnectionString,
    };

    protected override DbConnection Connect() => new MySqlConnection(ConnectionString);

    public override async Task DisposeAsync()
    {
        await using (var server = new MySqlConnection(Environment.GetEnvironmentVariable(MariaDbApp.ServerVariable)))
        {
            await server.OpenAsync();
            await using var drop = server.CreateCommand();
            drop.CommandText = $"DROP DATABASE IF EXISTS `{database}`";
            await drop.ExecuteNonQueryAsync();
        }
        await base.DisposeAsync();
    }
}
