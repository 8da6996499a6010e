using System.Net;
using System.Net.Http.Json;
using CaseFlow.Tests.Support;

namespace CaseFlow.Tests.Features.Cases;

/// <summary>Demo mode's clock moves forward on request, so a visitor can hold a hearing scheduled days ahead.</summary>
public sealed class DemoTimeTests(DemoTimeTests.App app) : IClassFixture<DemoTimeTests.App>
{
    public sealed class App : SqliteApp
    {
        protected override bool UseTestClock => false;
    }

    [Fact]
    public async Task The_demo_clock_moves_forward_and_never_back()
    {
        var client = await app.As("arbitrator");
        var today = (await (await client.GetAsync("/api/demo/today")).Read(HttpStatusCode.OK)).GetProperty("today").GetString()!;
        var later = DateOnly.Parse(today).AddDays(10);

        var moved = await (await client.PutAsJsonAsync("/api/demo/today", new { today = later })).Read(HttpStatusCode.OK);
        Assert.Equal(later.ToString("yyyy-MM-dd"), moved.GetProperty("today").GetString());
        var back = await (await client.PutAsJsonAsync("/api/demo/today", new { today })).Read(HttpStatusCode.BadRequest);
        Assert.Contains("only moves forward", back.GetProperty("detail").GetString());

        // An application received on the new day is not "in the future".
        await (await (await app.As("registrar")).PostAsJsonAsync("/api/arbitration-cases", ApiRequests.Application(later, worker: 3000), CaseFlowApp.Json))
            .Read(HttpStatusCode.Created);
    }
}
