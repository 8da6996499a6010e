using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseFlow.Tests.Support;

namespace CaseFlow.Tests.Features.Inspection;

/// <summary>
/// Penalties by the procedure of 行政处罚法 (filing, notice, defence and hearing, legal review, decision with its
/// own number, service), orders about no money closed as rectified, the blacklist of 人社部令第45号 (threshold
/// or incident, prior notice and its period, three-year term, early removal) and the compliance grades.
/// </summary>
public abstract class EnforcementTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseFlowApp
{
    /// <summary>A complaint filed and ordered to pay by 9 November 2026, found not rectified on 10 November.</summary>
    async Task<(HttpClient Inspector, HttpClient Head, string Url, JsonElement Case)> NotRectified(int n, params object[] workers)
    {
        app.Clock.SetToday(new DateOnly(2026, 11, 2));
        var inspector = await app.As("inspector");
        var head = await app.As("brigade.head");
        var employer = new { role = "Respondent", kind = "Employer", name = $"开平市处罚测试劳务有限公司{n}", creditCode = TestIds.Employer(700 + n) };
        var created = await (await (await app.As("brigade.registrar")).PostAsJsonAsync("/api/inspection-cases", new
        {
            receivedOn = "2026-11-02", source = "Hotline12345", summary = "拖欠工人工资", parties = workers.Append(employer).ToArray(),
        }, CaseFlowApp.Json)).Read(HttpStatusCode.Created);
        var url = $"/api/inspection-cases/{created.GetProperty("id").GetInt64()}";
        var @case = await inspector.Act(url, "file", new { version = created.Version() });
        @case = await inspector.Act(url, "log-activity", new { version = @case.Version(), kind = "SiteVisit", at = "2026-11-02T10:00:00", place = "工地", inspectors = "吴国栋、李明", notes = "检查工资台账" });
        @case = await inspector.Act(url, "order-rectification", new { version = @case.Version(), deadline = "2026-11-09", requirements = "限期支付拖欠工资并提供工资清单" });
        app.Clock.SetToday(new DateOnly(2026, 11, 10));
        @case = await inspector.Act(url, "record-not-rectified", new { version = @case.Version() });
        return (inspector, head, url, @case);
    }

    static object Worker(int n, decimal owed, string from = "2026-08-01", string to = "2026-10-31", string role = "Applicant") =>
        new { role, kind = "Worker", name = $"工人{n}", idNumber = TestIds.Worker(n), arrearsAmount = owed, arrearsFrom = from, arrearsTo = to };

    static string Error(JsonElement problem, string field) => problem.GetProperty("errors").GetProperty(field)[0].GetString()!;

    [Fact]
    public async Task No_penalty_is_decided_before_the_filing_the_notice_the_defence_and_hearing_periods_and_the_legal_review()
    {
        var (inspector, head, url, @case) = await NotRectified(1, Worker(7101, 6000m));

        await inspector.Act(url, "notify-penalty", new { version = @case.Version(), violations = new[] { "wage-account" }, amount = 60000m, facts = "未开设专用账户" }, HttpStatusCode.Conflict);
        @case = await head.Act(url, "approve-penalty-filing", new { version = @case.Version() });

        // Unpaid wages are ordered paid, not fined (劳动保障监察条例 art. 26); a fine stays within the article's range.
        var wages = await inspector.Act(url, "notify-penalty", new { version = @case.Version(), violations = new[] { "wages" }, amount = 20000m, facts = "拖欠工资" }, HttpStatusCode.BadRequest);
        Assert.Contains("不是罚款", Error(wages, "violations"));
        var tooMuch = await inspector.Act(url, "notify-penalty", new { version = @case.Version(), violations = new[] { "wage-account" }, amount = 120000m, facts = "未开设专用账户" }, HttpStatusCode.BadRequest);
        Assert.Contains("50,000元至100,000元", Error(tooMuch, "amount"));
        @case = await inspector.Act(url, "notify-penalty", new { version = @case.Version(), violations = new[] { "wage-account" }, amount = 60000m, facts = "未按规定开设农民工工资专用账户" });
        var inspection = @case.GetProperty("inspection");
        Assert.True(inspection.GetProperty("hearingRight").GetBoolean());
        Assert.Equal(("2026-11-13", "2026-11-15"), (inspection.GetProperty("defenceEndsOn").GetString(), inspection.GetProperty("hearingRequestEndsOn").GetString()));
        Assert.Contains("第五十五条第（一）项", inspection.GetProperty("penaltyBasis").GetString());
        Assert.DoesNotContain("劳动保障监察条例》第二十六条", inspection.GetProperty("penaltyBasis").GetString());

        // Neither review nor decision while the periods run.
        await head.Act(url, "review-penalty", new { version = @case.Version(), reviewer = "法制审核员", opinion = "同意", approved = true }, HttpStatusCode.Conflict);
        await head.Act(url, "penalise", new { version = @case.Version(), amount = 60000m, description = "罚款" }, HttpStatusCode.Conflict);
        app.Clock.SetToday(new DateOnly(2026, 11, 12));
        @case = await inspector.Act(url, "record-defence", new { version = @case.Version(), on = "2026-11-11", statement = "称专用账户正在开设" });
        @case = await inspector.Act(url, "request-hearing", new { version = @case.Version(), requestedOn = "2026-11-12" });
        app.Clock.SetToday(new DateOnly(2026, 11, 16));
        await head.Act(url, "review-penalty", new { version = @case.Version(), reviewer = "法制审核员", opinion = "同意", approved = true }, HttpStatusCode.Conflict);
        @case = await head.Act(url, "hold-hearing", new { version = @case.Version(), heldOn = "2026-11-16", record = "当事人对违法事实无异议，请求从轻" });

        // A review that does not approve leaves no way to a decision until it is done again.
        @case = await head.Act(url, "review-penalty", new { version = @case.Version(), reviewer = "法制审核员", opinion = "证据不足，补充账户开设情况", approved = false });
        await head.Act(url, "penalise", new { version = @case.Version(), amount = 60000m, description = "罚款" }, HttpStatusCode.Conflict);
        @case = await head.Act(url, "review-penalty", new { version = @case.Version(), reviewer = "法制审核员", opinion = "已补充，同意", approved = true });

        // No heavier penalty than notified; below the range only with the reason of 减轻处罚.
        var heavier = await head.Act(url, "penalise", new { version = @case.Version(), amount = 70000m, description = "罚款" }, HttpStatusCode.BadRequest);
        Assert.Contains("不得因当事人陈述、申辩而给予更重的处罚", Error(heavier, "amount"));
        var lower = await head.Act(url, "penalise", new { version = @case.Version(), amount = 30000m, description = "罚款" }, HttpStatusCode.BadRequest);
        Assert.Contains("减轻处罚", Error(lower, "reason"));
        await inspector.Act(url, "close", new { version = @case.Version() }, HttpStatusCode.Conflict);
        // More than 90 days after filing (10 November), a decision needs the reason the period was exceeded.
        app.Clock.SetToday(new DateOnly(2027, 2, 9));
        var late = await head.Act(url, "penalise", new { version = @case.Version(), amount = 60000m, description = "罚款" }, HttpStatusCode.BadRequest);
        Assert.Contains("超过90日", Error(late, "reason"));
        app.Clock.SetToday(new DateOnly(2026, 11, 16));
        @case = await head.Act(url, "penalise", new { version = @case.Version(), amount = 60000m, description = "经责令限期改正逾期未开设农民工工资专用账户" });
        inspection = @case.GetProperty("inspection");
        Assert.Matches("^开人社监罚〔2026〕\\d+号$", inspection.GetProperty("penaltyDecisionNumber").GetString());
        Assert.Contains("15日内缴纳", inspection.GetProperty("penaltyTerms").GetString());
        Assert.Contains("60日内依法申请行政复议", inspection.GetProperty("penaltyTerms").GetString());

        // Not closed until served; then the blacklist decision, then closure.
        await inspector.Act(url, "close", new { version = @case.Version() }, HttpStatusCode.Conflict);
        @case = await inspector.Act(url, "record-penalty-service", new { version = @case.Version(), servedOn = "2026-11-16", method = "InPerson" });
        @case = await head.Act(url, "decide-blacklist", new { version = @case.Version(), decision = "NotListed", reason = "拖欠数额未达列入标准" });
        @case = await inspector.Act(url, "close", new { version = @case.Version() });
        Assert.Equal("AdministrativePenalty", @case.GetProperty("closureType").GetString());

        var documents = await (await inspector.GetAsync($"{url}/documents")).Read(HttpStatusCode.OK);
        Assert.Contains(documents.EnumerateArray(), d => d.GetProperty("template").GetString() == "penalty-notice");
        Assert.Contains(documents.EnumerateArray(), d => d.GetProperty("template").GetString() == "penalty-decision");
    }

    [Fact]
    public async Task An_order_about_no_money_closes_as_rectified_on_reinspection()
    {
        app.Clock.SetToday(new DateOnly(2026, 11, 2));
        var inspector = await app.As("inspector");
        var created = await (await inspector.PostAsJsonAsync("/api/inspection-cases", new
        {
            receivedOn = "2026-11-02", source = "Patrol", summary = "巡查发现未设置维权信息告示牌",
            parties = new[] { new { role = "Respondent", kind = "Employer", name = "广东告示牌建设有限公司", creditCode = TestIds.Employer(790) } },
        }, CaseFlowApp.Json)).Read(HttpStatusCode.Created);
        var url = $"/api/inspection-cases/{created.GetProperty("id").GetInt64()}";
        var @case = await inspector.Act(url, "file", new { version = created.Version() });
        @case = await inspector.Act(url, "log-activity", new { version = @case.Version(), kind = "SiteVisit", at = "2026-11-02T10:00:00", place = "工地", inspectors = "吴国栋、李明", notes = "未设告示牌" });
        await inspector.Act(url, "order-rectification", new { version = @case.Version(), deadline = "2026-11-09", requirements = "设置告示牌", violations = new[] { "no-such" } }, HttpStatusCode.BadRequest);
        @case = await inspector.Act(url, "order-rectification", new { version = @case.Version(), deadline = "2026-11-09", requirements = "设置维权信息告示牌", violations = new[] { "board" } });
        Assert.Equal("board", @case.GetProperty("inspection").GetProperty("orderedViolations").GetString());
        @case = await inspector.Act(url, "confirm-rectified", new { version = @case.Version() });
        Assert.Equal("Rectified", @case.GetProperty("closureType").GetString());

        // Found in breach once and rectified in time: grade B, with the rule that gives it.
        var grade = await (await (await app.As("brigade.head")).GetAsync($"/api/employers/{TestIds.Employer(790)}/grade")).Read(HttpStatusCode.OK);
        Assert.Equal("B", grade.GetProperty("grade").GetString());
        Assert.Contains(grade.GetProperty("reasons").EnumerateArray(), r => r.GetString() == "评价期内因劳动保障违法行为被查处1次");
        Assert.Equal("评价期内因劳动保障违法行为被查处，但不属于C级情形", grade.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Arrears_of_sixty_thousand_to_ten_workers_reach_the_threshold_and_nine_workers_do_not()
    {
        // Nine workers owed ¥6,700 each for October: ¥60,300 in all, but fewer than ten workers and none owed ¥10,000.
        // Nine workers are a group dispute of the plan's count (5人以上), which is not by itself the mass incident of
        // order No. 45 (seeds: groupDisputeIsIncident false); without an incident described they are not listed.
        var nine = Enumerable.Range(7400, 9).Select(n => Worker(n, 6700m, from: "2026-10-01")).ToArray();
        var (_, head, url, @case) = await NotRectified(4, nine);
        var refused = await head.Act(url, "notify-blacklist", new { version = @case.Version() }, HttpStatusCode.BadRequest);
        Assert.Contains("不符合列入条件", Error(refused, "extremeIncident"));
        Assert.Contains("未付工资9人共60,300.00元", Error(refused, "extremeIncident"));

        // Ten workers owed ¥6,000 each: ¥60,000 to ten workers reaches the threshold (粤高法发〔2015〕4号).
        var ten = Enumerable.Range(7500, 10).Select(n => Worker(n, 6000m, from: "2026-10-01")).ToArray();
        (_, head, url, @case) = await NotRectified(5, ten);
        @case = await head.Act(url, "notify-blacklist", new { version = @case.Version() });
        var grounds = @case.GetProperty("inspection").GetProperty("blacklistGrounds").GetString()!;
        Assert.Contains("拖欠10名劳动者工资累计60,000.00元（", grounds);
        Assert.DoesNotContain("一名劳动者", grounds);
        app.Clock.SetToday(new DateOnly(2026, 11, 2));
    }

    [Fact]
    public async Task The_blacklist_needs_the_threshold_or_an_incident_a_prior_notice_and_its_period_and_lasts_three_years_unless_removed_early_after_payment()
    {
        // Two workers owed 8,000 and 5,000: below ¥10,000 to one worker and below ten workers — no listing without an incident.
        var (inspector, head, url, @case) = await NotRectified(2, Worker(7201, 8000m), Worker(7202, 5000m, role: "AffectedWorker"));
        var below = await head.Act(url, "notify-blacklist", new { version = @case.Version() }, HttpStatusCode.BadRequest);
        Assert.Contains("不符合列入条件", Error(below, "extremeIncident"));
        Assert.Contains("未付工资2人共13,000.00元", Error(below, "extremeIncident"));
        @case = await head.Act(url, "notify-blacklist", new { version = @case.Version(), extremeIncident = true, incidentDescription = "工人聚集堵路讨薪" });
        var inspection = @case.GetProperty("inspection");
        Assert.Contains("极端事件", inspection.GetProperty("blacklistGrounds").GetString());
        // Five working days from Tuesday 10 November: Tuesday 17 November.
        Assert.Equal("2026-11-17", inspection.GetProperty("blacklistDefenceEndsOn").GetString());

        // A listing before the period ends is refused; so is any before the enforcement is recorded.
        await head.Act(url, "decide-blacklist", new { version = @case.Version(), decision = "Listed", reason = "拒不支付" }, HttpStatusCode.Conflict);
        @case = await head.Act(url, "transfer-to-police", new { version = @case.Version(), reference = "开公刑移〔2026〕21号" });
        var early = await head.Act(url, "decide-blacklist", new { version = @case.Version(), decision = "Listed", reason = "拒不支付" }, HttpStatusCode.BadRequest);
        Assert.Contains("期满后方可决定列入", Error(early, "decision"));
        app.Clock.SetToday(new DateOnly(2026, 11, 18));
        @case = await head.Act(url, "decide-blacklist", new { version = @case.Version(), decision = "Listed", reason = "陈述申辩期满未提出" });
        Assert.Matches("^开人社失信〔2026〕\\d+号$", @case.GetProperty("inspection").GetProperty("blacklistDecisionNumber").GetString());

        // On the public list for anyone, for three years.
        var anonymous = app.CreateClient();
        var listed = Assert.Single((await (await anonymous.GetAsync("/api/public/blacklist")).Read(HttpStatusCode.OK)).EnumerateArray(),
            e => e.GetProperty("creditCode").GetString() == TestIds.Employer(702));
        Assert.Equal(("2026-11-18", "2029-11-18"), (listed.GetProperty("listedOn").GetString(), listed.GetProperty("expiresOn").GetString()));
        var id = listed.GetProperty("id").GetInt64();
        app.Clock.SetToday(new DateOnly(2029, 11, 18));
        Assert.DoesNotContain((await (await anonymous.GetAsync("/api/public/blacklist")).Read(HttpStatusCode.OK)).EnumerateArray(), e => e.GetProperty("id").GetInt64() == id);

        // Early removal: not before six months, not while wages are unpaid, then with a pledge.
        app.Clock.SetToday(new DateOnly(2027, 3, 1));
        var removal = new { pledge = "本单位承诺今后按时足额支付农民工工资", reason = "已支付全部拖欠工资" };
        Assert.Contains("满6个月", Error(await (await head.PostAsJsonAsync($"/api/blacklist/{id}/remove", removal, CaseFlowApp.Json)).Read(HttpStatusCode.BadRequest), "id"));
        app.Clock.SetToday(new DateOnly(2027, 5, 18));
        Assert.Contains("未核实支付", Error(await (await head.PostAsJsonAsync($"/api/blacklist/{id}/remove", removal, CaseFlowApp.Json)).Read(HttpStatusCode.BadRequest), "id"));
        // The case is closed; the wages paid later are still verified on it, worker by worker.
        @case = await inspector.Act(url, "close", new { version = @case.Version() });
        Assert.Equal("Closed", @case.GetProperty("state").GetString());
        foreach (var a in @case.GetProperty("inspection").GetProperty("arrears").EnumerateArray())
            @case = await inspector.Act(url, "verify-payment", new { version = @case.Version(), partyId = a.GetProperty("partyId").GetInt64(), amount = a.GetProperty("amountOwed").GetDecimal(), paidOn = "2027-05-10" });
        await inspector.Act(url, "verify-payment", new { version = @case.Version(), partyId = @case.GetProperty("inspection").GetProperty("arrears")[0].GetProperty("partyId").GetInt64(), amount = 1m, paidOn = "2027-05-10" }, HttpStatusCode.Conflict);
        await (await inspector.PostAsJsonAsync($"/api/blacklist/{id}/remove", removal, CaseFlowApp.Json)).Read(HttpStatusCode.Forbidden);
        var removed = await (await head.PostAsJsonAsync($"/api/blacklist/{id}/remove", removal, CaseFlowApp.Json)).Read(HttpStatusCode.OK);
        Assert.Equal("2027-05-18", removed.GetProperty("removedOn").GetString());
        Assert.DoesNotContain((await (await anonymous.GetAsync("/api/public/blacklist")).Read(HttpStatusCode.OK)).EnumerateArray(), e => e.GetProperty("id").GetInt64() == id);
        app.Clock.SetToday(new DateOnly(2026, 11, 2));
    }

    [Fact]
    public async Task Arrears_at_the_threshold_of_the_crime_allow_a_listing_without_an_incident_and_the_grades_follow_the_record()
    {
        // ¥12,000 to one worker over August–October: three months and more than ¥10,000 (粤高法发〔2015〕4号).
        var (_, head, url, @case) = await NotRectified(3, Worker(7301, 12000m));
        @case = await head.Act(url, "notify-blacklist", new { version = @case.Version() });
        Assert.Contains("拖欠一名劳动者3个月以上工资10,000元以上", @case.GetProperty("inspection").GetProperty("blacklistGrounds").GetString());

        // The employer that ignored the order is graded C; one never found in breach is A.
        var c = await (await head.GetAsync($"/api/employers/{TestIds.Employer(703)}/grade")).Read(HttpStatusCode.OK);
        Assert.Equal("C", c.GetProperty("grade").GetString());
        Assert.Contains(c.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.Contains("拒不履行"));
        Assert.Contains("人社部规〔2016〕1号", c.GetProperty("source").GetString());
        var a = await (await head.GetAsync($"/api/employers/{TestIds.Employer(799)}/grade")).Read(HttpStatusCode.OK);
        Assert.Equal("A", a.GetProperty("grade").GetString());
        await (await (await app.As("mediator.sanbu")).GetAsync($"/api/employers/{TestIds.Employer(703)}/grade")).Read(HttpStatusCode.Forbidden);
        app.Clock.SetToday(new DateOnly(2026, 11, 2));
    }
}

public sealed class EnforcementTestsOnSqlite(SqliteApp app) : EnforcementTests<SqliteApp>(app);

[Trait("Database", "MariaDb")]
public sealed class EnforcementTestsOnMariaDb(MariaDbApp app) : EnforcementTests<MariaDbApp>(app);
