using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using CaseFlow.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Tests.Support;

/// <summary>
/// CaseFlow in-process over a real database of its own, with the demo users (not the demo cases)
/// and a clock the test controls. Each provider has its subclass, so that one test class per provider
/// runs the same tests (see <see cref="SqliteApp"/>, <see cref="MariaDbApp"/>).
/// </summary>
public abstract class CaseFlowApp : WebApplicationFactory<Program>
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public const string Password = "CaseFlow-Demo-2026";
    readonly string dataFolder = Path.Combine(Path.GetTempPath(), "caseflow-tests", Guid.NewGuid().ToString("N"));
    readonly ConcurrentDictionary<string, string> tokens = new();

    public TestClock Clock { get; } = new(new DateOnly(2026, 11, 2));

    /// <summary>Whether CaseFlow runs in demo mode, with the demo users; a fresh installation has no user at all.</summary>
    protected virtual bool Demo => true;

    /// <summary>Whether the demo cases are loaded too.</summary>
    protected virtual bool DemoCases => false;

    /// <summary>Whether documents are printed (Chromium); elsewhere they are recorded and stay pending.</summary>
    protected virtual bool RenderDocuments => false;

    public abstract DatabaseProvider Provider { get; }

    /// <summary>Whether the test's own clock replaces CaseFlow's (demo mode's movable clock otherwise).</summary>
    protected virtual bool UseTestClock => true;

    /// <summary>The connection string of this app's own database; the default SQLite file when null.</summary>
    protected virtual string? ConnectionString => null;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("CaseFlow:DataFolder", dataFolder);
        builder.UseSetting("CaseFlow:Database:Provider", Provider.ToString());
        if (ConnectionString is { } connectionString) builder.UseSetting("CaseFlow:Database:ConnectionString", connectionString);
        builder.UseSetting("CaseFlow:Demo", Demo.ToString());
        builder.UseSetting("CaseFlow:DemoCases", DemoCases.ToString());
        builder.UseSetting("CaseFlow:Documents:Render", RenderDocuments.ToString());
        builder.UseSetting("CaseFlow:Documents:PollMilliseconds", "200");
        builder.UseSetting("CaseFlow:Warnings:Daily", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        if (UseTestClock) builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>A client signed in as the demo user <paramref name="userName"/>.</summary>
    public async Task<HttpClient> As(string userName)
    {
        var client = CreateClient();
        if (!tokens.TryGetValue(userName, out var token))
        {
            var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password = Password });
            response.EnsureSuccessStatusCode();
            token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
            tokens[userName] = token;
        }
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Runs a query on the application's database.</summary>
    public async Task<T> Query<T>(Func<CaseFlowDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(dataFolder)) Directory.Delete(dataFolder, recursive: true);
        GC.SuppressFinalize(this);
    }
}
