using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Data;
using CaseFlow.Tests.Support;
using Microsoft.EntityFrameworkCore;
using MySqlConnector;

namespace CaseFlow.Tests.Features.Cases;

/// <summary>
/// CaseFlow on a three-node MariaDB Galera cluster (<c>tests/galera.sh</c>, started by <c>tests/run.sh</c>),
/// its connection string naming every node and spreading connections over them, so that two nodes certify
/// writes to the same case-number counter and one loses (a certification conflict, reported as a deadlock
/// and retried as one). Under four writing clients one node is killed with SIGKILL: every write acknowledged
/// before or after is on both survivors, no case number is issued twice or skipped, and the service goes on.
/// </summary>
[Trait("Database", "MariaDb")]
public sealed class GaleraClusterTests : IAsyncLifetime
{
    public const string FolderVariable = "CASEFLOW_TEST_GALERA";
    public const string PortVariable = "CASEFLOW_TEST_GALERA_PORT";
    const int Clients = 4;
    const int WritesBeforeKill = 15;
    const int WritesAfterKill = 15;

    readonly string folder = Path.Combine(Path.GetTempPath(), "caseflow-galera", Guid.NewGuid().ToString("N"));
    readonly string database = $"caseflow_galera{Guid.NewGuid():N}"[..28];

    static string Cluster => Environment.GetEnvironmentVariable(FolderVariable)
        ?? throw new InvalidOperationException($"{FolderVariable} is not set: the cluster tests need the Galera cluster that ./tests/run.sh starts");

    static string Port => Environment.GetEnvironmentVariable(PortVariable) ?? "3320";

    string ConnectionString(string hosts, string balance = "RoundRobin") =>
        $"Server={hosts};Port={Port};User=caseflow;Password=caseflow-test;Database={database};LoadBalance={balance}";

    /// <summary>A write the service confirmed; <paramref name="How"/>: by its answer, or read back after the answer was lost.</summary>
    sealed record Acknowledged(long Id, int Version, string? Number, string How = "answer");

    bool killed;

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        // The cluster is left whole for whoever comes next: node 1 rejoins and catches up.
        if (killed) await GaleraAsync("restart", "1");
        await Sql.DropDatabaseAsync(ConnectionString("127.0.0.2", "FailOver").Replace($"Database={database};", ""), database);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_node_killed_under_write_load_loses_no_acknowledged_write_issues_no_number_twice_and_the_service_goes_on()
    {
        var environment = new Dictionary<string, string>
        {
            ["CaseFlow__Database__Provider"] = "MySql",
            ["CaseFlow__Database__ConnectionString"] = ConnectionString("127.0.0.1,127.0.0.2,127.0.0.3"),
        };
        using var process = await CaseFlowProcess.StartAsync(folder, environment);
        var acknowledged = new ConcurrentDictionary<long, Acknowledged>();
        var retried = 0;
        using var load = new CancellationTokenSource();
        var clients = await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => CaseFlowProcess.SignInAsync(process.Address)));
        var running = Enumerable.Range(0, Clients).Select(c => Task.Run(() => ClientAsync(clients[c], c, acknowledged, () => Interlocked.Increment(ref retried), load.Token))).ToList();

        await WaitAsync(() => acknowledged.Count >= WritesBeforeKill, "writes before the kill");
        await GaleraAsync("kill", "1");
        killed = true;
        var atKill = acknowledged.Count;
        await WaitAsync(() => acknowledged.Count >= atKill + WritesAfterKill, "writes after node 1 was killed");
        load.Cancel();
        await Task.WhenAll(running);

        foreach (var survivor in new[] { "127.0.0.2", "127.0.0.3" })
        {
            await using var db = new MySqlConnection(ConnectionString(survivor, "FailOver"));
            await db.OpenAsync();
            foreach (var ack in acknowledged.Values)
            {
                var row = await Sql.RowAsync(db, "SELECT Version, CaseNumber FROM Cases WHERE Id = @id", ("id", ack.Id));
                Assert.True(row is not null, $"case {ack.Id}, acknowledged at version {ack.Version} ({ack.How}), is not on {survivor}");
                Assert.True(Convert.ToInt32(row![0]) >= ack.Version,
                    $"case {ack.Id} is at version {row[0]} on {survivor}, below the acknowledged {ack.Version} ({ack.How}); " +
                    $"wsrep_sync_wait {(await Sql.RowAsync(db, "SELECT @@session.wsrep_sync_wait"))![0]}, state {(await Sql.RowAsync(db, "SHOW STATUS LIKE 'wsrep_local_state_comment'"))![1]}; " +
                    $"{acknowledged.Count} acknowledged, {atKill} before the kill");
                if (ack.Number is not null) Assert.Equal(ack.Number, row[1] as string);
            }
            var year = DateTime.UtcNow.AddHours(8).Year;
            var numbers = (await Sql.ListAsync(db, $"SELECT CaseSequence FROM Cases WHERE Kind = 'Arbitration' AND CaseYear = {year} AND CaseSequence IS NOT NULL ORDER BY CaseSequence"))
                .Select(Convert.ToInt32).ToList();
            var counter = Convert.ToInt32((await Sql.RowAsync(db, $"SELECT LastNumber FROM CaseNumberSequences WHERE Kind = 'Arbitration' AND Year = {year} AND LastNumber > 0"))![0]);
            Assert.Equal(Enumerable.Range(1, counter), numbers);
            var keys = (await Sql.ListAsync(db, "SELECT COUNT(*) FROM Cases GROUP BY Summary HAVING COUNT(*) > 1")).Count;
            Assert.True(keys == 0, $"{keys} applications were taken twice on {survivor}");
        }
        var conflicts = 0L;
        foreach (var survivor in new[] { "127.0.0.2", "127.0.0.3" })
        {
            await using var db = new MySqlConnection(ConnectionString(survivor, "FailOver"));
            await db.OpenAsync();
            conflicts += Convert.ToInt64((await Sql.RowAsync(db, "SHOW STATUS LIKE 'wsrep_local_cert_failures'"))![1]);
        }
        Console.WriteLine($"Galera: {acknowledged.Count} cases acknowledged by {Clients} clients ({atKill} before node 1 was killed), " +
                          $"{acknowledged.Values.Count(a => a.Number is not null)} numbers issued, {conflicts} certification conflicts on the survivors since they started, " +
                          $"{retried} requests retried by the clients; every write on both survivors");
    }

    [Fact]
    public async Task CaseFlow_refuses_a_node_whose_reads_do_not_wait_for_the_cluster()
    {
        var options = new DbContextOptionsBuilder<DbContext>();
        DatabaseSetup.Configure(options, new DatabaseOptions { Provider = DatabaseProvider.MySql, ConnectionString = ConnectionString("127.0.0.3", "FailOver").Replace($"Database={database};", "") }, folder);
        await using var db = new DbContext(options.Options);
        await GaleraCluster.EnsureCausalReadsAsync(db);
        await RootAsync(3, "SET GLOBAL wsrep_sync_wait = 0");
        try
        {
            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => GaleraCluster.EnsureCausalReadsAsync(db));
            Assert.Contains("wsrep_sync_wait = 0", refused.Message);
        }
        finally
        {
            await RootAsync(3, "SET GLOBAL wsrep_sync_wait = 1");
        }
    }

    [Fact]
    public async Task A_certification_conflict_between_two_nodes_is_a_deadlock_that_the_configured_strategy_retries()
    {
        await using (var node = new MySqlConnection(ConnectionString("127.0.0.2", "FailOver").Replace($"Database={database};", "")))
        {
            await node.OpenAsync();
            await using var create = node.CreateCommand();
            create.CommandText = $"CREATE DATABASE `{database}`; CREATE TABLE `{database}`.Counter (Id INT PRIMARY KEY, Value INT NOT NULL); INSERT INTO `{database}`.Counter VALUES (1, 0)";
            await create.ExecuteNonQueryAsync();
        }
        // CaseFlow's own configuration of the provider, on node 3.
        var options = new DbContextOptionsBuilder<DbContext>();
        DatabaseSetup.Configure(options, new DatabaseOptions { Provider = DatabaseProvider.MySql, ConnectionString = ConnectionString("127.0.0.3", "FailOver") }, folder);
        await using var db = new DbContext(options.Options);
        var attempts = 0;
        MySqlException? conflict = null;
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            attempts++;
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.Database.ExecuteSqlRawAsync("UPDATE Counter SET Value = Value + 1 WHERE Id = 1");
            if (attempts == 1)
            {
                // Node 2 changes the same row and commits first: node 3's transaction cannot be certified.
                await using var other = new MySqlConnection(ConnectionString("127.0.0.2", "FailOver"));
                await other.OpenAsync();
                await using var update = other.CreateCommand();
                update.CommandText = "UPDATE Counter SET Value = Value + 10 WHERE Id = 1";
                await update.ExecuteNonQueryAsync();
            }
            try
            {
                await transaction.CommitAsync();
            }
            catch (MySqlException e)
            {
                conflict = e;
                throw;
            }
        });
        Assert.Equal(2, attempts);
        Assert.Equal(MySqlErrorCode.LockDeadlock, conflict!.ErrorCode);
        await using var check = new MySqlConnection(ConnectionString("127.0.0.3", "FailOver"));
        await check.OpenAsync();
        Assert.Equal(11, Convert.ToInt32((await Sql.RowAsync(check, "SELECT Value FROM Counter WHERE Id = 1"))![0]));
    }

    /// <summary>
    /// One registrar: applications taken (each with its own summary and an Idempotency-Key kept across retries),
    /// submitted and accepted. A request cut off or answered 5xx is tried again; an action whose outcome is
    /// unknown is read back before it is tried again.
    /// </summary>
    static async Task ClientAsync(HttpClient registrar, int client, ConcurrentDictionary<long, Acknowledged> acknowledged, Action retried, CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var key = Guid.NewGuid().ToString("N");
            var body = ApiRequests.Application(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)), worker: client * 1000 + i % 1000);
            var application = JsonSerializer.SerializeToElement(body, CaseFlowApp.Json);
            var unique = new Dictionary<string, object?>(application.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, (object?)p.Value)))
            {
                ["summary"] = $"拖欠工资（第{client}号客户端第{i}件，{key}）",
            };
            var created = await Retry(() => Post(registrar, "/api/arbitration-cases", unique, key), retried, stop);
            if (created is null) return;
            var id = created.Value.GetProperty("id").GetInt64();
            acknowledged[id] = new(id, created.Value.Version(), null);
            var url = $"/api/arbitration-cases/{id}";
            var (submitted, how) = await Act(registrar, url, "submit-for-review", "AcceptanceReview", new { version = 1 }, retried, stop);
            if (submitted is null) return;
            acknowledged[id] = new(id, submitted.Value.Version(), null, how);
            (var accepted, how) = await Act(registrar, url, "accept", "Accepted", new { version = 2, track = "Ordinary" }, retried, stop);
            if (accepted is null) return;
            acknowledged[id] = new(id, accepted.Value.Version(), accepted.Value.GetProperty("caseNumber").GetString(), how);
        }
    }

    /// <summary>An action taken once: when its answer is lost, the case is read and the action counted as done if the case is already past it.</summary>
    static async Task<(JsonElement? View, string How)> Act(HttpClient registrar, string url, string action, string after, object body, Action retried, CancellationToken stop)
    {
        var how = "answer";
        var view = await Retry(async () =>
        {
            var done = await Post(registrar, $"{url}/actions/{action}", body, null);
            if (done is not null) return done;
            var current = await registrar.GetAsync(url);
            if (current.StatusCode != HttpStatusCode.OK) return null;
            var read = await current.Content.ReadFromJsonAsync<JsonElement>();
            if (read.State() != after) return null;
            how = "read back";
            return read;
        }, retried, stop);
        return (view, how);
    }

    static async Task<JsonElement?> Post(HttpClient client, string url, object body, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body, options: CaseFlowApp.Json) };
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        using var response = await client.SendAsync(request);
        if (response.IsSuccessStatusCode) return await response.Content.ReadFromJsonAsync<JsonElement>();
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode == HttpStatusCode.NotFound && url.IndexOf("/actions/", StringComparison.Ordinal) is var at and > 0)
        {
            // Seen once under a loaded run: whether the case shows up a moment later (a read that did not wait for the
            // cluster) or not at all (a write lost) tells the two apart.
            await Task.Delay(1000);
            using var later = await client.GetAsync(url[..at]);
            text += $" (the case read a second later: {(int)later.StatusCode})";
        }
        Assert.True((int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.Conflict, $"{url}: {(int)response.StatusCode} {text}");
        return null;
    }

    static async Task<JsonElement?> Retry(Func<Task<JsonElement?>> attempt, Action retried, CancellationToken stop)
    {
        for (var tries = 0; tries < 30 && !stop.IsCancellationRequested; tries++)
        {
            try
            {
                if (await attempt() is { } done) return done;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException or JsonException) { }
            retried();
            await Task.Delay(500, CancellationToken.None);
        }
        return null;
    }

    static async Task WaitAsync(Func<bool> reached, string what)
    {
        for (var waited = Stopwatch.StartNew(); !reached(); await Task.Delay(100))
            if (waited.Elapsed > TimeSpan.FromMinutes(2)) throw new TimeoutException($"no {what} within two minutes");
    }

    static Task GaleraAsync(params string[] arguments) =>
        Programs.RunAsync(Path.Combine(Repository.Root(), "tests", "galera.sh"), [arguments[0], Cluster, .. arguments[1..]]);

    /// <summary>A statement run as the node's root (a global variable is not the caseflow user's to set).</summary>
    static Task RootAsync(int node, string sql) => Sql.AsRootAsync(Path.Combine(Cluster, $"node{node}", "mysql.sock"), sql);
}
