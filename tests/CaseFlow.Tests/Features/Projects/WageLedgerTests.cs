using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CaseFlow.Domain;
using CaseFlow.Tests.Support;

namespace CaseFlow.Tests.Features.Projects;

/// <summary>
/// The money of a project (保障农民工工资支付条例): the dedicated wage account (arts. 26–29), the wage
/// deposit (art. 32), the monthly payroll with the general contractor paying for a subcontractor (art. 31),
/// and the arrears that follow from the payroll's unpaid balances into an inspection case (art. 30).
/// </summary>
public abstract class WageLedgerTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseFlowApp
{
    static string Id(int n)
    {
        var first17 = $"4407831988{1 + n % 9:00}{1 + n % 28:00}{n:000}";
        return first17 + ResidentIdNumber.CheckCharacter(first17);
    }

    /// <summary>A project with a roster of six workers of the subcontractor's crew.</summary>
    async Task<(HttpClient Inspector, string Url, List<long> Workers)> Project(int n)
    {
        var inspector = await app.As("inspector");
        var created = await (await inspector.PostAsJsonAsync("/api/projects", new
        {
            name = $"开平市滨江新城{n}期", town = "sanbu", developerName = "开平市滨江置业有限公司", generalContractorName = "广东粤港建设集团有限公司",
            generalContractorCreditCode = TestIds.Employer(800 + n), labourCostShare = 20m, contractValue = 10_000_000m,
            participants = new[] { new { role = "Subcontractor", name = "江门市鸿基劳务有限公司", creditCode = TestIds.Employer(850 + n) } },
        }, CaseFlowApp.Json)).Read(HttpStatusCode.Created);
        var url = $"/api/projects/{created.GetProperty("project").GetProperty("id").GetInt64()}";
        var csv = string.Join("\r\n", Enumerable.Range(1, 6).Select(i => $"工人{n}-{i},{Id(n * 10 + i)},木工,木工班,是,,,2026-06-01,").Prepend("姓名,公民身份号码,工种,班组,劳动合同,工资卡开户行,工资卡号,进场日期,退场日期"));
        await (await inspector.PostAsync($"{url}/roster", new StringContent(csv, Encoding.UTF8, "text/csv"))).Read(HttpStatusCode.OK);
        var roster = await (await inspector.GetAsync($"{url}/roster")).Read(HttpStatusCode.OK);
        return (inspector, url, roster.EnumerateArray().Select(w => w.GetProperty("id").GetInt64()).ToList());
    }

    [Fact]
    public async Task Arts26_31_arrears_follow_from_the_payroll_balances_and_become_an_inspection_case_against_the_general_contractor()
    {
        var (inspector, url, workers) = await Project(1);

        // The developer transfers the labour cost; the account pays out only what it holds.
        await (await inspector.PostAsJsonAsync($"{url}/account", new { kind = "LabourCostTransfer", on = "2026-10-05", amount = 30_000m, reference = "人工费10月" }, CaseFlowApp.Json)).Read(HttpStatusCode.OK);
        var tooMuch = await (await inspector.PostAsJsonAsync($"{url}/account", new { kind = "WagePayment", on = "2026-10-15", amount = 30_000.01m, payrollMonth = "2026-09-01" }, CaseFlowApp.Json)).Read(HttpStatusCode.BadRequest);
        Assert.Contains("余额", tooMuch.GetProperty("errors").GetProperty("amount")[0].GetString());

        // September: six workers due 6,000 each; three paid in full, one 4,000, two nothing; paid by the general contractor for the subcontractor.
        var paid = new[] { 6000m, 6000m, 6000m, 4000m, 0m, 0m };
        var lines = workers.Select((w, i) => new { workerId = w, due = 6000m, paid = paid[i], paidOn = paid[i] > 0 ? "2026-10-15" : null, signed = paid[i] > 0 }).ToList();
        var payroll = await (await inspector.PostAsJsonAsync($"{url}/payrolls", new { month = "2026-09-01", paidByGeneralContractor = true, employer = "江门市鸿基劳务有限公司", lines }, CaseFlowApp.Json))
            .Read(HttpStatusCode.Created);
        Assert.Equal((36_000m, 22_000m, 14_000m), (payroll.GetProperty("due").GetDecimal(), payroll.GetProperty("paid").GetDecimal(), payroll.GetProperty("balance").GetDecimal()));
        var account = await (await inspector.PostAsJsonAsync($"{url}/account", new { kind = "WagePayment", on = "2026-10-15", amount = 22_000m, payrollMonth = "2026-09-01" }, CaseFlowApp.Json)).Read(HttpStatusCode.OK);
        Assert.Equal((30_000m, 22_000m, 8_000m), (account.GetProperty("transferredIn").GetDecimal(), account.GetProperty("paidOut").GetDecimal(), account.GetProperty("balance").GetDecimal()));

        var arrears = await (await inspector.GetAsync($"{url}/arrears")).Read(HttpStatusCode.OK);
        Assert.Equal((3, 14_000m), (arrears.GetProperty("workers").GetInt32(), arrears.GetProperty("owed").GetDecimal()));
        Assert.Equal([6000m, 6000m, 2000m], arrears.GetProperty("byWorker").EnumerateArray().Select(w => w.GetProperty("owed").GetDecimal()));

        // A later payment of the fourth worker's balance.
        var fourth = payroll.GetProperty("lines")[3].GetProperty("id").GetInt64();
        var payrollUrl = $"{url}/payrolls/{payroll.GetProperty("id").GetInt64()}/lines/{fourth}";
        await (await inspector.PutAsJsonAsync(payrollUrl, new { paid = 7000m, paidOn = "2026-10-20", signed = true }, CaseFlowApp.Json)).Read(HttpStatusCode.BadRequest);
        await (await inspector.PutAsJsonAsync(payrollUrl, new { paid = 6000m, paidOn = "2026-10-20", signed = true }, CaseFlowApp.Json)).Read(HttpStatusCode.OK);
        arrears = await (await inspector.GetAsync($"{url}/arrears")).Read(HttpStatusCode.OK);
        Assert.Equal((2, 12_000m), (arrears.GetProperty("workers").GetInt32(), arrears.GetProperty("owed").GetDecimal()));

        // The arrears become a case: the project, the general contractor first, the subcontractor, each unpaid worker with the amount.
        var created = await (await inspector.PostAsync($"{url}/arrears-case", null)).Read(HttpStatusCode.Created);
        Assert.Equal(("Patrol", url.Split('/').Last()), (created.GetProperty("inspection").GetProperty("source").GetString(), created.GetProperty("inspection").GetProperty("projectId").GetInt64().ToString()));
        var parties = created.GetProperty("parties").EnumerateArray().ToList();
        Assert.Equal(["广东粤港建设集团有限公司", "江门市鸿基劳务有限公司"], parties.Where(p => p.GetProperty("role").GetString() == "Respondent").Select(p => p.GetProperty("name").GetString()));
        var owed = created.GetProperty("inspection").GetProperty("arrears").EnumerateArray().ToList();
        Assert.Equal([6000m, 6000m], owed.Select(a => a.GetProperty("amountOwed").GetDecimal()));
        Assert.All(owed, a => Assert.Equal(("2026-09-01", "2026-09-30"), (a.GetProperty("periodFrom").GetString(), a.GetProperty("periodTo").GetString())));
        Assert.Equal(12_000m, created.GetProperty("inspection").GetProperty("arrearsOwed").GetDecimal());
    }

    [Fact]
    public async Task Art31_a_payroll_holds_only_workers_on_the_roster_and_no_line_pays_more_than_is_due()
    {
        var (inspector, url, workers) = await Project(2);
        var refused = await (await inspector.PostAsJsonAsync($"{url}/payrolls", new
        {
            month = "2026-09-15", paidByGeneralContractor = false,
            lines = new object[]
            {
                new { workerId = 999_999L, due = 100m, paid = 0m, signed = false },
                new { workerId = workers[0], due = 100m, paid = 200m, paidOn = "2026-10-01", signed = true },
                new { workerId = workers[1], due = 100m, paid = 100m, signed = true },
                new { workerId = workers[2], due = 100m, paid = 0m, signed = true },
            },
        }, CaseFlowApp.Json)).Read(HttpStatusCode.BadRequest);
        Assert.Equal(["lines[0].workerId", "lines[1].paid", "lines[2].paidOn", "lines[3].signed", "month"],
            refused.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
        Assert.Empty((await (await inspector.GetAsync($"{url}/payrolls")).Read(HttpStatusCode.OK)).EnumerateArray());
        await (await inspector.PostAsync($"{url}/arrears-case", null)).Read(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Art32_a_deposit_is_reduced_with_its_reason_and_released_only_for_a_completed_project_without_arrears()
    {
        var (inspector, url, _) = await Project(3);
        var deposit = await (await inspector.PostAsJsonAsync($"{url}/deposits", new
        {
            contractorName = "广东粤港建设集团有限公司", contractorCreditCode = TestIds.Employer(803), form = "BankGuarantee", amount = 300_000m,
            basis = "按合同价款的3%存储（广东省工程建设领域工资保证金实施细则）", lodgedOn = "2026-03-01",
        }, CaseFlowApp.Json)).Read(HttpStatusCode.Created);
        var depositUrl = $"{url}/deposits/{deposit.GetProperty("id").GetInt64()}";
        await (await inspector.PostAsJsonAsync($"{depositUrl}/reduce", new { amount = 100_000m, reason = "" }, CaseFlowApp.Json)).Read(HttpStatusCode.BadRequest);
        var reduced = await (await inspector.PostAsJsonAsync($"{depositUrl}/reduce", new { amount = 150_000m, reason = "连续两年无拖欠，减半存储" }, CaseFlowApp.Json)).Read(HttpStatusCode.OK);
        Assert.Equal(150_000m, reduced.GetProperty("reducedBy").GetDecimal());
        var early = await (await inspector.PostAsJsonAsync($"{depositUrl}/release", new { on = "2026-10-30" }, CaseFlowApp.Json)).Read(HttpStatusCode.BadRequest);
        Assert.Contains("完工", early.GetProperty("errors").GetProperty("depositId")[0].GetString());
        var history = await (await inspector.GetAsync($"{url}/history")).Read(HttpStatusCode.OK);
        Assert.Equal(["reduce-deposit", "lodge-deposit"], history.EnumerateArray().Take(2).Select(e => e.GetProperty("action").GetString()));
        await (await (await app.As("mediator.sanbu")).GetAsync($"{url}/deposits")).Read(HttpStatusCode.NotFound);
    }
}

public sealed class WageLedgerTestsOnSqlite(SqliteApp app) : WageLedgerTests<SqliteApp>(app);

[Trait("Database", "MariaDb")]
public sealed class WageLedgerTestsOnMariaDb(MariaDbApp app) : WageLedgerTests<MariaDbApp>(app);
