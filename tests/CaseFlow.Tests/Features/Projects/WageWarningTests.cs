using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CaseFlow.Domain;
using CaseFlow.Tests.Support;

namespace CaseFlow.Tests.Features.Projects;

/// <summary>
/// 欠薪预警 (seeds/wage-warnings.json): each rule fires on the ledger it looks for and is quiet — or resolves —
/// on a sound one; warnings are evaluated on every change and by the daily run, go to the inspector of the
/// project's town, and one action turns a warning into an inspection case.
/// </summary>
public abstract class WageWarningTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseFlowApp
{
    static readonly string Header = "姓名,公民身份号码,工种,班组,劳动合同,工资卡开户行,工资卡号,进场日期,退场日期";

    static string Id(int n)
    {
        var first17 = $"4407831979{1 + n % 9:00}{1 + n % 28:00}{n % 1000:000}";
        return first17 + ResidentIdNumber.CheckCharacter(first17);
    }

    /// <summary>The members of a read object that the request type <typeparamref name="TRequest"/> has.</summary>
    static Dictionary<string, object?> Fields<TRequest>(JsonElement read)
    {
        var names = typeof(TRequest).GetProperties().Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).ToHashSet();
        return read.EnumerateObject().Where(p => names.Contains(p.Name)).ToDictionary(p => p.Name, p => (object?)p.Value.Clone());
    }

    sealed record Site(HttpClient Inspector, string Url, List<long> Workers);

    /// <summary>A project started on 1 September 2026 in <paramref name="town"/> with <paramref name="workers"/> workers on site since then.</summary>
    async Task<Site> Project(int n, int workers = 3, string town = "sanbu", bool board = true, decimal contract = 10_000_000m, decimal? deposit = null,
        string started = "2026-09-01", string? leftOn = null)
    {
        app.Clock.SetToday(new DateOnly(2026, 11, 2));
        var inspector = await app.As("inspector");
        var created = await (await inspector.PostAsJsonAsync("/api/projects", new
        {
            name = $"开平市预警测试工程{n}号", town, developerName = "开平市预警置业有限公司", generalContractorName = $"广东预警建设集团有限公司{n}",
            generalContractorCreditCode = TestIds.Employer(900 + n), contractValue = contract, labourCostShare = 20m, startedOn = started, plannedCompletionOn = "2027-08-31",
            informationBoardPosted = board, informationBoardPostedOn = board ? started : null, wageDeposit = deposit, wagePayDay = 15,
            participants = new[] { new { role = "Subcontractor", name = $"江门市预警劳务有限公司{n}", creditCode = TestIds.Employer(950 + n) } },
        }, CaseFlowApp.Json)).Read(HttpStatusCode.Created);
        var url = $"/api/projects/{created.GetProperty("project").GetProperty("id").GetInt64()}";
        var rows = Enumerable.Range(1, workers).Select(i => $"预警工人{n}-{i},{Id(n * 20 + i)},木工,木工班,是,,,2026-09-01,{(i == workers ? leftOn : null)}");
        await (await inspector.PostAsync($"{url}/roster", new StringContent(string.Join("\r\n", rows.Prepend(Header)), Encoding.UTF8, "text/csv"))).Read(HttpStatusCode.OK);
        var roster = await (await inspector.GetAsync($"{url}/roster")).Read(HttpStatusCode.OK);
        return new(inspector, url, roster.EnumerateArray().Select(w => w.GetProperty("id").GetInt64()).ToList());
    }

    static async Task<List<JsonElement>> Open(Site site, string rule) =>
        (await (await site.Inspector.GetAsync($"{site.Url}/warnings")).Read(HttpStatusCode.OK)).EnumerateArray()
            .Where(w => w.GetProperty("rule").GetString() == rule && w.GetProperty("resolvedOn").ValueKind == JsonValueKind.Null).ToList();

    static async Task<JsonElement> Payroll(Site site, string month, IEnumerable<(long Worker, decimal Paid)> lines, string? employer = null) =>
        await (await site.Inspector.PostAsJsonAsync($"{site.Url}/payrolls", new
        {
            month, paidByGeneralContractor = true, employer,
            lines = lines.Select(l => new { workerId = l.Worker, due = 6000m, paid = l.Paid, paidOn = l.Paid > 0 ? DateOnly.Parse(month).AddMonths(1).AddDays(14).ToString("yyyy-MM-dd") : null, signed = l.Paid > 0 }),
        }, CaseFlowApp.Json)).Read(HttpStatusCode.Created);

    static Task Account(Site site, string kind, string on, decimal amount, string? month = null) =>
        site.Inspector.PostAsJsonAsync($"{site.Url}/account", new { kind, on, amount, payrollMonth = month }, CaseFlowApp.Json).ContinueWith(t => t.Result.Read(HttpStatusCode.OK)).Unwrap();

    /// <summary>The daily run, as the brigade head starts it by hand.</summary>
    async Task Daily(DateOnly day)
    {
        app.Clock.SetToday(day);
        await (await (await app.As("brigade.head")).PostAsync("/api/warnings/evaluate", null)).Read(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Wages_unpaid_by_the_agreed_day_or_paid_outside_the_account_raise_a_red_warning_until_paid_through_it()
    {
        var site = await Project(1);
        await Account(site, "LabourCostTransfer", "2026-10-05", 60_000m);
        // September's wages, all paid by 15 October, but only 12,000 of 18,000 through the dedicated account.
        await Payroll(site, "2026-09-01", site.Workers.Select(w => (w, 6000m)));
        await Account(site, "WagePayment", "2026-10-15", 12_000m, "2026-09-01");
        var warning = Assert.Single(await Open(site, "wages-unpaid"));
        Assert.Equal("Red", warning.GetProperty("level").GetString());
        Assert.StartsWith("2026年9月工资实发18,000.00元", warning.GetProperty("detail").GetString());
        Assert.Contains("经专用账户代发仅12,000.00元", warning.GetProperty("detail").GetString());
        await Account(site, "WagePayment", "2026-10-15", 6_000m, "2026-09-01");
        Assert.Empty(await Open(site, "wages-unpaid"));

        // October's wages fall due on 15 November: nothing before, a warning the day after when no payroll is kept.
        await Daily(new DateOnly(2026, 11, 15));
        Assert.Empty(await Open(site, "wages-unpaid"));
        await Daily(new DateOnly(2026, 11, 16));
        Assert.Contains("未登记工资支付表", Assert.Single(await Open(site, "wages-unpaid")).GetProperty("detail").GetString());

        // The payroll leaves one worker unpaid: the same warning now says how much is owed; paying him resolves it.
        var payroll = await Payroll(site, "2026-10-01", site.Workers.Select((w, i) => (w, i == 0 ? 0m : 6000m)));
        Assert.Contains("尚欠6,000.00元", Assert.Single(await Open(site, "wages-unpaid")).GetProperty("detail").GetString());
        var line = payroll.GetProperty("lines")[0].GetProperty("id").GetInt64();
        await (await site.Inspector.PutAsJsonAsync($"{site.Url}/payrolls/{payroll.GetProperty("id").GetInt64()}/lines/{line}", new { paid = 6000m, paidOn = "2026-11-16", signed = true }, CaseFlowApp.Json)).Read(HttpStatusCode.OK);
        await Account(site, "WagePayment", "2026-11-16", 18_000m, "2026-10-01");
        Assert.Empty(await Open(site, "wages-unpaid"));
        var resolved = (await (await site.Inspector.GetAsync($"{site.Url}/warnings")).Read(HttpStatusCode.OK)).EnumerateArray().Where(w => w.GetProperty("rule").GetString() == "wages-unpaid").ToList();
        Assert.Equal(2, resolved.Count);
        Assert.All(resolved, w => Assert.NotEqual(JsonValueKind.Null, w.GetProperty("resolvedOn").ValueKind));
    }

    [Fact]
    public async Task Transfers_none_for_over_a_month_or_below_the_agreed_labour_cost_share_raise_warnings_that_a_transfer_resolves()
    {
        // Labour cost 20% of 10,000,000 over 1 Sept 2026 – 31 Aug 2027 (364 days).
        var site = await Project(2);
        await Account(site, "LabourCostTransfer", "2026-10-05", 350_000m);
        Assert.Empty(await Open(site, "transfer-overdue"));
        Assert.Empty(await Open(site, "transfer-short"));

        // 10 Nov: 36 days since the last transfer (more than 31); 70/364 of 2,000,000 = 384,615.38, of which 90% is 346,153.85 < 350,000.
        await Daily(new DateOnly(2026, 11, 10));
        Assert.Contains("2026年10月5日", Assert.Single(await Open(site, "transfer-overdue")).GetProperty("detail").GetString());
        Assert.Empty(await Open(site, "transfer-short"));

        // 1 Dec: 91/364 = a quarter, 500,000 due, 90% is 450,000 > 350,000.
        await Daily(new DateOnly(2026, 12, 1));
        var shortfall = Assert.Single(await Open(site, "transfer-short"));
        Assert.Equal("Yellow", shortfall.GetProperty("level").GetString());
        Assert.Contains("应拨付500,000.00元，累计拨付350,000.00元", shortfall.GetProperty("detail").GetString());

        await Account(site, "LabourCostTransfer", "2026-12-01", 100_000m);
        Assert.Empty(await Open(site, "transfer-overdue"));
        Assert.Empty(await Open(site, "transfer-short"));
    }

    [Fact]
    public async Task Fewer_workers_paid_than_on_the_roster_and_a_leaver_not_settled_raise_warnings()
    {
        // Four workers: the fourth left on 30 September.
        var site = await Project(3, workers: 4, leftOn: "2026-09-30");
        await Account(site, "LabourCostTransfer", "2026-10-05", 60_000m);
        // September (due 15 October): three of the four on site paid, the leaver unpaid.
        await Payroll(site, "2026-09-01", site.Workers.Select((w, i) => (w, i < 3 ? 6000m : 0m)));
        await Account(site, "WagePayment", "2026-10-15", 18_000m, "2026-09-01");
        Assert.Contains("花名册在场4人，发放工资3人", Assert.Single(await Open(site, "fewer-paid")).GetProperty("detail").GetString());
        var leaver = Assert.Single(await Open(site, "leaver-unsettled"));
        Assert.Contains("2026年9月30日退场，尚欠工资6,000.00元", leaver.GetProperty("detail").GetString());
        Assert.Equal("Red", leaver.GetProperty("level").GetString());

        // Paid at last: both resolve.
        var payroll = (await (await site.Inspector.GetAsync($"{site.Url}/payrolls")).Read(HttpStatusCode.OK))[0];
        var line = payroll.GetProperty("lines")[3].GetProperty("id").GetInt64();
        await (await site.Inspector.PutAsJsonAsync($"{site.Url}/payrolls/{payroll.GetProperty("id").GetInt64()}/lines/{line}", new { paid = 6000m, paidOn = "2026-11-02", signed = true }, CaseFlowApp.Json)).Read(HttpStatusCode.OK);
        Assert.Empty(await Open(site, "fewer-paid"));
        Assert.Empty(await Open(site, "leaver-unsettled"));
    }

    [Fact]
    public async Task No_information_board_and_a_deposit_below_what_is_required_raise_warnings_on_change()
    {
        // Required deposit: 1% of the contract value, 100,000, none lodged; no board on site.
        var site = await Project(4, board: false);
        Assert.Single(await Open(site, "no-board"));
        Assert.Contains("应存工资保证金100,000.00元，现存0.00元", Assert.Single(await Open(site, "deposit-short")).GetProperty("detail").GetString());

        var deposit = await (await site.Inspector.PostAsJsonAsync($"{site.Url}/deposits", new { contractorName = "广东预警建设集团有限公司4", form = "BankGuarantee", amount = 100_000m, basis = "合同价款1%", lodgedOn = "2026-09-01" }, CaseFlowApp.Json))
            .Read(HttpStatusCode.Created);
        Assert.Empty(await Open(site, "deposit-short"));
        await (await site.Inspector.PostAsJsonAsync($"{site.Url}/deposits/{deposit.GetProperty("id").GetInt64()}/reduce", new { amount = 30_000m, reason = "无拖欠减免" }, CaseFlowApp.Json)).Read(HttpStatusCode.OK);
        Assert.Contains("现存70,000.00元", Assert.Single(await Open(site, "deposit-short")).GetProperty("detail").GetString());

        // The board is posted: the warning resolves with the edit; a project not yet started has none.
        var view = await (await site.Inspector.GetAsync(site.Url)).Read(HttpStatusCode.OK);
        // The project as read, less what only the view has (its organisation, when it was created, …): the API refuses a field its request does not have.
        var edit = Fields<CaseFlow.Features.Projects.ProjectRequest>(view.GetProperty("project"));
        edit["participants"] = view.GetProperty("project").GetProperty("participants").EnumerateArray().Select(Fields<CaseFlow.Features.Projects.ParticipantInput>).ToList();
        (edit["informationBoardPosted"], edit["informationBoardPostedOn"]) = (true, "2026-11-02");
        await (await site.Inspector.PutAsJsonAsync(site.Url, edit, CaseFlowApp.Json)).Read(HttpStatusCode.OK);
        Assert.Empty(await Open(site, "no-board"));
        var later = await Project(5, board: false, started: "2026-12-01");
        Assert.Empty(await Open(later, "no-board"));
        Assert.Empty(await Open(later, "deposit-short"));
    }

    [Fact]
    public async Task A_complaint_on_the_project_warns_until_it_is_closed_and_a_patrol_case_does_not()
    {
        var site = await Project(6);
        var projectId = long.Parse(site.Url.Split('/').Last());
        var registrar = await app.As("brigade.registrar");
        var complaint = await (await registrar.PostAsJsonAsync("/api/inspection-cases", new
        {
            receivedOn = "2026-11-02", source = "Hotline12345", summary = "预警测试工地拖欠工资", projectId,
            parties = new object[]
            {
                new { role = "Applicant", kind = "Worker", name = "梁建新", idNumber = TestIds.Worker(960), arrearsAmount = 6000m },
                new { role = "Respondent", kind = "Employer", name = "广东预警建设集团有限公司6", creditCode = TestIds.Employer(906) },
            },
        }, CaseFlowApp.Json)).Read(HttpStatusCode.Created);
        var warning = Assert.Single(await Open(site, "complaint"));
        Assert.Equal(complaint.GetProperty("id").GetInt64(), warning.GetProperty("caseId").GetInt64());
        Assert.Equal("Red", warning.GetProperty("level").GetString());

        // A case the brigade opened on patrol is no complaint.
        await (await site.Inspector.PostAsJsonAsync("/api/inspection-cases", new
        {
            receivedOn = "2026-11-02", source = "Patrol", summary = "巡查发现未设置告示牌", projectId,
            parties = new object[] { new { role = "Respondent", kind = "Employer", name = "广东预警建设集团有限公司6", creditCode = TestIds.Employer(906) } },
        }, CaseFlowApp.Json)).Read(HttpStatusCode.Created);
        Assert.Single(await Open(site, "complaint"));

        await registrar.Act($"/api/inspection-cases/{complaint.GetProperty("id").GetInt64()}", "withdraw", new { version = complaint.Version() });
        Assert.Empty(await Open(site, "complaint"));
    }

    [Fact]
    public async Task A_warning_goes_to_the_inspector_of_the_projects_town_and_becomes_a_case_with_the_project_contractors_and_unpaid_workers()
    {
        var sanbu = await Project(7, town: "sanbu", board: false);
        var dasha = await Project(8, town: "dasha", board: false);
        var inspector2 = await app.As("inspector2");
        var mine = (await (await inspector2.GetAsync("/api/warnings?mine=true")).Read(HttpStatusCode.OK)).EnumerateArray().ToList();
        Assert.NotEmpty(mine);
        Assert.All(mine, w => Assert.Equal("dasha", w.GetProperty("town").GetString()));
        Assert.Contains(mine, w => w.GetProperty("project").GetString() == "开平市预警测试工程8号");
        Assert.Equal("吴国栋", Assert.Single(await Open(sanbu, "no-board")).GetProperty("assignee").GetString());
        var board = (await (await inspector2.GetAsync("/api/warnings?level=Red")).Read(HttpStatusCode.OK)).EnumerateArray();
        Assert.All(board, w => Assert.Equal("Red", w.GetProperty("level").GetString()));

        // September: two of three unpaid, due 15 October.
        await Account(dasha, "LabourCostTransfer", "2026-10-05", 60_000m);
        await Payroll(dasha, "2026-09-01", dasha.Workers.Select((w, i) => (w, i == 0 ? 6000m : 0m)), employer: "江门市预警劳务有限公司8");
        await Account(dasha, "WagePayment", "2026-10-15", 6_000m, "2026-09-01");
        var unpaid = Assert.Single(await Open(dasha, "wages-unpaid"));
        var created = await (await inspector2.PostAsync($"/api/warnings/{unpaid.GetProperty("id").GetInt64()}/case", null)).Read(HttpStatusCode.Created);
        Assert.Equal(["广东预警建设集团有限公司8", "江门市预警劳务有限公司8"],
            created.GetProperty("parties").EnumerateArray().Where(p => p.GetProperty("role").GetString() == "Respondent").Select(p => p.GetProperty("name").GetString()));
        Assert.Equal([6000m, 6000m], created.GetProperty("inspection").GetProperty("arrears").EnumerateArray().Select(a => a.GetProperty("amountOwed").GetDecimal()));
        Assert.Contains("红色预警", created.GetProperty("summary").GetString());
        Assert.Equal(created.GetProperty("id").GetInt64(), Assert.Single(await Open(dasha, "wages-unpaid")).GetProperty("caseId").GetInt64());
        var again = await (await inspector2.PostAsync($"/api/warnings/{unpaid.GetProperty("id").GetInt64()}/case", null)).Read(HttpStatusCode.BadRequest);
        Assert.Contains("已有监察案件", again.GetProperty("errors").GetProperty("id")[0].GetString());

        // Nobody outside the brigade sees the board's projects; a mediator may not turn warnings into cases.
        var mediator = await app.As("mediator.sanbu");
        Assert.Empty((await (await mediator.GetAsync("/api/warnings")).Read(HttpStatusCode.OK)).EnumerateArray());
        await (await mediator.PostAsync($"/api/warnings/{unpaid.GetProperty("id").GetInt64()}/case", null)).Read(HttpStatusCode.Forbidden);
    }
}

public sealed class WageWarningTestsOnSqlite(SqliteApp app) : WageWarningTests<SqliteApp>(app);

[Trait("Database", "MariaDb")]
public sealed class WageWarningTestsOnMariaDb(MariaDbApp app) : WageWarningTests<MariaDbApp>(app);

/// <summary>The rules are data: their levels and parameters come from seeds/wage-warnings.json, and changing a parameter changes what fires.</summary>
public sealed class WarningRuleTests
{
    static readonly CaseFlow.Features.Projects.WarningRules Seeded = CaseFlow.Data.Seeds.Locate(null).WarningRules();

    static CaseFlow.Features.Projects.WarningFacts Facts(decimal deposit, DateOnly? lastTransfer) => new()
    {
        Projects = [new(1, "sanbu", CaseFlow.Features.Projects.ProjectStatus.UnderConstruction, new DateOnly(2026, 9, 1), new DateOnly(2027, 8, 31), 10_000_000m, 20m, true, null, 15)],
        Months = Array.Empty<CaseFlow.Features.Projects.WarningFacts.MonthFacts>().ToLookup(m => m.ProjectId),
        AccountPaid = [],
        Transfers = lastTransfer is { } last ? new() { [1] = new(last, 1_000_000m) } : [],
        Roster = [],
        Leavers = [],
        Complaints = [],
        Deposits = new() { [1] = deposit },
    };

    static CaseFlow.Features.Projects.WarningRules With(string code, string parameter, decimal value) =>
        new(Seeded.All.Select(r => r.Code == code ? r with { Parameters = new(r.Parameters) { [parameter] = value } } : r).ToList());

    [Fact]
    public void Every_rule_of_the_seeds_has_a_level_a_basis_and_the_parameters_its_test_reads()
    {
        Assert.Equal(["wages-unpaid", "transfer-overdue", "transfer-short", "fewer-paid", "leaver-unsettled", "no-board", "complaint", "deposit-short"], Seeded.All.Select(r => r.Code));
        Assert.All(Seeded.All, r => Assert.False(string.IsNullOrWhiteSpace(r.Basis)));
        Assert.Equal(3, Seeded.All.Select(r => r.Level).Distinct().Count());
        Assert.Throws<InvalidDataException>(() => new CaseFlow.Features.Projects.WarningRules([Seeded.All[0] with { Parameters = [] }]));
        Assert.Throws<InvalidDataException>(() => new CaseFlow.Features.Projects.WarningRules([Seeded.All[0] with { Code = "no-such-rule" }]));
    }

    [Fact]
    public void Changing_a_parameter_or_switching_a_rule_off_changes_what_fires()
    {
        var today = new DateOnly(2026, 11, 2);
        // 1% of 10,000,000 = 100,000 required; 150,000 held.
        Assert.DoesNotContain(CaseFlow.Features.Projects.WageWarnings.Find(Seeded, Facts(150_000m, today), today), f => f.Rule == "deposit-short");
        var threePercent = CaseFlow.Features.Projects.WageWarnings.Find(With("deposit-short", "ratePercent", 3), Facts(150_000m, today), today);
        Assert.Contains("应存工资保证金300,000.00元", Assert.Single(threePercent, f => f.Rule == "deposit-short").Detail);

        // A transfer on 5 October: within 31 days on 2 November, not within 20.
        Assert.DoesNotContain(CaseFlow.Features.Projects.WageWarnings.Find(Seeded, Facts(150_000m, new(2026, 10, 5)), today), f => f.Rule == "transfer-overdue");
        Assert.Contains(CaseFlow.Features.Projects.WageWarnings.Find(With("transfer-overdue", "maxDays", 20), Facts(150_000m, new(2026, 10, 5)), today), f => f.Rule == "transfer-overdue");

        var off = new CaseFlow.Features.Projects.WarningRules(Seeded.All.Select(r => r with { Enabled = r.Code != "deposit-short" }).ToList());
        Assert.DoesNotContain(CaseFlow.Features.Projects.WageWarnings.Find(off, Facts(0m, today), today), f => f.Rule == "deposit-short");
    }
}
