using System.Net;
using System.Net.Http.Json;
using System.Text;
using CaseFlow.Calendar;
using CaseFlow.Domain;
using CaseFlow.Features.Cases;
using CaseFlow.Features.Clocks;
using CaseFlow.Infrastructure;
using CaseFlow.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Tests.Features.Clocks;

/// <summary>
/// The clocks and the calendar in memory follow what is committed: a change rolled back is seen by no instance,
/// a committed one by the instance that made it at once and by a second instance on the same MariaDB database
/// within its next look at the versions.
/// </summary>
[Trait("Database", "MariaDb")]
public sealed class ReferenceDataTests(MariaDbApp app) : IClassFixture<MariaDbApp>
{
    static async Task Eventually(Func<bool> condition, string what)
    {
        for (var i = 0; i < 100 && !condition(); i++) await Task.Delay(100);
        Assert.True(condition(), $"after 10 s: {what}");
    }

    [Fact]
    public async Task A_rolled_back_change_is_seen_nowhere_and_a_committed_one_by_every_instance()
    {
        var admin = await app.As("admin");
        await using var second = new SecondMariaDbInstance(app);
        await second.As("admin");
        var here = app.Services.GetRequiredService<ClockBook>();
        var there = second.Services.GetRequiredService<ClockBook>();
        var days = here.Definitions["acceptance"].Days;
        Assert.Equal(days, there.Definitions["acceptance"].Days);

        // A change whose request fails after it: rolled back, and no instance takes it on.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
            var adminUser = await app.Query(db => db.Users.SingleAsync(u => u.UserName == "admin"));
            var answer = await Transaction.RunAsync(http, async () =>
            {
                await ClockDefinitionEndpoints.ChangeAsync("acceptance", new ClockChange(days + 7, ClockUnit.WorkingDays), new CurrentUser(adminUser.Id, "admin", Role.Administrator, adminUser.OrganisationId),
                    scope.ServiceProvider.GetRequiredService<CaseServices>(), scope.ServiceProvider.GetRequiredService<ReferenceData>());
                return Results.Problem("a later step of the same request failed", statusCode: 500);
            });
        }
        Assert.Equal(days, await app.Query(db => db.ClockDefinitions.Where(d => d.Code == "acceptance").Select(d => d.Days).SingleAsync()));
        Assert.Equal(days, here.Definitions["acceptance"].Days);
        await Task.Delay(600);
        Assert.Equal(days, there.Definitions["acceptance"].Days);

        // Committed on the first instance: there at once, and on the second within its next look.
        await (await admin.PutAsJsonAsync("/api/admin/clocks/acceptance", new { days = days + 1, unit = "WorkingDays" }, CaseFlowApp.Json)).Read(HttpStatusCode.OK);
        Assert.Equal(days + 1, here.Definitions["acceptance"].Days);
        await Eventually(() => there.Definitions["acceptance"].Days == days + 1, "the second instance still has the old acceptance period");

        // The same for a calendar year loaded on the second instance.
        var calendarHere = app.Services.GetRequiredService<WorkingCalendar>();
        Assert.False(calendarHere.HasYear(2031));
        var load = new StringContent("2031-01-01,holiday,元旦\n", Encoding.UTF8, "text/csv");
        await (await (await second.As("admin")).PutAsync("/api/admin/calendar/2031", load)).Read(HttpStatusCode.OK);
        Assert.True(second.Services.GetRequiredService<WorkingCalendar>().HasYear(2031));
        await Eventually(() => calendarHere.HasYear(2031), "the first instance does not know the 2031 calendar");

        await (await admin.PutAsJsonAsync("/api/admin/clocks/acceptance", new { days, unit = "WorkingDays" }, CaseFlowApp.Json)).Read(HttpStatusCode.OK);
    }
}
