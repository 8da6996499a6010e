using CaseFlow.Features.Cases;
using CaseFlow.Features.Home;
using CaseFlow.Features.Inspection;
using CaseFlow.Features.Reports;
using CaseFlow.Infrastructure;
using CaseFlow.Tests.Support;
using CaseFlow.Workflows;

namespace CaseFlow.Tests.Features.Inspection;

/// <summary>
/// 群体性欠薪: arrears owed to the plan's number of workers or more in one case (seeds/group-disputes.json:
/// "5人以上劳资纠纷") come first in worklists and are counted in the plan report.
/// </summary>
public sealed class GroupDisputeTests : HarnessTests
{
    CurrentUser Inspector()
    {
        var user = h.User("inspector");
        return new CurrentUser(user.Id, user.DisplayName, user.Role, user.OrganisationId);
    }

    [Fact]
    public async Task Plan_five_workers_owed_wages_make_a_group_dispute_that_comes_first_among_equally_urgent_work()
    {
        var four = await h.NewComplaint(workers: 4);
        var five = await h.NewComplaint(workers: 5);

        var overview = await Worklist.BuildAsync(new CaseServices(h.Db, h.Services), Inspector());
        var order = overview.Items.Select(i => i.CaseId).ToList();
        Assert.True(order.IndexOf(five.Id) < order.IndexOf(four.Id));
        Assert.True(overview.Items.Single(i => i.CaseId == five.Id).GroupDispute);
        Assert.False(overview.Items.Single(i => i.CaseId == four.Id).GroupDispute);
        Assert.Equal(5, h.Services.GroupDisputes.MinimumWorkers);
    }

    [Fact]
    public async Task Plan_the_report_counts_the_group_disputes_concluded_in_the_period_with_their_workers_and_arrears()
    {
        h.Clock.SetToday(new DateOnly(2025, 3, 3));
        var six = await h.NewComplaint(workers: 6);
        var four = await h.NewComplaint(workers: 4);
        var open = await h.NewComplaint(workers: 7);
        h.Clock.SetToday(new DateOnly(2025, 3, 20));
        foreach (var complaint in new[] { six, four })
        {
            await h.Do(complaint, "inspector", "file");
            await h.Do(complaint, "inspector", "log-activity", new LogActivityRequest
                { Kind = ActivityKind.SiteVisit, At = h.Clock.Today.ToDateTime(new TimeOnly(9, 0)), Place = "工地", Inspectors = "吴国栋", Notes = "核查工资支付" });
            await h.Do(complaint, "inspector", "close-no-violation", new NoParameters { Reason = "工资已全部支付" });
        }

        var report = await PlanReport.BuildAsync(h.Db, new Period(new(2025, 1, 1), new(2025, 12, 31), "2025"), null, new DateOnly(2026, 11, 2), h.Services.GroupDisputes);

        // The six-worker case was concluded; the four-worker one is below the line; the seven-worker one is still open.
        Assert.Equal((1L, 6L, 30_000m), (report.GroupDisputes.Cases, report.GroupDisputes.Workers, report.GroupDisputes.Amount));
        Assert.Contains("5人以上劳资纠纷", report.GroupDisputes.Definition);
        Assert.Contains("Group disputes", ReportExport.Csv(report));
        Assert.Null(open.ClosedOn);
    }
}
