using CaseFlow.Domain;
using CaseFlow.Features.Cases;
using CaseFlow.Features.Home;
using CaseFlow.Features.Inspection;
using CaseFlow.Features.Projects;
using CaseFlow.Features.Reports;
using CaseFlow.Infrastructure;
using CaseFlow.Tests.Support;
using CaseFlow.Workflows;

namespace CaseFlow.Tests.Features.Inspection;

/// <summary>
/// 群体性欠薪: arrears owed to the plan's number of workers or more on one project — over its open cases and
/// its payrolls, each worker once — or in one case on no project (seeds/group-disputes.json: "5人以上劳资纠纷")
/// come first in worklists, flag the project and are counted in the plan report.
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

    async Task<ConstructionProject> Project()
    {
        var project = new ConstructionProject
        {
            OrganisationId = h.Brigade.Id, Name = "开平市群体测试安置房工程", Town = "sanbu", DeveloperName = "开平市群体测试置业有限公司",
            GeneralContractorName = "广东群体测试建设集团有限公司", Status = ProjectStatus.UnderConstruction, StartedOn = new DateOnly(2026, 9, 1),
        };
        h.Db.ConstructionProjects.Add(project);
        await h.Db.SaveChangesAsync();
        return project;
    }

    async Task<HashSet<long>> Flagged() =>
        (await Worklist.BuildAsync(new CaseServices(h.Db, h.Services), Inspector())).Items.Where(i => i.GroupDispute).Select(i => i.CaseId).ToHashSet();

    async Task<bool> ProjectFlagged(ConstructionProject project) =>
        (await ProjectEndpoints.Views(h.Db, h.Services.GroupDisputes, [h.Brigade.Id], project.Id)).Single().GroupDispute;

    [Fact]
    public async Task Plan_five_workers_owed_on_one_project_over_its_cases_make_every_open_case_there_a_group_dispute_each_worker_counted_once()
    {
        var project = await Project();
        var first = await h.NewComplaint(workers: 3, projectId: project.Id);
        // The same two workers complain again: still three workers on the project.
        var again = await h.NewComplaint(workers: 2, projectId: project.Id);
        var elsewhere = await h.NewComplaint(workers: 3, firstWorker: 4);
        Assert.Empty(await Flagged());
        Assert.False(await ProjectFlagged(project));

        var second = await h.NewComplaint(workers: 2, firstWorker: 4, projectId: project.Id);
        Assert.Equal([first.Id, again.Id, second.Id], (await Flagged()).Order());
        Assert.True(await ProjectFlagged(project));
        Assert.DoesNotContain(elsewhere.Id, await Flagged());

        // Once a case is closed its workers no longer count for the others: three remain owed.
        h.Clock.SetToday(new DateOnly(2026, 11, 20));
        await Conclude(second);
        Assert.Empty(await Flagged());
        Assert.False(await ProjectFlagged(project));
    }

    [Fact]
    public async Task Plan_unpaid_payroll_balances_count_with_the_complaints_on_the_project()
    {
        var project = await Project();
        var complaint = await h.NewComplaint(workers: 2, projectId: project.Id);
        // Workers 2 to 4 on the payroll with a balance, worker 5 paid in full: 工人1–4 are owed.
        var workers = Enumerable.Range(2, 4).Select(i => new ProjectWorker { ProjectId = project.Id, Name = $"工人{i}", IdNumber = TestIds.Worker(i), EnteredOn = new DateOnly(2026, 9, 1) }).ToList();
        h.Db.ProjectWorkers.AddRange(workers);
        await h.Db.SaveChangesAsync();
        var payroll = new Payroll
        {
            ProjectId = project.Id, Month = new DateOnly(2026, 10, 1),
            Lines = workers.Select((w, i) => new PayrollLine { WorkerId = w.Id, Due = 6_000m, Paid = i == 3 ? 6_000m : 1_000m }).ToList(),
        };
        h.Db.Payrolls.Add(payroll);
        await h.Db.SaveChangesAsync();
        Assert.False(await ProjectFlagged(project));

        payroll.Lines[3].Paid = 2_000m;
        await h.Db.SaveChangesAsync();
        Assert.True(await ProjectFlagged(project));
        Assert.Contains(complaint.Id, await Flagged());
    }

    [Fact]
    public async Task Plan_the_report_counts_the_cases_of_a_project_whose_concluded_cases_together_owed_five_workers()
    {
        h.Clock.SetToday(new DateOnly(2025, 3, 3));
        var project = await Project();
        var first = await h.NewComplaint(workers: 3, projectId: project.Id);
        var second = await h.NewComplaint(workers: 3, firstWorker: 3, projectId: project.Id);
        var open = await h.NewComplaint(workers: 4, firstWorker: 8, projectId: project.Id);
        h.Clock.SetToday(new DateOnly(2025, 3, 20));
        await Conclude(first);
        await Conclude(second);

        var report = await PlanReport.BuildAsync(h.Db, new Period(new(2025, 1, 1), new(2025, 12, 31), "2025"), null, new DateOnly(2026, 11, 2), h.Services.GroupDisputes);

        // 工人1–3 and 工人3–5: five workers on the project, 工人3 once; the open case is not concluded.
        Assert.Equal((2L, 5L, 30_000m), (report.GroupDisputes.Cases, report.GroupDisputes.Workers, report.GroupDisputes.Amount));
        Assert.Contains("同一工程项目", report.GroupDisputes.Definition);
        Assert.Null(open.ClosedOn);
    }

    async Task Conclude(InspectionCase complaint)
    {
        await h.Do(complaint, "inspector", "file");
        await h.Do(complaint, "inspector", "log-activity", new LogActivityRequest
            { Kind = ActivityKind.SiteVisit, At = h.Clock.Today.ToDateTime(new TimeOnly(9, 0)), Place = "工地", Inspectors = "吴国栋", Notes = "核查工资支付" });
        await h.Do(complaint, "inspector", "close-no-violation", new NoParameters { Reason = "工资已全部支付" });
    }

    [Fact]
    public async Task A_group_dispute_is_not_by_itself_the_mass_incident_that_lists_an_employer_or_grades_it_C_unless_the_seeds_count_it_as_one()
    {
        async Task<InspectionCase> NotRectified(int firstWorker)
        {
            h.Clock.SetToday(new DateOnly(2026, 11, 2));
            var @case = await h.NewComplaint(workers: 6, firstWorker: firstWorker);
            await h.Do(@case, "inspector", "file");
            await h.Do(@case, "inspector", "log-activity", new LogActivityRequest { Kind = ActivityKind.SiteVisit, At = new DateTime(2026, 11, 2, 9, 0, 0), Place = "工地", Inspectors = "吴国栋", Notes = "检查工资台账" });
            await h.Do(@case, "inspector", "order-rectification", new RectificationOrderRequest { Deadline = new DateOnly(2026, 11, 9), Requirements = "限期支付拖欠工资" });
            h.Clock.SetToday(new DateOnly(2026, 11, 10));
            await h.Do(@case, "inspector", "record-not-rectified");
            return @case;
        }

        // Six workers owed ¥5,000 each: a group dispute of the plan's count, below the threshold of the crime's amounts.
        var plain = await NotRectified(firstWorker: 1);
        Assert.True(h.Services.GroupDisputes.Is(plain));
        Assert.False(h.Services.Enforcement.Blacklist.GroupDisputeIsIncident);
        Assert.IsType<ActionOutcome.Invalid>(await h.Take(plain, "brigade.head", "notify-blacklist", new BlacklistNoticeRequest()));
        var employer = plain.Parties.Single(p => p.Role == PartyRole.Respondent).CreditCode!;
        Assert.DoesNotContain((await BlacklistEndpoints.GradeAsync(h.Db, h.Services, employer)).Reasons, r => r.Contains("群体性") || r.Contains(h.Services.GroupDisputes.Name));

        // An incident the head describes is a ground, and the employer's C grade names it.
        await h.Do(plain, "brigade.head", "notify-blacklist", new BlacklistNoticeRequest { ExtremeIncident = true, IncidentDescription = "工人二十余人聚集堵路讨薪" });
        Assert.Equal("工人二十余人聚集堵路讨薪", plain.BlacklistIncident);
        Assert.DoesNotContain(h.Services.GroupDisputes.Name, plain.BlacklistGrounds);
        var grade = await BlacklistEndpoints.GradeAsync(h.Db, h.Services, employer);
        Assert.Equal("C", grade.Grade);
        Assert.Contains("因拖欠工资引发群体性事件、极端事件（工人二十余人聚集堵路讨薪）", grade.Reasons);

        // Where the seeds count a group dispute as such an incident, it is a ground of its own.
        h.Services = h.Services with { Enforcement = h.Services.Enforcement with { Blacklist = h.Services.Enforcement.Blacklist with { GroupDisputeIsIncident = true } } };
        var counted = await NotRectified(firstWorker: 11);
        await h.Do(counted, "brigade.head", "notify-blacklist", new BlacklistNoticeRequest());
        Assert.Contains($"{h.Services.GroupDisputes.Name}（6名劳动者）", counted.BlacklistGrounds);
        Assert.Null(counted.BlacklistIncident);
    }
}
