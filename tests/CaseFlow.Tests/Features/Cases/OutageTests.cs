using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using CaseFlow.Tests.Support;

namespace CaseFlow.Tests.Features.Cases;

/// <summary>
/// Stops and restarts a MariaDB server of the test's own under a running CaseFlow: requests made
/// meanwhile get 503 problems instead of hanging, and afterwards CaseFlow serves again with every
/// acknowledged write still there.
/// </summary>
[Trait("Database", "MariaDb")]
public sealed class OutageTests : IAsyncLifetime
{
    const int Port = 3317;
    readonly string folder = Path.Combine(Path.GetTempPath(), "caseflow-outage", Guid.NewGuid().ToString("N"));
    App app = null!;

    sealed class App(int port) : MariaDbApp
    {
        protected override string Server => $"Server=127.0.0.1;Port={port};User=caseflow;Password=caseflow-test";
    }

    static string Script()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "tests", "mariadb.sh"))) return Path.Combine(dir.FullName, "tests", "mariadb.sh");
        throw new FileNotFoundException("tests/mariadb.sh");
    }

    async Task Server(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash", [Script(), .. arguments]) { RedirectStandardError = true, RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"mariadb.sh {string.Join(' ', arguments)}: {await error}");
    }

    public async Task InitializeAsync()
    {
        await Server("start", folder, Port.ToString());
        app = new App(Port);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await Server("stop", folder);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task While_the_database_is_down_requests_get_503_and_afterwards_every_acknowledged_write_is_there()
    {
        var registrar = await app.As("registrar");
        var urls = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var created = await registrar.PostAsJsonAsync("/api/arbitration-cases", ApiRequests.Application(app.Clock.Today, worker: 900 + i), CaseFlowApp.Json);
            await created.Read(HttpStatusCode.Created);
            urls.Add(created.Headers.Location!.ToString());
        }

        await Server("stop", folder);

        var list = await (await registrar.GetAsync("/api/arbitration-cases")).Read(HttpStatusCode.ServiceUnavailable);
        Assert.Equal("The database is not available", list.GetProperty("title").GetString());
        var write = await registrar.PostAsJsonAsync("/api/arbitration-cases", ApiRequests.Application(app.Clock.Today, worker: 950), CaseFlowApp.Json);
        await write.Read(HttpStatusCode.ServiceUnavailable);
        Assert.NotNull(write.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await app.CreateClient().GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/health/live")).StatusCode);

        await Server("start", folder, Port.ToString());

        var ready = HttpStatusCode.ServiceUnavailable;
        for (var attempt = 0; attempt < 60 && ready != HttpStatusCode.OK; attempt++)
        {
            ready = (await app.CreateClient().GetAsync("/health/ready")).StatusCode;
            if (ready != HttpStatusCode.OK) await Task.Delay(500);
        }
        Assert.Equal(HttpStatusCode.OK, ready);
        foreach (var url in urls)
            Assert.Equal("Applied", (await (await registrar.GetAsync(url)).Read(HttpStatusCode.OK)).State());
        await (await registrar.PostAsJsonAsync("/api/arbitration-cases", ApiRequests.Application(app.Clock.Today, worker: 951), CaseFlowApp.Json))
            .Read(HttpStatusCode.Created);
        var all = await (await registrar.GetAsync("/api/arbitration-cases")).Read(HttpStatusCode.OK);
        Assert.Equal(4, all.GetProperty("total").GetInt32());
    }
}
