using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using CaseFlow.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using MySqlConnector;

namespace CaseFlow.Tests.Features.Projects;

/// <summary>
/// Reports and lists read from a real MariaDB replica (<c>CaseFlow:Database:ReadConnectionString</c>), fed by the
/// primary's binary log: <c>tests/run.sh</c> starts it with <c>tests/mariadb.sh replica</c> and names it in
/// <c>CASEFLOW_TEST_MARIADB_REPLICA</c>; it applies the databases named <c>caseflow_r*</c>.
/// </summary>
[Trait("Database", "MariaDb")]
public sealed class ReadReplicaTests : IAsyncLifetime
{
    public const string ReplicaVariable = "CASEFLOW_TEST_MARIADB_REPLICA";
    public const string ReplicaFolderVariable = "CASEFLOW_TEST_MARIADB_REPLICA_DIR";

    sealed class App() : MariaDbApp("caseflow_r")
    {
        public static string ReplicaServer => Environment.GetEnvironmentVariable(ReplicaVariable)
            ?? throw new InvalidOperationException($"{ReplicaVariable} is not set: the replica test needs the replica that ./tests/run.sh starts");

        public string Primary => ConnectionString!;

        public string Replica => new MySqlConnectionStringBuilder(ReplicaServer) { Database = Database, ConnectionTimeout = 60 }.ConnectionString;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("CaseFlow:Database:ReadConnectionString", Replica);
            builder.UseSetting("CaseFlow:Database:ReplicaWaitSeconds", "0.5");
        }
    }

    readonly App app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await ReplicaAsync("START SLAVE SQL_THREAD");
        await app.DisposeAsync();
    }

    [Fact]
    public async Task Lists_and_reports_read_the_replica_which_follows_the_primary_within_its_lag()
    {
        var inspector = await app.As("inspector");
        var first = await NewProjectAsync(inspector, 990);
        var lag = await CaughtUpAsync();
        Assert.Contains(first, await ListedAsync(inspector));

        // The replica stops applying: what the primary takes in is on the project's own page (the primary)
        // and not yet in the list (the replica), until the replica goes on.
        await ReplicaAsync("STOP SLAVE SQL_THREAD");
        var second = await NewProjectAsync(inspector, 991);
        await (await inspector.GetAsync($"/api/projects/{second}")).Read(HttpStatusCode.OK);
        var whileStopped = await ListedAsync(inspector);
        Assert.Contains(first, whileStopped);
        Assert.DoesNotContain(second, whileStopped);
        // The report waits half a second for the replica, is built all the same and says that it is behind.
        var analyst = await app.As("analyst");
        var behind = await (await analyst.GetAsync("/api/reports/plan-indicators?year=2026")).Read(HttpStatusCode.OK);
        Assert.Equal(15, behind.GetProperty("indicators").GetArrayLength());
        Assert.False(behind.GetProperty("replica").GetProperty("caughtUp").GetBoolean());
        Assert.True(behind.GetProperty("replica").GetProperty("waitedMilliseconds").GetDouble() >= 400);
        await ReplicaAsync("START SLAVE SQL_THREAD");
        await CaughtUpAsync();
        Assert.Contains(second, await ListedAsync(inspector));
        var current = await (await analyst.GetAsync("/api/reports/plan-indicators?year=2026")).Read(HttpStatusCode.OK);
        Assert.True(current.GetProperty("replica").GetProperty("caughtUp").GetBoolean());

        // How far behind: twenty writes, each waited for on the replica.
        var lags = new List<double> { lag.TotalMilliseconds };
        for (var i = 0; i < 20; i++)
        {
            await NewProjectAsync(inspector, 1000 + i);
            lags.Add((await CaughtUpAsync()).TotalMilliseconds);
        }
        lags.Sort();
        Console.WriteLine($"Replica lag after a write: median {lags[lags.Count / 2]:0.0} ms, max {lags[^1]:0.0} ms over {lags.Count} writes");
    }

    static async Task<long> NewProjectAsync(HttpClient inspector, int employer)
    {
        var created = await (await inspector.PostAsJsonAsync("/api/projects", new
        {
            name = $"开平市三埠新城道路工程（{employer}标段）", developerName = "开平市城市建设投资有限公司",
            generalContractorName = "广东某路桥建设有限公司", generalContractorCreditCode = TestIds.Employer(employer),
        })).Read(HttpStatusCode.Created);
        return created.GetProperty("project").GetProperty("id").GetInt64();
    }

    static async Task<List<long>> ListedAsync(HttpClient inspector) =>
        (await (await inspector.GetAsync("/api/projects")).Read(HttpStatusCode.OK)).EnumerateArray()
        .Select(p => p.GetProperty("project").GetProperty("id").GetInt64()).ToList();

    /// <summary>Waits until the replica has applied everything the primary has committed, and says how long that took.</summary>
    async Task<TimeSpan> CaughtUpAsync()
    {
        await using var primary = new MySqlConnection(app.Primary);
        await primary.OpenAsync();
        var position = (string)(await Sql.RowAsync(primary, "SELECT @@gtid_binlog_pos"))![0]!;
        await using var replica = new MySqlConnection(app.Replica);
        await replica.OpenAsync();
        var waited = Stopwatch.StartNew();
        var reached = Convert.ToInt32((await Sql.RowAsync(replica, "SELECT MASTER_GTID_WAIT(@position, 30)", ("position", position)))![0]);
        Assert.True(reached == 0, $"the replica did not reach {position} within 30 s");
        return waited.Elapsed;
    }

    /// <summary>A statement run as the replica's root (replication is not the caseflow user's to stop).</summary>
    static Task ReplicaAsync(string sql) =>
        Sql.AsRootAsync(Path.Combine(Environment.GetEnvironmentVariable(ReplicaFolderVariable)
            ?? throw new InvalidOperationException($"{ReplicaFolderVariable} is not set: the replica test needs the replica that ./tests/run.sh starts"), "mysql.sock"), sql);
}
