using System.Text.RegularExpressions;
using CaseFlow.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CaseFlow.Tests.Browser;

/// <summary>
/// The web UI in Debian's Chromium against CaseFlow on a real port and database, as its people use it:
/// signing in, the worklists, whole cases taken through their workflows by form, errors beside their
/// fields, access refused, and an accessibility check on every kind of page.
/// </summary>
public abstract class WebUiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseFlowApp, IBrowserApp
{
    protected TApp App => app;

    public static TheoryData<string, string> Homes => new()
    {
        { "registrar", "立案员" }, { "mediator.sanbu", "调解员" }, { "arbitrator", "仲裁员" }, { "inspector", "监察员" },
        { "head", "主任" }, { "analyst", "统计" }, { "admin", "系统管理员" },
    };

    [Theory]
    [MemberData(nameof(Homes))]
    public async Task Each_role_signs_in_and_lands_on_its_own_home(string userName, string role)
    {
        var page = await Chromium.PageAsync(app);
        await page.GotoAsync("/");
        Assert.Contains("/signin", page.Url);
        await Chromium.SignInAsync(page, userName);

        Assert.Equal("我的工作", await page.InnerTextAsync("h1"));
        Assert.Contains(role, await page.InnerTextAsync(".whoami"));
        Assert.Equal(userName == "admin", await page.Locator("nav.mainnav a[href='/admin']").CountAsync() == 1);
        if (userName == "head") Assert.Equal("待审批", await page.InnerTextAsync("#todo"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_arbitration_case_goes_from_application_through_failed_pre_case_mediation_to_an_award_and_its_pdf()
    {
        var registrar = await SignedIn("registrar");
        var id = await OpenArbitrationAsync(registrar, worker: 801, employer: 801);

        await TakeAsync(registrar, "arbitration", id, "refer-to-pre-case-mediation");
        var mediationId = long.Parse((await registrar.GetAttributeAsync("a[href^='/cases/mediation/']", "href"))!.Split('/')[^1]);
        var mediator = await SignedIn("mediator");
        await TakeAsync(mediator, "mediation", mediationId, "start-mediation");
        await TakeAsync(mediator, "mediation", mediationId, "fail", async page => await page.FillAsync("[name=reason]", "被申请人不同意调解"));

        await TakeAsync(registrar, "arbitration", id, "accept", async page => await page.SelectOptionAsync("[name=track]", "Ordinary"));
        await TakeAsync(registrar, "arbitration", id, "serve", async page => await page.SelectOptionAsync("[name=method]", "InPerson"));
        var head = await SignedIn("head");
        await TakeAsync(head, "arbitration", id, "form-tribunal", async page =>
        {
            await page.SelectOptionAsync("[name=presidingArbitratorId]", new SelectOptionValue { Label = "关慧玲" });
            await page.CheckAsync("label:has-text('谭伟雄') input[name=memberIds]");
            await page.CheckAsync("label:has-text('周丽华') input[name=memberIds]");
        });
        var arbitrator = await SignedIn("arbitrator");
        var hearingDay = App.Clock.Today.AddDays(14);
        await TakeAsync(arbitrator, "arbitration", id, "schedule-hearing", async page =>
        {
            await page.FillAsync("[name=hearingAt]", $"{hearingDay:yyyy-MM-dd}T09:30");
            await page.FillAsync("[name=place]", "第一仲裁庭");
        });

        App.Clock.SetToday(hearingDay);
        await TakeAsync(arbitrator, "arbitration", id, "record-hearing");
        await TakeAsync(arbitrator, "arbitration", id, "award", async page =>
        {
            await page.FillAsync("[name='claims[0].amountAwarded']", "12000");
            await page.FillAsync("[name=decision]", "被申请人于本裁决生效之日起五日内支付申请人工资12000元。");
        });
        Assert.Contains("已结案", await arbitrator.InnerTextAsync(".case-header"));
        Assert.Contains("12,000.00", await Tab(arbitrator, "arbitration", id, "parties"));

        // The award is printed in the background; its PDF is downloaded from the documents tab. Wages of
        // 12,000 are within twelve months of the minimum wage: the award is final.
        var link = arbitrator.Locator("tr:has-text('终局裁决书') a:has-text('下载 PDF')");
        for (var attempt = 0; attempt < 120 && await link.CountAsync() == 0; attempt++)
        {
            await Task.Delay(1000);
            await Tab(arbitrator, "arbitration", id, "documents");
        }
        var download = await arbitrator.RunAndWaitForDownloadAsync(() => link.First.ClickAsync());
        var file = Path.Combine(Path.GetTempPath(), $"award-{Guid.NewGuid():N}.pdf");
        await download.SaveAsAsync(file);
        var text = await PdfText(file);
        Assert.Contains("终局裁决书", text);
        Assert.Contains("12,000.00", text);
        Assert.Contains(await CaseNumber(arbitrator, "arbitration", id), text.Replace(" ", ""));
        File.Delete(file);
    }

    [Fact]
    public async Task A_town_mediator_logs_a_session_on_a_phone_and_records_an_agreement_in_two_instalments()
    {
        var mediator = await SignedIn("mediator.sanbu");
        var id = await OpenAsync(mediator, "mediation", 802, 802, async page =>
            await page.FillAsync("[name='claims[0].amount']", "15000"));
        await TakeAsync(mediator, "mediation", id, "start-mediation");

        var phone = await SignedIn("mediator.sanbu", Chromium.Phone);
        await GoToActionAsync(phone, "mediation", id, "log-session");
        Assert.True(await VisibleFields(phone) <= 5, $"the session form shows {await VisibleFields(phone)} fields at once on a phone");
        await phone.FillAsync("[name=place]", "三埠街道劳动争议调解室");
        await phone.FillAsync("[name=attendees]", "申请人、被申请人人事主管");
        await phone.FillAsync("[name=outcome]", "双方同意分两期支付");
        await Chromium.ScreenshotAsync(phone, "ui-phone-session-form");
        await SubmitAsync(phone);
        Assert.Contains("三埠街道劳动争议调解室", await Tab(phone, "mediation", id, "sessions"));

        await TakeAsync(mediator, "mediation", id, "record-agreement", async page =>
        {
            await page.FillAsync("[name=terms]", "被申请人分两期支付工资共15000元");
            await page.FillAsync("[name=amount]", "15000");
            await page.ClickAsync("details.more > summary");
            await page.FillAsync("[name='paymentSchedule[0].dueOn']", App.Clock.Today.AddDays(10).ToString("yyyy-MM-dd"));
            await page.FillAsync("[name='paymentSchedule[0].amount']", "8000");
            await page.ClickAsync("button[name=add][value=paymentSchedule]");
            await page.FillAsync("[name='paymentSchedule[1].dueOn']", App.Clock.Today.AddDays(40).ToString("yyyy-MM-dd"));
            await page.FillAsync("[name='paymentSchedule[1].amount']", "7000");
        });
        var sessions = await Tab(mediator, "mediation", id, "sessions");
        Assert.Contains("8,000.00", sessions);
        Assert.Contains("7,000.00", sessions);
        Assert.Contains("已达成协议", await mediator.InnerTextAsync(".case-header"));
    }

    [Fact]
    public async Task An_inspector_takes_a_complaint_to_a_rectification_order_and_a_verified_payment()
    {
        var inspector = await SignedIn("inspector");
        var id = await OpenAsync(inspector, "inspection", 803, 803, async page =>
        {
            await page.SelectOptionAsync("[name=source]", "Hotline12345");
            await page.FillAsync("[name=summary]", "某工地拖欠钢筋工工资");
            await page.FillAsync("[name='parties[0].arrearsAmount']", "9000");
            await page.ClickAsync("details.more > summary");
            await page.SelectOptionAsync("[name=projectId]", new SelectOptionValue { Index = 1 });
        });
        await TakeAsync(inspector, "inspection", id, "file");

        var phone = await SignedIn("inspector", Chromium.Phone);
        await GoToActionAsync(phone, "inspection", id, "log-activity");
        Assert.True(await VisibleFields(phone) <= 5);
        await phone.SelectOptionAsync("[name=kind]", "SiteVisit");
        await phone.FillAsync("[name=place]", "长沙街道某住宅项目工地");
        await phone.FillAsync("[name=inspectors]", "吴国栋、许嘉欣");
        await phone.FillAsync("[name=notes]", "核对考勤与工资发放记录");
        await SubmitAsync(phone);

        await TakeAsync(inspector, "inspection", id, "order-rectification", async page =>
        {
            await page.FillAsync("[name=deadline]", App.Clock.Today.AddDays(10).ToString("yyyy-MM-dd"));
            await page.FillAsync("[name=requirements]", "限期支付拖欠工资9000元");
        });
        Assert.Contains("已责令改正", await inspector.InnerTextAsync(".case-header"));

        await GoToActionAsync(phone, "inspection", id, "verify-payment");
        Assert.True(await VisibleFields(phone) <= 5);
        await phone.SelectOptionAsync("[name=partyId]", new SelectOptionValue { Index = 1 });
        await phone.FillAsync("[name=amount]", "9000");
        await SubmitAsync(phone);
        var payments = await Tab(inspector, "inspection", id, "inspection");
        Assert.Contains("工程项目", payments);
        Assert.Contains("9,000.00", payments);
        Assert.Contains(App.Clock.Today.ToString("yyyy-MM-dd"), payments);
    }

    [Fact]
    public async Task An_inspector_imports_a_roster_on_a_project_page_and_turns_its_arrears_into_a_case()
    {
        var inspector = await SignedIn("inspector");
        await inspector.GotoAsync("/projects");
        await inspector.ClickAsync("a:has-text('开平市翠湖花园二期住宅项目')");
        Assert.Contains("6 名工人被拖欠工资共 36,000.00 元", await inspector.InnerTextAsync("main"));
        // Six workers owed on one project: a group dispute (5人以上劳资纠纷), and the general contractor's grade with its rule.
        Assert.Contains("拖欠工资的劳动者已达5人", await inspector.InnerTextAsync("#group-dispute"));
        Assert.Matches("^[ABC]级：", await inspector.InnerTextAsync("#grade"));

        const string header = "姓名,公民身份号码,工种,班组,劳动合同,工资卡开户行,工资卡号,进场日期,退场日期";
        async Task Upload(params string[] rows)
        {
            await inspector.SetInputFilesAsync("#f-file", new FilePayload
            {
                Name = "花名册.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(string.Join("\r\n", rows.Prepend(header))),
            });
            await inspector.ClickAsync("form#form button[type=submit]");
        }
        async Task<int> OnRoster() => int.Parse(Regex.Match(await inspector.InnerTextAsync("#roster-count"), @"在册 (\d+) 人").Groups[1].Value);
        var before = await OnRoster();
        var good = $"新进场工人,{TestIds.Worker(9101)},杂工,,是,,,{App.Clock.Today:yyyy-MM-dd},";
        var wrong = TestIds.Worker(9102)[..17] + (TestIds.Worker(9102)[17] == '1' ? '2' : '1');
        await Upload(good, $"错号工人,{wrong},杂工,,是,,,{App.Clock.Today:yyyy-MM-dd},");
        var summary = await inspector.InnerTextAsync(".error-summary");
        Assert.Contains("第3行 公民身份号码", summary);
        Assert.Equal(before, await OnRoster());
        await Upload(good);
        Assert.Contains("已导入1行：新增1人", await inspector.InnerTextAsync("[role=status]"));
        Assert.Equal(before + 1, await OnRoster());

        await inspector.ClickAsync("#f-arrears");
        await inspector.WaitForURLAsync(new Regex("/cases/inspection/\\d+$"));
        Assert.Contains("欠薪36,000.00 元", (await inspector.InnerTextAsync(".case-header")).Replace("\n", "").Replace("\t", ""));
    }

    [Fact]
    public async Task An_inspector_works_the_warning_board_and_keeps_a_project_by_its_forms()
    {
        var inspector = await SignedIn("inspector");
        await inspector.GotoAsync("/warnings");
        var board = await inspector.InnerTextAsync("main");
        Assert.Contains("当月工资未按约定日期通过专用账户足额支付", board);
        Assert.Contains("红色", board);
        await Chromium.AssertAccessibleAsync(inspector, "the warning board");
        await Chromium.ScreenshotAsync(inspector, "ui-warnings");

        // A new project: a wrong credit code is refused beside its field with the input kept, then registered.
        await inspector.GotoAsync("/projects/new");
        await inspector.FillAsync("[name=name]", "开平市表单测试工程");
        await inspector.SelectOptionAsync("[name=town]", "sanbu");
        await inspector.FillAsync("[name=contractValue]", "5,000,000");
        await inspector.FillAsync("[name=startedOn]", "2026-09-01");
        await inspector.FillAsync("[name=developerName]", "开平市表单置业有限公司");
        await inspector.FillAsync("[name=generalContractorName]", "广东表单建设有限公司");
        var code = TestIds.Employer(9201);
        await inspector.FillAsync("[name=generalContractorCreditCode]", code[..17] + (code[17] == '1' ? '2' : '1'));
        await SubmitAsync(inspector);
        Assert.Contains("施工总承包单位统一社会信用代码", await inspector.InnerTextAsync(".error-summary"));
        Assert.Equal("开平市表单测试工程", await inspector.InputValueAsync("[name=name]"));
        await Chromium.AssertAccessibleAsync(inspector, "the project form");
        await inspector.FillAsync("[name=generalContractorCreditCode]", code);
        await SubmitAsync(inspector);
        Assert.Contains("工程项目已登记", await inspector.InnerTextAsync("[role=status]"));
        var warnings = await inspector.InnerTextAsync("main");
        Assert.Contains("施工现场未设置维权信息告示牌", warnings);
        Assert.Contains("应存工资保证金50,000.00元，现存0.00元", warnings);
        var projectUrl = inspector.Url.Split('?')[0];

        // A deposit lodged by its form resolves one warning; the board posted by an edit resolves the other.
        await inspector.ClickAsync("a:has-text('登记工资保证金')");
        await inspector.FillAsync("[name=contractorName]", "广东表单建设有限公司");
        await inspector.SelectOptionAsync("[name=form]", "BankGuarantee");
        await inspector.FillAsync("[name=amount]", "50000");
        await inspector.FillAsync("[name=basis]", "合同价款的1%");
        await SubmitAsync(inspector);
        Assert.Contains("工资保证金已登记", await inspector.InnerTextAsync("[role=status]"));
        await inspector.ClickAsync("a:has-text('编辑项目信息')");
        Assert.Equal("开平市表单测试工程", await inspector.InputValueAsync("[name=name]"));
        await inspector.CheckAsync("input[type=checkbox][name=informationBoardPosted]");
        await inspector.FillAsync("[name=informationBoardPostedOn]", App.Clock.Today.ToString("yyyy-MM-dd"));
        await SubmitAsync(inspector);
        Assert.Contains("项目信息已保存", await inspector.InnerTextAsync("[role=status]"));
        Assert.Contains("近一个月消除 2 条", await inspector.InnerTextAsync("main"));
        Assert.Equal(projectUrl, inspector.Url.Split('?')[0]);

        // From the board, a red warning becomes an inspection case.
        await inspector.GotoAsync("/warnings?level=Red");
        await inspector.RunAndWaitForNavigationAsync(() => inspector.ClickAsync("tr:has-text('当月工资未按约定日期') button:has-text('转为监察案件')"));
        Assert.True(new Regex("/cases/inspection/\\d+$").IsMatch(inspector.Url), await inspector.InnerTextAsync("main"));
        Assert.Contains("欠薪", await inspector.InnerTextAsync(".case-header"));
        await inspector.GotoAsync("/warnings?level=Red");
        Assert.Contains("查看监察案件", await inspector.InnerTextAsync("main"));

        // The blacklist is public: anyone reads it without signing in.
        var visitor = await Chromium.PageAsync(App, null);
        await visitor.GotoAsync("/blacklist");
        Assert.Matches(new Regex("名单中现有 \\d+ 家单位"), await visitor.InnerTextAsync("#public-count"));
        Assert.Contains("开人社失信〔", await visitor.InnerTextAsync("main"));
        await Chromium.AssertAccessibleAsync(visitor, "the public blacklist");
        await Chromium.ScreenshotAsync(visitor, "ui-blacklist");
    }

    [Fact]
    public async Task An_inspector_enters_a_months_payroll_by_its_form_and_the_unpaid_balance_becomes_arrears()
    {
        var inspector = await SignedIn("inspector");
        await inspector.GotoAsync("/projects");
        await inspector.ClickAsync("a:has-text('赤坎古镇活化利用提升工程')");
        Assert.Contains("工资支付表中没有未付的工资", await inspector.InnerTextAsync("#arrears + p"));
        // The rows are counted once the whole page has loaded, not while the browser is still reading the form.
        await inspector.RunAndWaitForNavigationAsync(() => inspector.ClickAsync("a:has-text('登记工资支付表')"));

        // One row per worker on site, the worker named in its legend; all paid in full but the first, paid 2,500 of 6,000.
        var month = new DateOnly(App.Clock.Today.Year, App.Clock.Today.Month, 1).AddMonths(-1);
        await inspector.FillAsync("[name=month]", month.ToString("yyyy-MM-dd"));
        var rows = await inspector.Locator("[name$='.due']").CountAsync();
        Assert.True(rows > 5, $"{rows} rows");
        for (var i = 0; i < rows; i++)
        {
            await inspector.FillAsync($"[name='lines[{i}].due']", "6000");
            await inspector.FillAsync($"[name='lines[{i}].paid']", i == 0 ? "2500" : "6000");
            await inspector.FillAsync($"[name='lines[{i}].paidOn']", App.Clock.Today.ToString("yyyy-MM-dd"));
            if (i > 0) await inspector.CheckAsync($"input[type=checkbox][name='lines[{i}].signed']");
        }
        // A paid amount above the amount due is refused beside its row, with every row kept.
        await inspector.FillAsync("[name='lines[1].paid']", "6500");
        await SubmitAsync(inspector);
        Assert.Contains("须在0至应发金额之间", await inspector.InnerTextAsync(".error-summary"));
        Assert.Equal("2500", await inspector.InputValueAsync("[name='lines[0].paid']"));
        Assert.Equal(rows, await inspector.Locator("[name$='.due']").CountAsync());
        await Chromium.AssertAccessibleAsync(inspector, "the payroll form with an error");
        await inspector.FillAsync("[name='lines[1].paid']", "6000");
        await SubmitAsync(inspector);
        Assert.Contains("工资支付表已登记", await inspector.InnerTextAsync("[role=status]"));
        Assert.Contains("1 名工人被拖欠工资共 3,500.00 元", await inspector.InnerTextAsync("main"));
        Assert.Contains($"{month:yyyy-MM}", await inspector.InnerTextAsync("#arrears ~ .table-wrap"));
    }

    [Fact]
    public async Task The_brigade_head_removes_a_listed_employer_early_once_six_months_have_passed_and_its_wages_are_paid()
    {
        var head = await SignedIn("brigade.head");
        var listing = await App.Query(db => db.BlacklistEntries.AsNoTracking().OrderBy(e => e.Id).FirstAsync(e => e.RemovedOn == null));
        async Task Remove()
        {
            await head.GotoAsync("/blacklist");
            await head.FillAsync($"#f-pledge-{listing.Id}", "本单位承诺今后按时足额支付农民工工资");
            await head.FillAsync($"#f-reason-{listing.Id}", "已支付全部拖欠工资");
            await head.RunAndWaitForNavigationAsync(() => head.ClickAsync($"#l-{listing.Id} button:has-text('提前移出')"));
        }
        var today = App.Clock.Today;
        try
        {
            // Too early and wages unpaid: both reasons in the summary, the pledge kept.
            await Remove();
            var summary = await head.InnerTextAsync(".error-summary");
            Assert.Contains("满6个月", summary);
            Assert.Contains("未核实支付", summary);
            Assert.Equal("已支付全部拖欠工资", await head.InputValueAsync($"#f-reason-{listing.Id}"));
            await Chromium.AssertAccessibleAsync(head, "the blacklist with a refused removal");

            // Six months on, the inspector verifies each worker's payment on the closed case.
            App.Clock.SetToday(listing.ListedOn.AddMonths(6));
            var inspector = await SignedIn("inspector");
            var arrears = await App.Query(db => db.WorkerArrears.AsNoTracking().Where(a => a.CaseId == listing.CaseId && a.AmountPaid < a.AmountOwed).ToListAsync());
            Assert.NotEmpty(arrears);
            foreach (var a in arrears)
                await TakeAsync(inspector, "inspection", listing.CaseId, "verify-payment", async page =>
                {
                    await page.SelectOptionAsync("[name=partyId]", a.PartyId.ToString());
                    await page.FillAsync("[name=amount]", (a.AmountOwed - a.AmountPaid).ToString("0.00"));
                });

            var publicBefore = await head.InnerTextAsync("#public-count");
            await Remove();
            Assert.Contains("已提前移出名单", await head.InnerTextAsync("[role=status]"));
            Assert.Contains("提前移出：已支付全部拖欠工资", await head.InnerTextAsync($"#l-{listing.Id}"));
            Assert.NotEqual(publicBefore, await head.InnerTextAsync("#public-count"));
            Assert.Equal(listing.ListedOn.AddMonths(6), (await App.Query(db => db.BlacklistEntries.SingleAsync(e => e.Id == listing.Id))).RemovedOn);
        }
        finally
        {
            App.Clock.SetToday(today);
        }
    }

    [Fact]
    public async Task A_wrong_resident_id_number_is_shown_beside_its_field_with_the_input_kept_and_then_corrected()
    {
        var registrar = await SignedIn("registrar");
        await registrar.GotoAsync("/cases/arbitration/new");
        var wrong = TestIds.Worker(804)[..17] + (TestIds.Worker(804)[17] == '1' ? "2" : "1");
        await FillApplicationAsync(registrar, wrong, TestIds.Employer(804), 804);
        await registrar.ClickAsync("details.more > summary");
        await registrar.FillAsync("[name=summary]", "拖欠工资三个月");
        await SubmitAsync(registrar);

        Assert.Contains("/cases/arbitration/new", registrar.Url);
        var summary = await registrar.InnerTextAsync(".error-summary");
        Assert.Contains("居民身份证号码", summary);
        Assert.Contains("校验码不正确", summary);
        var field = registrar.Locator(".field--error:has(#f-parties-0-idNumber)");
        Assert.Contains("校验码不正确（GB 11643）", await field.InnerTextAsync());
        Assert.Equal("true", await registrar.GetAttributeAsync("#f-parties-0-idNumber", "aria-invalid"));
        Assert.Equal(wrong, await registrar.InputValueAsync("#f-parties-0-idNumber"));
        Assert.Equal("劳动者804", await registrar.InputValueAsync("[name='parties[0].name']"));
        Assert.Equal("拖欠工资三个月", await registrar.InputValueAsync("[name=summary]"));
        await Chromium.AssertAccessibleAsync(registrar, "the intake form with an error");
        await Chromium.ScreenshotAsync(registrar, "ui-form-error");

        await registrar.FillAsync("#f-parties-0-idNumber", TestIds.Worker(804));
        await SubmitAsync(registrar);
        Assert.Matches(new Regex("/cases/arbitration/\\d+"), registrar.Url);
        Assert.Contains("劳动者804", await registrar.InnerTextAsync(".case-header"));
    }

    [Fact]
    public async Task A_town_mediator_gets_the_not_found_page_for_the_commissions_case()
    {
        var registrar = await SignedIn("registrar");
        var id = await OpenArbitrationAsync(registrar, worker: 805, employer: 805);
        var mediator = await SignedIn("mediator.sanbu");
        var response = await mediator.GotoAsync($"/cases/arbitration/{id}");
        Assert.Equal(404, response!.Status);
        Assert.Equal("找不到该页面或案件", await mediator.InnerTextAsync("h1"));
        Assert.Equal(404, (await mediator.GotoAsync($"/cases/arbitration/{id}/act/withdraw"))!.Status);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused_and_changes_nothing()
    {
        var registrar = await SignedIn("registrar");
        var id = await OpenArbitrationAsync(registrar, worker: 806, employer: 806);
        var response = await registrar.APIRequest.PostAsync($"/cases/arbitration/{id}/act/withdraw",
            new() { Form = registrar.APIRequest.CreateFormData().Set("version", "1").Set("reason", "撤回") });
        Assert.Equal(400, response.Status);
        await registrar.GotoAsync($"/cases/arbitration/{id}");
        Assert.Contains("已申请", await registrar.InnerTextAsync(".case-header"));
    }

    [Fact]
    public async Task The_home_list_case_action_and_report_pages_pass_the_accessibility_check()
    {
        var registrar = await SignedIn("registrar");
        await Chromium.AssertAccessibleAsync(registrar, "home");
        await Chromium.ScreenshotAsync(registrar, "ui-home");

        await registrar.GotoAsync("/cases/arbitration?open=true");
        Assert.True(await registrar.Locator("tbody tr").CountAsync() > 0);
        await Chromium.AssertAccessibleAsync(registrar, "the case list");

        var id = await OpenArbitrationAsync(registrar, worker: 807, employer: 807);
        await Chromium.AssertAccessibleAsync(registrar, "the case page");
        await Chromium.ScreenshotAsync(registrar, "ui-case");
        await Tab(registrar, "arbitration", id, "history");
        await Chromium.AssertAccessibleAsync(registrar, "the case history");

        await GoToActionAsync(registrar, "arbitration", id, "refer-to-pre-case-mediation");
        await Chromium.AssertAccessibleAsync(registrar, "an action form");

        var analyst = await SignedIn("analyst");
        await analyst.GotoAsync($"/reports?year={App.Clock.Today.Year}");
        Assert.Contains("劳动人事争议调解成功率", await analyst.InnerTextAsync("main"));
        await analyst.WaitForSelectorAsync("#chart-months svg");
        await analyst.WaitForSelectorAsync("#chart-organisations svg");
        Assert.Contains("年末预测", await analyst.InnerTextAsync("main"));
        await Chromium.AssertAccessibleAsync(analyst, "the reports page");
        await Chromium.ScreenshotAsync(analyst, "ui-reports");

        var inspector = await SignedIn("inspector");
        await inspector.GotoAsync("/projects");
        await Chromium.AssertAccessibleAsync(inspector, "the project list");
        await inspector.ClickAsync("a:has-text('开平市人民医院新住院大楼工程')");
        await Chromium.AssertAccessibleAsync(inspector, "a project page");
        await Chromium.ScreenshotAsync(inspector, "ui-project");
    }

    [Fact]
    public async Task A_form_submitted_after_someone_else_changed_the_case_says_so_shows_the_change_and_keeps_the_input()
    {
        var registrar = await SignedIn("registrar");
        var id = await OpenArbitrationAsync(registrar, worker: 809, employer: 809);
        await GoToActionAsync(registrar, "arbitration", id, "withdraw");
        await registrar.ClickAsync("details.more > summary");
        await registrar.FillAsync("[name=reason]", "申请人撤回");

        var colleague = await SignedIn("registrar");
        await TakeAsync(colleague, "arbitration", id, "submit-for-review");

        await SubmitAsync(registrar);
        Assert.EndsWith("/act/withdraw", registrar.Url);
        Assert.Contains("其他人已修改了本案", await registrar.InnerTextAsync(".error-summary"));
        Assert.Contains("提交受理审查", await registrar.InnerTextAsync(".notice--warn"));
        Assert.Equal("申请人撤回", await registrar.InputValueAsync("[name=reason]"));
        Assert.Contains("已申请 → 受理审查", await registrar.InnerTextAsync(".notice--warn"));
    }

    [Fact]
    public async Task An_administrator_keeps_the_calendar_clocks_templates_and_plan_targets_and_nobody_else_may()
    {
        var registrar = await SignedIn("registrar");
        Assert.Equal(403, (await registrar.GotoAsync("/admin/clocks"))!.Status);
        Assert.Equal("无权访问", await registrar.InnerTextAsync("h1"));

        var admin = await SignedIn("admin");
        await admin.GotoAsync("/admin/clocks");
        var setAside = admin.Locator("form:has(input[name=code][value=set-aside])");
        await setAside.Locator("[name=days]").FillAsync("三十一");
        await admin.RunAndWaitForNavigationAsync(() => setAside.Locator("button[type=submit]").ClickAsync());
        Assert.Contains("天数须为整数", await admin.InnerTextAsync(".error-summary"));
        await Chromium.AssertAccessibleAsync(admin, "the statutory clocks page");
        await admin.Locator("form:has(input[name=code][value=set-aside]) [name=days]").FillAsync("31");
        await admin.RunAndWaitForNavigationAsync(() => admin.Locator("form:has(input[name=code][value=set-aside]) button[type=submit]").ClickAsync());
        Assert.Contains("已保存", await admin.InnerTextAsync("[role=status]"));
        Assert.Equal(31, (await App.Query(db => db.ClockDefinitions.SingleAsync(d => d.Code == "set-aside"))).Days);
        await admin.Locator("form:has(input[name=code][value=set-aside]) [name=days]").FillAsync("30");
        await admin.RunAndWaitForNavigationAsync(() => admin.Locator("form:has(input[name=code][value=set-aside]) button[type=submit]").ClickAsync());

        await admin.GotoAsync("/admin/calendar?year=2027");
        Assert.Contains("尚未载入日历", await admin.InnerTextAsync("main"));
        await admin.FillAsync("#f-Csv", "2027-01-01,holiday,元旦\n2027-13-40,holiday,错误");
        await admin.RunAndWaitForNavigationAsync(() => admin.ClickAsync("main form[method=post] button[type=submit]"));
        Assert.True(await admin.Locator(".error-summary").CountAsync() == 1, "a malformed calendar is refused");
        await admin.FillAsync("#f-Csv", "2027-01-01,holiday,元旦");
        await admin.RunAndWaitForNavigationAsync(() => admin.ClickAsync("main form[method=post] button[type=submit]"));
        Assert.Contains("已载入 2027 年日历", await admin.InnerTextAsync("[role=status]"));
        Assert.Contains("元旦", await admin.InnerTextAsync("table"));

        await admin.GotoAsync("/admin/templates");
        var preview = await admin.Context.NewPageAsync();
        await preview.GotoAsync("/admin/templates?handler=preview&name=arbitration-award");
        Assert.Contains("仲裁裁决书", await preview.InnerTextAsync("body"));
        await admin.SelectOptionAsync("#f-Name", "cover-sheet");
        await admin.FillAsync("#f-Source", "<html><body>{% for p in Applicants %}{{ p.Name }</body></html>");
        await admin.RunAndWaitForNavigationAsync(() => admin.ClickAsync("main form[method=post] button[type=submit]"));
        Assert.Contains("Liquid", await admin.InnerTextAsync(".error-summary"));

        await admin.GotoAsync("/admin/plans");
        Assert.Contains("劳动人事争议调解成功率", await admin.InnerTextAsync("main"));
        await admin.FillAsync("#f-Json", "{ not json");
        await admin.RunAndWaitForNavigationAsync(() => admin.ClickAsync("main form[method=post] button[type=submit]"));
        Assert.Contains("不是有效的规划文件", await admin.InnerTextAsync(".error-summary"));
    }

    [Fact]
    public async Task An_administrator_adds_a_user_who_chooses_their_own_password_and_is_signed_out_at_once_when_disabled()
    {
        var admin = await SignedIn("admin");
        await admin.GotoAsync("/admin/users");
        Assert.Contains("mediator.sanbu", await admin.InnerTextAsync("main"));
        await Chromium.AssertAccessibleAsync(admin, "the user list");
        await admin.ClickAsync("a:has-text('新增用户')");
        var newUserPage = admin.Url;
        // A control character pasted into a form is refused as the API refuses it, naming the field and the rule; nothing is stored.
        await admin.FillAsync("[name=UserName]", "he.ping");
        await admin.FillAsync("[name=DisplayName]", "何平\u001b[31m");
        await admin.FillAsync("[name=Password]", "初始密码请尽快修改2026");
        var refused = await admin.RunAndWaitForNavigationAsync(() => admin.ClickAsync("#form .actions button[type=submit]"));
        Assert.Equal(400, refused!.Status);
        var why = await admin.InnerTextAsync("main");
        Assert.Contains("DisplayName", why);
        Assert.Contains("U+001B", why);
        await admin.GotoAsync("/admin/users");
        Assert.DoesNotContain("he.ping", await admin.InnerTextAsync("main"));
        await admin.GotoAsync(newUserPage);
        await admin.FillAsync("[name=UserName]", "he.ping");
        await admin.FillAsync("[name=DisplayName]", "何平");
        await admin.SelectOptionAsync("[name=Role]", "Mediator");
        await admin.SelectOptionAsync("[name=OrganisationId]", new SelectOptionValue { Label = "开平市三埠街道劳动争议调解委员会" });
        await admin.FillAsync("[name=Password]", "too short");
        await SubmitAsync(admin);
        Assert.Contains("至少12个字符", await admin.InnerTextAsync(".error-summary"));
        Assert.Equal("何平", await admin.InputValueAsync("[name=DisplayName]"));
        await Chromium.AssertAccessibleAsync(admin, "the new-user form with an error");
        await admin.FillAsync("[name=Password]", "初始密码请尽快修改2026");
        await SubmitAsync(admin);
        Assert.Contains("用户已创建", await admin.InnerTextAsync("[role=status]"));
        var userPage = admin.Url.Split('?')[0];

        // The first sign-in leads to the password page, and nothing else opens until the password is the user's own.
        var user = await Chromium.PageAsync(App, null);
        await Chromium.SignInAsync(user, "he.ping", "初始密码请尽快修改2026");
        Assert.EndsWith("/account/password", user.Url);
        await user.GotoAsync("/cases/mediation");
        Assert.EndsWith("/account/password", user.Url);
        await user.FillAsync("[name=CurrentPassword]", "初始密码请尽快修改2026");
        await user.FillAsync("[name=NewPassword]", "三埠调解 只有我知道的一句话");
        await user.FillAsync("[name=Confirmation]", "三埠调解 只有我知道的另一句");
        await SubmitAsync(user);
        Assert.Contains("两次输入的新密码不一致", await user.InnerTextAsync(".error-summary"));
        await user.FillAsync("[name=CurrentPassword]", "初始密码请尽快修改2026");
        await user.FillAsync("[name=NewPassword]", "三埠调解 只有我知道的一句话");
        await user.FillAsync("[name=Confirmation]", "三埠调解 只有我知道的一句话");
        await SubmitAsync(user);
        Assert.Contains("密码已修改", await user.InnerTextAsync("[role=status]"));
        await user.GotoAsync("/cases/mediation");
        Assert.EndsWith("/cases/mediation", user.Url);

        // Disabled by the administrator: the user's open browser is signed out at its next request.
        await admin.GotoAsync(userPage);
        await admin.FillAsync("[name=Reason]", "调往江门市劳动人事争议仲裁院");
        await admin.RunAndWaitForNavigationAsync(() => admin.ClickAsync("button:has-text('停用该用户')"));
        Assert.Contains("已停用", await admin.InnerTextAsync("[role=status]"));
        var trail = await admin.InnerTextAsync("#user-events");
        Assert.Contains("调往江门市劳动人事争议仲裁院", trail);
        Assert.Contains("本人修改密码", trail);
        await Chromium.AssertAccessibleAsync(admin, "a user's page");
        await user.GotoAsync("/cases/mediation");
        Assert.Contains("/signin", user.Url);
        Assert.Contains("登录已失效", await user.InnerTextAsync("main"));
    }

    [Fact]
    public async Task The_charts_and_the_api_reference_work_under_the_content_security_policy_and_no_response_names_the_server()
    {
        var analyst = await SignedIn("analyst");
        await analyst.GotoAsync($"/reports?year={App.Clock.Today.Year}");
        // ECharts draws as SVG: a drawn chart has its lines and bars as paths.
        foreach (var chart in new[] { "#chart-months", "#chart-organisations" })
        {
            await analyst.WaitForSelectorAsync($"{chart} svg path", new() { State = WaitForSelectorState.Attached });
            Assert.True(await analyst.Locator($"{chart} svg path").CountAsync() > 5, $"{chart} is not drawn");
        }
        Chromium.AssertNoCspViolations(analyst);

        var visitor = await Chromium.PageAsync(App);
        await visitor.GotoAsync("/api-docs/index.html");
        await visitor.WaitForSelectorAsync(".opblock-tag:has-text('auth')");
        Chromium.AssertNoCspViolations(visitor);

        foreach (var path in new[] { "/signin", "/api/public/blacklist", "/css/caseflow.css", "/no-such-page" })
        {
            var response = await visitor.APIRequest.GetAsync(path);
            Assert.False(response.Headers.ContainsKey("server"), $"{path} names its server: {response.Headers.GetValueOrDefault("server")}");
            Assert.Contains("frame-ancestors 'none'", response.Headers["content-security-policy"]);
            Assert.Equal("nosniff", response.Headers["x-content-type-options"]);
        }
    }

    [Fact]
    public async Task A_double_click_on_an_intake_form_makes_one_case()
    {
        var registrar = await SignedIn("registrar");
        await registrar.GotoAsync("/cases/arbitration/new");
        await FillApplicationAsync(registrar, TestIds.Worker(808), TestIds.Employer(808), 808);
        var form = await registrar.EvaluateAsync<string>("() => new URLSearchParams(new FormData(document.getElementById('form'))).toString()");
        var first = await registrar.APIRequest.PostAsync("/cases/arbitration/new", new() { Data = form, Headers = new Dictionary<string, string> { ["Content-Type"] = "application/x-www-form-urlencoded" }, MaxRedirects = 0 });
        var second = await registrar.APIRequest.PostAsync("/cases/arbitration/new", new() { Data = form, Headers = new Dictionary<string, string> { ["Content-Type"] = "application/x-www-form-urlencoded" }, MaxRedirects = 0 });
        Assert.Equal(302, first.Status);
        Assert.Equal(first.Headers["location"], second.Headers["location"]);
        Assert.Equal(1, await App.Query(db => db.Parties.CountAsync(p => p.IdNumber == TestIds.Worker(808))));
    }

    async Task<IPage> SignedIn(string userName, ViewportSize? viewport = null)
    {
        var page = await Chromium.PageAsync(App, viewport);
        await Chromium.SignInAsync(page, userName);
        return page;
    }

    async Task<long> OpenArbitrationAsync(IPage page, int worker, int employer) => await OpenAsync(page, "arbitration", worker, employer);

    /// <summary>Fills the intake form of a kind with a worker and an employer and one wage claim, and submits it.</summary>
    async Task<long> OpenAsync(IPage page, string kind, int worker, int employer, Func<IPage, Task>? more = null)
    {
        await page.GotoAsync($"/cases/{kind}/new");
        await FillApplicationAsync(page, TestIds.Worker(worker), TestIds.Employer(employer), worker);
        if (more is not null) await more(page);
        await SubmitAsync(page);
        var match = Regex.Match(page.Url, $"/cases/{kind}/(\\d+)");
        Assert.True(match.Success, $"the intake did not open a case: {page.Url}\n{await page.InnerTextAsync("main")}");
        return long.Parse(match.Groups[1].Value);
    }

    static async Task FillApplicationAsync(IPage page, string idNumber, string creditCode, int n)
    {
        await page.FillAsync("[name='parties[0].name']", $"劳动者{n}");
        await page.FillAsync("[name='parties[0].idNumber']", idNumber);
        await page.FillAsync("[name='parties[1].name']", $"开平市测试建筑工程有限公司{n}");
        await page.FillAsync("[name='parties[1].creditCode']", creditCode);
        // Claims are required of applications, optional (under 更多) for complaints.
        if (await page.Locator("[name='claims[0].type']:visible").CountAsync() == 0) return;
        await page.SelectOptionAsync("[name='claims[0].type']", "UnpaidWages");
        await page.FillAsync("[name='claims[0].amount']", "12000");
    }

    /// <summary>Chooses the action under 下一步 on the case page and opens its form.</summary>
    static async Task GoToActionAsync(IPage page, string kind, long id, string action)
    {
        await page.GotoAsync($"/cases/{kind}/{id}");
        await page.SelectOptionAsync("#next-action", action);
        await page.RunAndWaitForNavigationAsync(() => page.ClickAsync(".next-steps button[type=submit]"));
        Assert.EndsWith($"/act/{action}", page.Url);
    }

    /// <summary>Takes an action through its form and checks the case page confirms it.</summary>
    static async Task TakeAsync(IPage page, string kind, long id, string action, Func<IPage, Task>? fill = null)
    {
        await GoToActionAsync(page, kind, id, action);
        if (fill is not null) await fill(page);
        await SubmitAsync(page);
        Assert.True(page.Url.Contains("done="), $"'{action}' was not taken: {await page.InnerTextAsync("main")}");
    }

    static async Task SubmitAsync(IPage page) =>
        await page.RunAndWaitForNavigationAsync(() => page.ClickAsync("#form .actions button[type=submit]"));

    static async Task<string> Tab(IPage page, string kind, long id, string tab)
    {
        await page.GotoAsync($"/cases/{kind}/{id}?tab={tab}");
        return await page.InnerTextAsync("main");
    }

    static async Task<string> CaseNumber(IPage page, string kind, long id)
    {
        await page.GotoAsync($"/cases/{kind}/{id}");
        return (await page.InnerTextAsync("#case-title")).Trim();
    }

    /// <summary>The inputs a user sees without opening 更多: what a phone shows at once.</summary>
    static Task<int> VisibleFields(IPage page) =>
        page.Locator("#form input:visible:not([type=hidden]), #form select:visible, #form textarea:visible").CountAsync();

    static async Task<string> PdfText(string file)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("pdftotext", ["-layout", file, "-"]) { RedirectStandardOutput = true })!;
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return text;
    }
}

public sealed class WebUiTestsOnSqlite(SqliteBrowserApp app) : WebUiTests<SqliteBrowserApp>(app);

[Trait("Database", "MariaDb")]
public sealed class WebUiTestsOnMariaDb(MariaDbBrowserApp app) : WebUiTests<MariaDbBrowserApp>(app);
