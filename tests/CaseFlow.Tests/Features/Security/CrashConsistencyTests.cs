using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
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
            var row = await Sql.RowAsync(db, "SELECT Version, CaseNumber FROM Cases WHERE Id = @id", ("id", ack.Id));
            Assert.True(row is not null, $"case {ack.Id}, acknowledged at version {ack.Version}, is gone");
            Assert.True(Convert.ToInt32(row![0]) >= ack.Version, $"case {ack.Id} is at version {row[0]}, below the acknowledged {ack.Version}");
            if (ack.Number is not null) Assert.Equal(ack.Number, row[1] as string);
        }

        var halfWritten = await Sql.ListAsync(db,
            "SELECT c.Id FROM Cases c WHERE NOT EXISTS (SELECT 1 FROM CaseEvents e WHERE e.CaseId = c.Id) " +
            "OR (SELECT COUNT(*) FROM Parties p WHERE p.CaseId = c.Id) <> 2 OR (SELECT COUNT(*) FROM Claims k WHERE k.CaseId = c.Id) <> 3 " +
            "OR c.Version <> (SELECT MAX(e.Sequence) FROM CaseEvents e WHERE e.CaseId = c.Id)");
        Assert.True(halfWritten.Count == 0, $"half-written cases: {string.Join(", ", halfWritten)}");

        var year = DateTime.Today.Year;
        var numbers = (await Sql.ListAsync(db, $"SELECT CaseSequence FROM Cases WHERE Kind = 'Arbitration' AND CaseYear = {year} AND CaseSequence IS NOT NULL ORDER BY CaseSequence"))
            .Select(Convert.ToInt32).ToList();
        var counter = Convert.ToInt32((await Sql.RowAsync(db, $"SELECT LastNumber FROM CaseNumberSequences WHERE Kind = 'Arbitration' AND Year = {year}"))![0]);
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

    readonly List<TimeSpan> startTimes = [];

    async Task<CaseFlowProcess> StartAsync()
    {
        var process = await CaseFlowProcess.StartAsync(Folder, Database);
        startTimes.Add(process.StartTime);
        return process;
    }

    Task<(int ExitCode, string Output)> RunAsync(params string[] arguments) => CaseFlowProcess.RunAsync(Folder, Database, arguments);

    static Task<HttpClient> SignInAsync(Uri address) => CaseFlowProcess.SignInAsync(address);
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
        await Sql.DropDatabaseAsync(Environment.GetEnvironmentVariable(MariaDbApp.ServerVariable)!, database);
        await base.DisposeAsync();
    }
}
