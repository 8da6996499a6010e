using System.Net;
using System.Net.Http.Json;
using CaseFlow.Data;
using CaseFlow.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Tests.Features.Cases;

public abstract class ConcurrencyTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseFlowApp
{
    [Fact]
    public async Task A_context_from_the_pool_holds_the_organisations_and_comes_back_without_savepoints_or_the_last_unit_of_work()
    {
        // The application leases its contexts from a pool, the reporting ones too.
#pragma warning disable EF1001 // the pool's interface is EF Core's own: here only to see that the application registered one
        Assert.NotNull(app.Services.GetService<Microsoft.EntityFrameworkCore.Internal.IDbContextPool<CaseFlowDbContext>>());
        Assert.NotNull(app.Services.GetService<Microsoft.EntityFrameworkCore.Internal.IDbContextPool<ReportingDbContext>>());
#pragma warning restore EF1001
        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.NotNull(scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>().Directory);
            Assert.NotNull(scope.ServiceProvider.GetRequiredService<ReportingDbContext>().Directory);
        }

        // A pool of its own on the application's options, so that no background work of the application takes the context between two leases.
        var pool = new Microsoft.EntityFrameworkCore.Infrastructure.PooledDbContextFactory<CaseFlowDbContext>(
            app.Services.GetRequiredService<DbContextOptions<CaseFlowDbContext>>());
        CaseFlowDbContext first;
        await using (first = await pool.CreateDbContextAsync())
        {
            Assert.NotNull(first.Directory);
            first.ChangedProjects.Add(7);
            first.AfterCommit.Add(_ => Task.FromResult(true));
            first.OnceIdsAssigned.Add(() => { });
            // A lease that turned savepoints on does not hand them to the next (CaseFlowDbContext's constructor says why they are off).
            first.Database.AutoSavepointsEnabled = true;
        }
        await using var second = await pool.CreateDbContextAsync();
        Assert.Same(first, second);
        Assert.Empty(second.ChangedProjects);
        Assert.Empty(second.AfterCommit);
        Assert.Empty(second.OnceIdsAssigned);
        Assert.False(second.Database.AutoSavepointsEnabled);
    }

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
    public async Task Two_users_acting_on_one_case_at_once_one_wins_and_the_other_gets_a_conflict()
    {
        var registrar = await app.As("registrar");
        var created = await registrar.PostAsJsonAsync("/api/arbitration-cases", ApiRequests.Application(app.Clock.Today), CaseFlowApp.Json);
        var url = created.Headers.Location!.ToString();
        await registrar.Act(url, "submit-for-review", new { version = 1 });
        var head = await app.As("head");

        var responses = await Task.WhenAll(
            registrar.PostAsJsonAsync($"{url}/actions/accept", new { version = 2, track = "Ordinary" }, CaseFlowApp.Json),
            head.PostAsJsonAsync($"{url}/actions/refuse", new { version = 2, reason = "不属于受案范围" }, CaseFlowApp.Json));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var stored = await (await registrar.GetAsync(url)).Read(HttpStatusCode.OK);
        Assert.Equal(3, stored.Version());
        var history = await (await registrar.GetAsync($"{url}/history")).Read(HttpStatusCode.OK);
        Assert.Equal(3, history.GetArrayLength());
    }

    [Fact]
    public async Task Chinese_text_money_and_dates_round_trip_exactly()
    {
        var registrar = await app.As("registrar");
        var name = "𠮷野家（开平）餐饮管理有限公司·赤坎分店";
        var summary = "申请人于2019年3月入职，担任厨师，月工资5,200元；被申请人自2026年7月起拖欠工资。“加班”与『休息日』均有记录。";
        var body = new
        {
            receivedOn = app.Clock.Today,
            summary,
            parties = new object[]
            {
                new { role = "Applicant", kind = "Worker", name = "司徒𫖮", idNumber = TestIds.Worker(700) },
                new { role = "Respondent", kind = "Employer", name, creditCode = TestIds.Employer(700) },
            },
            claims = new object[]
            {
                new { type = "UnpaidWages", amount = 12345678.91m, periodFrom = "2024-02-29", periodTo = "2026-09-30", employmentStart = "2019-03-01", wageStandard = 5200.05m },
                new { type = "Overtime", amount = 0.01m },
            },
        };
        var created = await (await registrar.PostAsJsonAsync("/api/arbitration-cases", body, CaseFlowApp.Json)).Read(HttpStatusCode.Created);

        var stored = await (await registrar.GetAsync($"/api/arbitration-cases/{created.GetProperty("id").GetInt64()}")).Read(HttpStatusCode.OK);
        Assert.Equal(summary, stored.GetProperty("summary").GetString());
        Assert.Equal("司徒𫖮", stored.GetProperty("parties")[0].GetProperty("name").GetString());
        Assert.Equal(name, stored.GetProperty("parties")[1].GetProperty("name").GetString());
        var claim = stored.GetProperty("claims")[0];
        Assert.Equal(12345678.91m, claim.GetProperty("amount").GetDecimal());
        Assert.Equal(5200.05m, claim.GetProperty("wageStandard").GetDecimal());
        Assert.Equal("2024-02-29", claim.GetProperty("periodFrom").GetString());
        Assert.Equal("2019-03-01", claim.GetProperty("employmentStart").GetString());
        Assert.Equal(0.01m, stored.GetProperty("claims")[1].GetProperty("amount").GetDecimal());
        Assert.Equal(12345678.92m, stored.GetProperty("totalClaimed").GetDecimal());
        var found = await (await registrar.GetAsync("/api/arbitration-cases?party=𠮷野家")).Read(HttpStatusCode.OK);
        Assert.Equal(1, found.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_retried_intake_with_the_same_idempotency_key_returns_the_first_case()
    {
        var client = await app.As("mediator.sanbu");
        var body = ApiRequests.Application(app.Clock.Today, worker: 800, employer: 800);

        async Task<HttpResponseMessage> Send(string key)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/mediation-cases") { Content = JsonContent.Create(body, options: CaseFlowApp.Json) };
            request.Headers.Add("Idempotency-Key", key);
            return await client.SendAsync(request);
        }

        var first = await (await Send("retry-800")).Read(HttpStatusCode.Created);
        var again = await Send("retry-800");
        var replayed = await again.Read(HttpStatusCode.Created);

        Assert.Equal(first.GetProperty("id").GetInt64(), replayed.GetProperty("id").GetInt64());
        Assert.Equal(first.GetProperty("caseNumber").GetString(), replayed.GetProperty("caseNumber").GetString());
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(1, await app.Query(db => db.Parties.CountAsync(p => p.IdNumber == TestIds.Worker(800))));
    }

    [Fact]
    public async Task Racing_retries_with_one_idempotency_key_make_one_case()
    {
        var client = await app.As("mediator.sanbu");
        var body = ApiRequests.Application(app.Clock.Today, worker: 801, employer: 801);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/mediation-cases") { Content = JsonContent.Create(body, options: CaseFlowApp.Json) };
            request.Headers.Add("Idempotency-Key", "race-801");
            return client.SendAsync(request);
        }));

        var cases = await Task.WhenAll(responses.Select(r => r.Read(HttpStatusCode.Created)));
        Assert.Single(cases.Select(c => c.GetProperty("id").GetInt64()).Distinct());
        Assert.Single(cases.Select(c => c.GetProperty("caseNumber").GetString()).Distinct());
        Assert.Equal(1, await app.Query(db => db.Parties.CountAsync(p => p.IdNumber == TestIds.Worker(801))));
    }

    [Fact]
    public async Task An_idempotency_key_reused_for_another_request_is_refused()
    {
        var client = await app.As("mediator.sanbu");
        async Task<HttpResponseMessage> Send(int worker)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/mediation-cases")
                { Content = JsonContent.Create(ApiRequests.Application(app.Clock.Today, worker, worker), options: CaseFlowApp.Json) };
            request.Headers.Add("Idempotency-Key", "reused-802");
            return await client.SendAsync(request);
        }

        await (await Send(802)).Read(HttpStatusCode.Created);
        var problem = await (await Send(803)).Read(HttpStatusCode.UnprocessableEntity);

        Assert.Contains("different request", problem.GetProperty("detail").GetString());
        Assert.Equal(0, await app.Query(db => db.Parties.CountAsync(p => p.IdNumber == TestIds.Worker(803))));
    }

    [Fact]
    public async Task Fifty_concurrent_intakes_get_fifty_distinct_consecutive_case_numbers()
    {
        var client = await app.As("mediator.sanbu");
        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            client.PostAsJsonAsync("/api/mediation-cases", ApiRequests.Application(app.Clock.Today, worker: 200 + i, employer: 200 + i), CaseFlowApp.Json)));

        var created = await Task.WhenAll(responses.Select(r => r.Read(HttpStatusCode.Created)));
        var numbers = created.Select(c => c.GetProperty("caseNumber").GetString()!).ToList();
        var sequences = numbers.Select(n => int.Parse(n[(n.IndexOf('第') + 1)..n.IndexOf('号')])).Order().ToList();
        Assert.All(numbers, n => Assert.StartsWith("开三埠劳调字〔2026〕第", n));
        Assert.Equal(Enumerable.Range(sequences[0], 50), sequences);
        var stored = await app.Query(db => db.MediationCases.CountAsync(c => numbers.Contains(c.CaseNumber!)));
        Assert.Equal(50, stored);
    }
}

public sealed class ConcurrencyTestsOnSqlite(SqliteApp app) : ConcurrencyTests<SqliteApp>(app);

[Trait("Database", "MariaDb")]
public sealed class ConcurrencyTestsOnMariaDb(MariaDbApp app) : ConcurrencyTests<MariaDbApp>(app);
