using System.Net;
using System.Net.Http.Json;
using CaseFlow.Tests.Support;

namespace CaseFlow.Tests.Features.Cases;

public abstract class AccessTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseFlowApp
{

    async Task<string> OpenApplication()
    {
        var response = await (await app.As("registrar")).PostAsJsonAsync("/api/arbitration-cases", ApiRequests.Application(app.Clock.Today, worker: 7), CaseFlowApp.Json);
        await response.Read(HttpStatusCode.Created);
        return response.Headers.Location!.ToString();
    }

    [Fact]
    public async Task Every_endpoint_but_login_health_and_the_reference_needs_a_token()
    {
        var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/arbitration-cases")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/arbitration-cases", ApiRequests.Application(app.Clock.Today))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/workflows/arbitration-cases")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/openapi/v1.json")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api-docs/index.html")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_is_401_problem()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = "registrar", password = "guess" });
        var problem = await response.Read(HttpStatusCode.Unauthorized);
        Assert.Equal("Sign-in failed", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Another_organisations_case_is_not_found()
    {
        var url = await OpenApplication();
        var inspector = await app.As("inspector");

        await (await inspector.GetAsync(url)).Read(HttpStatusCode.NotFound);
        await (await inspector.GetAsync($"{url}/history")).Read(HttpStatusCode.NotFound);
        // An inspector may not withdraw an application at all (403, whatever the case); the brigade's registrar may, but not the commission's case.
        await inspector.Act(url, "withdraw", new { version = 1 }, HttpStatusCode.Forbidden);
        await (await app.As("brigade.registrar")).Act(url, "withdraw", new { version = 1, reason = "撤回" }, HttpStatusCode.NotFound);
        var list = await (await inspector.GetAsync("/api/arbitration-cases")).Read(HttpStatusCode.OK);
        Assert.Equal(0, list.GetProperty("total").GetInt32());
        var townMediator = await app.As("mediator.sanbu");
        await (await townMediator.GetAsync(url)).Read(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_bureau_sees_its_organisations_cases_with_masked_identity_numbers()
    {
        var url = await OpenApplication();
        var analyst = await app.As("analyst");

        var seen = await (await analyst.GetAsync(url)).Read(HttpStatusCode.OK);

        Assert.Equal("440783********" + TestIds.Worker(7)[14..], seen.GetProperty("parties")[0].GetProperty("idNumber").GetString());
        await analyst.Act(url, "submit-for-review", new { version = 1 }, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Only_the_roles_that_take_applications_may_open_them()
    {
        var problem = await (await (await app.As("arbitrator")).PostAsJsonAsync("/api/arbitration-cases", ApiRequests.Application(app.Clock.Today), CaseFlowApp.Json))
            .Read(HttpStatusCode.Forbidden);
        Assert.Equal(CaseFlow.Features.Arbitration.OpenArbitration.Opens.Rule, problem.GetProperty("detail").GetString());
        await (await (await app.As("inspector")).PostAsJsonAsync("/api/mediation-cases", ApiRequests.Application(app.Clock.Today), CaseFlowApp.Json))
            .Read(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Lists_filter_by_party_id_number_and_state_and_page()
    {
        var client = await app.As("registrar");
        for (var i = 0; i < 3; i++)
            await (await client.PostAsJsonAsync("/api/arbitration-cases", ApiRequests.Application(app.Clock.Today, worker: 100 + i), CaseFlowApp.Json)).Read(HttpStatusCode.Created);

        var byId = await (await client.GetAsync($"/api/arbitration-cases?party={TestIds.Worker(101)}")).Read(HttpStatusCode.OK);
        Assert.Equal(1, byId.GetProperty("total").GetInt32());
        Assert.Equal("劳动者101", byId.GetProperty("items")[0].GetProperty("applicants").GetString());
        var byName = await (await client.GetAsync("/api/arbitration-cases?party=劳动者10&state=Applied&pageSize=2")).Read(HttpStatusCode.OK);
        Assert.Equal(3, byName.GetProperty("total").GetInt32());
        Assert.Equal(2, byName.GetProperty("items").GetArrayLength());
        var badPage = await (await client.GetAsync("/api/arbitration-cases?pageSize=1000")).Read(HttpStatusCode.BadRequest);
        Assert.Contains("pageSize", badPage.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }
}

public sealed class AccessTestsOnSqlite(SqliteApp app) : AccessTests<SqliteApp>(app);

[Trait("Database", "MariaDb")]
public sealed class AccessTestsOnMariaDb(MariaDbApp app) : AccessTests<MariaDbApp>(app);
