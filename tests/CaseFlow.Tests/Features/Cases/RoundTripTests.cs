using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CaseFlow.Data;
using CaseFlow.Tests.Support;

namespace CaseFlow.Tests.Features.Cases;

/// <summary>
/// What the registrar's common requests ask of the database, read from the answers' <c>Server-Timing</c>: each stays
/// within its budget of commands (a command is a round trip: a query, or a batch of SaveChanges; a transaction's
/// beginning and commit are counted apart), so that a change adding a round trip to the write path fails here first. The budgets are today's
/// counts, with what each command is for.
/// </summary>
public abstract partial class RoundTripTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseFlowApp
{
    public sealed record Work(double App, double Db, int Commands, int Opens, int Transactions);

    [GeneratedRegex("""app;dur=(?<app>[\d.]+), db;dur=(?<db>[\d.]+);desc="commands=(?<commands>\d+) opens=(?<opens>\d+) transactions=(?<transactions>\d+)"$""")]
    private static partial Regex ServerTiming();

    static Work Read(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}");
        var header = Assert.Single(response.Headers.GetValues("Server-Timing"));
        var match = ServerTiming().Match(header);
        Assert.True(match.Success, header);
        double Number(string name) => double.Parse(match.Groups[name].Value, System.Globalization.CultureInfo.InvariantCulture);
        return new Work(Number("app"), Number("db"), (int)Number("commands"), (int)Number("opens"), (int)Number("transactions"));
    }

    /// <summary>
    /// The budget of each request on each database. Every signed-in request checks the user's row (1); one on a case
    /// checks that the case is the user's (1) and reads it (the case with its organisation, then each of its
    /// collections: 8 statements for an arbitration case). On MariaDB SaveChanges sends its rows in batches (a new case
    /// first, as its rows need its id); SQLite runs a statement for each row, in CaseFlow's own process (a call rather
    /// than a round trip). The organisation and its case number format come from memory.
    /// </summary>
    static readonly Dictionary<(DatabaseProvider, string), int> Budget = new()
    {
        // the user; the Idempotency-Key; the parties' name suffixes; the case; its rows; the event's seal and the key
        [(DatabaseProvider.MySql, "intake")] = 6,
        [(DatabaseProvider.Sqlite, "intake")] = 14,
        // the user; the case is the user's; the case (8); its events for the clocks; the change
        [(DatabaseProvider.MySql, "submit")] = 12,
        [(DatabaseProvider.Sqlite, "submit")] = 13,
        // as submit, and the case number's counter (update, read) and the document's last version
        [(DatabaseProvider.MySql, "accept")] = 15,
        [(DatabaseProvider.Sqlite, "accept")] = 21,
        // the user; the case is the user's; the case (8)
        [(DatabaseProvider.MySql, "read")] = 10,
        [(DatabaseProvider.Sqlite, "read")] = 10,
        // the user; the case is the user's (the endpoint's rule, and again in the handler); the events
        [(DatabaseProvider.MySql, "history")] = 4,
        [(DatabaseProvider.Sqlite, "history")] = 4,
    };

    [Fact]
    public async Task The_registrars_requests_stay_within_their_round_trips()
    {
        var registrar = await app.As("registrar");
        var works = new Dictionary<string, Work>();
        using var intake = new HttpRequestMessage(HttpMethod.Post, "/api/arbitration-cases")
        {
            Content = JsonContent.Create(ApiRequests.Application(app.Clock.Today, 9801, 9801), options: CaseFlowApp.Json),
        };
        intake.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        var created = await registrar.SendAsync(intake);
        works["intake"] = Read(created);
        var url = created.Headers.Location!.ToString();
        works["submit"] = Read(await registrar.PostAsJsonAsync($"{url}/actions/submit-for-review", new { version = 1 }));
        works["accept"] = Read(await registrar.PostAsJsonAsync($"{url}/actions/accept", new { version = 2, track = "Ordinary" }));
        works["read"] = Read(await registrar.GetAsync(url));
        works["history"] = Read(await registrar.GetAsync($"{url}/history"));

        Assert.All(works, w => Assert.True(w.Value.Commands <= Budget[(app.Provider, w.Key)],
            $"{w.Key}: {w.Value.Commands} commands, over its budget of {Budget[(app.Provider, w.Key)]}; all: {string.Join(", ", works.Select(x => $"{x.Key} {x.Value.Commands}"))}"));
        // Every request sent some (the counters count), each write in exactly one transaction, and no read in any.
        Assert.All(works, w => Assert.True(w.Value.Commands > 0 && w.Value.Opens > 0, w.Key));
        Assert.Equal([1, 1, 1, 0, 0], new[] { "intake", "submit", "accept", "read", "history" }.Select(k => works[k].Transactions));
        Assert.All(works, w => Assert.True(w.Value.Db <= w.Value.App, $"{w.Key}: {w.Value}"));
    }

    [Fact]
    public async Task A_request_without_the_database_reports_none()
    {
        var anonymous = app.CreateClient();
        var work = Read(await anonymous.GetAsync("/health/live"));
        Assert.Equal((0, 0, 0), (work.Commands, work.Opens, work.Transactions));
    }
}

public sealed class RoundTripTestsOnSqlite(SqliteApp app) : RoundTripTests<SqliteApp>(app);

[Trait("Database", "MariaDb")]
public sealed class RoundTripTestsOnMariaDb(MariaDbApp app) : RoundTripTests<MariaDbApp>(app);

/// <summary>Outside demo mode the durations are not sent unless the installation asks for them.</summary>
public sealed class ServerTimingOutsideDemoTests(SqliteFreshApp app) : IClassFixture<SqliteFreshApp>
{
    [Fact]
    public async Task An_installation_sends_no_server_timing_by_default()
    {
        var response = await app.CreateClient().GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server-Timing"));
    }
}
