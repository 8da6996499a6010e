using System.Data.Common;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;

namespace CaseFlow.Tests.Support;

/// <summary>
/// The web application as built beside the tests, run as a process of its own on a loopback port, in demo
/// mode (its users, no cases), with documents recorded but not printed: for the tests that kill it, or
/// kill the database under it.
/// </summary>
public sealed class CaseFlowProcess : IDisposable
{
    readonly Process process;

    CaseFlowProcess(Process process, Uri address, TimeSpan started) => (this.process, Address, StartTime) = (process, address, started);

    public Uri Address { get; }

    /// <summary>How long it took to answer ready.</summary>
    public TimeSpan StartTime { get; }

    /// <summary>Starts CaseFlow with its data in <paramref name="folder"/> and the <paramref name="database"/> environment, and waits until it is ready.</summary>
    public static async Task<CaseFlowProcess> StartAsync(string folder, IReadOnlyDictionary<string, string> database)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var process = Process.Start(Start(folder, database, ["--urls", address.ToString()]))!;
        // The last lines it wrote, to say why when it does not start.
        var said = new System.Collections.Concurrent.ConcurrentQueue<string>();
        DataReceivedEventHandler keep = (_, line) =>
        {
            if (line.Data is null) return;
            said.Enqueue(line.Data);
            while (said.Count > 40) said.TryDequeue(out string? _);
        };
        process.OutputDataReceived += keep;
        process.ErrorDataReceived += keep;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var probe = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        for (var waited = Stopwatch.StartNew(); waited.Elapsed < TimeSpan.FromMinutes(3);)
        {
            if (process.HasExited)
            {
                await process.WaitForExitAsync();
                Assert.Fail($"CaseFlow exited with {process.ExitCode} while starting:\n{string.Join('\n', said)}");
            }
            try
            {
                if ((await probe.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK) return new CaseFlowProcess(process, address, waited.Elapsed);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
            await Task.Delay(250);
        }
        process.Kill(entireProcessTree: true);
        throw new TimeoutException("CaseFlow did not become ready within three minutes");
    }

    /// <summary>Runs one of CaseFlow's commands (<c>verify-history</c>, …) to its end.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string folder, IReadOnlyDictionary<string, string> database, params string[] arguments)
    {
        using var process = Process.Start(Start(folder, database, arguments))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    static ProcessStartInfo Start(string folder, IReadOnlyDictionary<string, string> database, string[] arguments)
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
        start.Environment["CaseFlow__DataFolder"] = folder;
        start.Environment["CaseFlow__Documents__Render"] = "false";
        start.Environment["CaseFlow__Warnings__Daily"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in database) start.Environment[name] = value;
        return start;
    }

    /// <summary>A client signed in as the demo user <paramref name="userName"/> by bearer token.</summary>
    public static async Task<HttpClient> SignInAsync(Uri address, string userName = "registrar")
    {
        var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        var login = await client.PostAsJsonAsync("/api/auth/login", new { userName, password = CaseFlowApp.Password });
        var token = (await login.Read(HttpStatusCode.OK)).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

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

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>Plain SQL for the tests that look at the database behind CaseFlow's back.</summary>
public static class Sql
{
    public static async Task<object[]?> RowAsync(DbConnection db, string sql, params (string Name, object Value)[] parameters)
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

    public static async Task<List<object>> ListAsync(DbConnection db, string sql)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<object>();
        while (await reader.ReadAsync()) values.Add(reader.GetValue(0));
        return values;
    }

    /// <summary>Drops a test's database from the MariaDB server (or cluster node) at <paramref name="server"/>, if it is there.</summary>
    public static async Task DropDatabaseAsync(string server, string database)
    {
        await using var connection = new MySqlConnector.MySqlConnection(server);
        await connection.OpenAsync();
        await using var drop = connection.CreateCommand();
        drop.CommandText = $"DROP DATABASE IF EXISTS `{database}`";
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// A statement run as root through a test server's socket, with the mariadb client: what the caseflow user may not
    /// do (set a global variable, stop replication).
    /// </summary>
    public static Task AsRootAsync(string socket, string sql) =>
        Programs.RunAsync("mariadb", ["--no-defaults", $"--socket={socket}", "-uroot", "-e", sql]);
}

public static class Programs
{
    /// <summary>Runs a program to its end; fails the test, with what it wrote to stderr, when it exits with an error.</summary>
    public static async Task RunAsync(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)}: {await error}");
    }
}
