using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using CaseFlow.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CaseFlow.Tests.Features.Security;

/// <summary>CaseFlow with every log line it writes at its normal levels kept for the test to read.</summary>
public sealed class LoggedSqliteApp : SqliteApp
{
    public ConcurrentQueue<string> Lines { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Logging:LogLevel:Default", "Information");
        builder.ConfigureServices(services => services.AddLogging(logging => logging.AddProvider(new Capture(Lines))));
    }

    sealed class Capture(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string category) => new Logger(category, lines);
        public void Dispose() { }
    }

    sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel level) => true;
        public void Log<TState>(LogLevel level, EventId id, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{level} {category}: {formatter(state, exception)} {exception}");
    }
}

/// <summary>
/// Resident ID numbers and phone numbers masked by role in the API and the case page, and kept out of the log
/// with every password and token, whatever a request carries (a search by ID number, a bad body, a wrong password).
/// </summary>
public sealed class PersonalDataTests(LoggedSqliteApp app) : IClassFixture<LoggedSqliteApp>
{
    [Fact]
    public async Task Analysts_see_masks_where_case_workers_see_numbers_and_the_log_holds_neither_nor_any_password_or_token()
    {
        var id = TestIds.Worker(9501);
        const string phone = "13912345678";
        var registrar = await app.As("registrar");
        var body = new
        {
            receivedOn = app.Clock.Today, summary = "拖欠工资",
            parties = new object[]
            {
                new { role = "Applicant", kind = "Worker", name = "劳动者9501", idNumber = id, phone },
                ApiRequests.Employer(9501),
            },
            claims = new object[] { new { type = "UnpaidWages", amount = 8000m } },
        };
        var created = await (await registrar.PostAsJsonAsync("/api/arbitration-cases", body, CaseFlowApp.Json)).Read(HttpStatusCode.Created);
        var url = $"/api/arbitration-cases/{created.GetProperty("id").GetInt64()}";
        var worker = created.GetProperty("parties")[0];
        Assert.Equal((id, phone), (worker.GetProperty("idNumber").GetString(), worker.GetProperty("phone").GetString()));

        var analyst = await app.As("analyst");
        var masked = (await (await analyst.GetAsync(url)).Read(HttpStatusCode.OK)).GetProperty("parties")[0];
        Assert.Equal(id[..6] + "********" + id[14..], masked.GetProperty("idNumber").GetString());
        Assert.Equal("139****5678", masked.GetProperty("phone").GetString());

        // What the log must never hold: a search by ID number, a body with one that cannot be read, wrong and right passwords, tokens.
        await (await registrar.GetAsync($"/api/arbitration-cases?party={id}")).Read(HttpStatusCode.OK);
        await registrar.PostAsync("/api/arbitration-cases", new StringContent($"{{\"parties\": [{{\"idNumber\": \"{id}\", \"phone\": \"{phone}\"", System.Text.Encoding.UTF8, "application/json"));
        await registrar.GetAsync($"/api/arbitration-cases/{id}");
        var client = app.CreateClient();
        await client.PostAsJsonAsync("/api/auth/login", new { userName = "registrar", password = "Wrong-Secret-Password-77" });
        var login = await (await client.PostAsJsonAsync("/api/auth/login", new { userName = "registrar", password = CaseFlowApp.Password })).Read(HttpStatusCode.OK);
        var token = login.GetProperty("accessToken").GetString()!;

        var log = string.Join("\n", app.Lines);
        Assert.True(app.Lines.Count > 0, "nothing was logged: the test would prove nothing");
        foreach (var secret in new[] { id, id[..17], phone, "Wrong-Secret-Password-77", CaseFlowApp.Password, token, token[..40] })
            Assert.False(log.Contains(secret, StringComparison.Ordinal), $"the log holds '{secret[..Math.Min(12, secret.Length)]}…':\n{log}");
    }
}
