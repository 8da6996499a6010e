using System.Net;
using System.Net.Http.Json;
using CaseFlow.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Tests.Features.Cases;

public abstract class ConcurrencyTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseFlowApp
{

    [Fact]
    public async Task An_action_on_a_stale_version_is_a_conflict_and_changes_nothing()
    {
        var client = await app.As("registrar");
        var created = await client.PostAsJsonAsync("/api/arbitration-cases", ApiRequests.Application(app.Clock.Today), CaseFlowApp.Json);
        var url = created.Headers.Location!.ToString();
        await client.Act(url, "submit-for-review", new { version = 1 });

        var problem = await client.Act(url, "withdraw", new { version = 1 }, HttpStatusCode.Conflict);

        Assert.Equal(2, problem.GetProperty("currentVersion").GetInt32());
        var stored = await (await client.GetAsync(url)).Read(HttpStatusCode.OK);
        Assert.Equal("AcceptanceReview", stored.State());
    }

    [Fact]
    public async Task A_stale_if_match_header_is_412()
    {
        var client = await app.As("registrar");
        var created = await client.PostAsJsonAsync("/api/arbitration-cases", ApiRequests.Application(app.Clock.Today), CaseFlowApp.Json);
        var url = created.Headers.Location!.ToString();
        await client.Act(url, "submit-for-review", new { version = 1 });

        var request = new HttpRequestMessage(HttpMethod.Post, $"{url}/actions/withdraw") { Content = JsonContent.Create(new { }) };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"1\""));
        await (await client.SendAsync(request)).Read(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task Fifty_concurrent_intakes_get_fifty_distinct_consecutive_case_numbers()
    {
        var client = await app.As("mediator.sanbu");
        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            client.PostAsJsonAsync("/api/mediation-cases", ApiRequests.Application(app.Clock.Today, worker: 200 + i, employer: 200 + i), CaseFlowApp.Json)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var numbers = await app.Query(db => db.MediationCases.Where(c => c.Organisation!.Code == "sanbu").Select(c => c.CaseNumber!).ToListAsync());
        Assert.Equal(
            Enumerable.Range(1, 50).Select(n => $"开三埠劳调字〔2026〕第{n}号").Order(),
            numbers.Order());
    }
}

public sealed class ConcurrencyTestsOnSqlite(SqliteApp app) : ConcurrencyTests<SqliteApp>(app);

[Trait("Database", "MariaDb")]
public sealed class ConcurrencyTestsOnMariaDb(MariaDbApp app) : ConcurrencyTests<MariaDbApp>(app);
