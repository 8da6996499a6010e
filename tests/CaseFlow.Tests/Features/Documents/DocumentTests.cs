using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CaseFlow.Features.Documents;
using CaseFlow.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Tests.Features.Documents;

/// <summary>CaseFlow printing its documents with Debian's Chromium; the PDFs are read back with pdftotext.</summary>
public abstract class DocumentTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseFlowApp
{
    async Task<int> UserId(string userName) =>
        (await (await (await app.As(userName)).GetAsync("/api/auth/me")).Read(HttpStatusCode.OK)).GetProperty("id").GetInt32();

    /// <summary>Waits for every document of the case to be produced; the renderer works in the background.</summary>
    async Task<JsonElement> Issued(HttpClient client, string url, int count)
    {
        for (var attempt = 0; ; attempt++)
        {
            var documents = await (await client.GetAsync($"{url}/documents")).Read(HttpStatusCode.OK);
            if (documents.GetArrayLength() >= count && documents.EnumerateArray().All(d => d.GetProperty("status").GetString() == "Issued")) return documents;
            // Printing takes about a second a document here, several on a machine busy with other tests.
            if (attempt == 720) Assert.Fail($"documents still pending after three minutes: {documents}");
            await Task.Delay(250);
        }
    }

    static string Run(string tool, string arguments, byte[] pdf)
    {
        var file = Path.GetTempFileName();
        File.WriteAllBytes(file, pdf);
        try
        {
            // pdftotext writes to "-", standard output; pdfinfo always does.
            var output = tool == "pdftotext" ? " -" : "";
            using var process = Process.Start(new ProcessStartInfo(tool, $"{arguments} {file}{output}") { RedirectStandardOutput = true })!;
            var printed = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return printed;
        }
        finally
        {
            File.Delete(file);
        }
    }

    async Task<(string Url, JsonElement Heard)> Heard()
    {
        app.Clock.SetToday(new DateOnly(2026, 11, 2));
        var registrar = await app.As("registrar");
        var body = new
        {
            receivedOn = app.Clock.Today,
            parties = new object[] { ApiRequests.Worker(2001), ApiRequests.Employer(2001) },
            claims = new object[]
            {
                new { type = "UnpaidWages", amount = 15600.50m, description = "2026年7月至9月工资" },
                new { type = "EconomicCompensation", amount = 26000m },
                new { type = "ConfirmEmploymentRelationship", description = "确认2023年3月起存在劳动关系" },
            },
        };
        var created = await registrar.PostAsJsonAsync("/api/arbitration-cases", body, CaseFlowApp.Json);
        var url = created.Headers.Location!.ToString();
        await registrar.Act(url, "submit-for-review", new { version = 1 });
        await registrar.Act(url, "accept", new { version = 2, track = "Ordinary" });
        await registrar.Act(url, "serve", new { version = 3, servedOn = "2026-11-02", method = "Post" });
        await (await app.As("head")).Act(url, "form-tribunal", new { version = 4, presidingArbitratorId = await UserId("arbitrator"), memberIds = new[] { await UserId("arbitrator2"), await UserId("arbitrator3") } });
        var arbitrator = await app.As("arbitrator");
        await arbitrator.Act(url, "schedule-hearing", new { version = 5, hearingAt = "2026-11-16T09:30:00", place = "第一仲裁庭" });
        app.Clock.SetToday(new DateOnly(2026, 11, 16));
        var heard = await arbitrator.Act(url, "record-hearing", new { version = 6, heardOn = "2026-11-16" });
        return (url, heard);
    }

    async Task<string> Awarded()
    {
        var (url, heard) = await Heard();
        var arbitrator = await app.As("arbitrator");
        var claims = heard.GetProperty("claims").EnumerateArray().Select((c, i) => new { claimId = c.GetProperty("id").GetInt64(), amountAwarded = new[] { 15600.50m, 13000m, 0m }[i] }).ToList();
        await arbitrator.Act(url, "award", new
        {
            version = 7, claims, decision = "被申请人拖欠申请人工资属实，应予支付；经济补偿部分支持。",
            factsFound = "申请人于2023年3月入职被申请人处任木工，2026年7月至9月工资未获支付。", paymentDays = 15, clerk = "谭书记",
        });
        app.Clock.SetToday(new DateOnly(2026, 11, 2));
        return url;
    }

    [Fact]
    public async Task A_document_fetches_nothing_and_runs_no_script_whatever_its_html_says()
    {
        // A listener on loopback counts every connection the printing browser makes to it.
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var connections = 0;
        using var stop = new CancellationTokenSource();
        var accepting = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try { (await listener.AcceptTcpClientAsync(stop.Token)).Dispose(); Interlocked.Increment(ref connections); }
                catch (OperationCanceledException) { return; }
            }
        });
        var origin = $"http://127.0.0.1:{port}";
        var html = $$"""
            <html><head><link rel="stylesheet" href="{{origin}}/style.css"><style>@import url("{{origin}}/import.css");</style></head>
            <body><p>正文可以看到</p>
            <img src="{{origin}}/a.png"><img src="file:///etc/hostname">
            <iframe src="file:///etc/passwd"></iframe><object data="file:///etc/passwd"></object><embed src="file:///etc/passwd">
            <div style="background:url({{origin}}/bg.png)">背景</div>
            <script>fetch('{{origin}}/fetch'); document.body.insertAdjacentHTML('beforeend', '<p>脚本运行了</p>');</script>
            <form action="{{origin}}/form"><input name="x"></form>
            </body></html>
            """;
        try
        {
            var pdf = await app.Services.GetRequiredService<IPdfRenderer>().RenderAsync(html);
            var text = Run("pdftotext", "-layout", pdf);
            Assert.Contains("正文可以看到", text);
            Assert.DoesNotContain("脚本运行了", text);
            Assert.DoesNotContain("root:", text);
            if (File.Exists("/etc/hostname") && File.ReadAllText("/etc/hostname").Trim() is { Length: > 3 } host) Assert.DoesNotContain(host, text);
            await Task.Delay(500);
            Assert.Equal(0, Volatile.Read(ref connections));
        }
        finally
        {
            stop.Cancel();
            listener.Stop();
            await accepting;
        }
    }
    [Fact]
    public async Task Art43_and_art44_a_partial_award_and_an_advance_execution_ruling_are_printed_with_their_rights()
    {
        var (url, heard) = await Heard();
        var arbitrator = await app.As("arbitrator");
        var ids = heard.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("id").GetInt64()).ToList();
        var worker = heard.GetProperty("parties").EnumerateArray().First(p => p.GetProperty("role").GetString() == "Applicant").GetProperty("id").GetInt64();
        await arbitrator.Act(url, "advance-execution", new
        {
            version = 7, applicantId = worker, claims = new[] { new { claimId = ids[0], amount = (decimal?)8_000m } },
            rightsClear = true, seriousHardship = true, facts = "申请人系外地务工人员，欠薪三个月，无力支付房租",
        });
        await arbitrator.Act(url, "partial-award", new
        {
            version = 8, claims = new[] { new { claimId = ids[0], amount = (decimal?)15_600.50m }, new { claimId = ids[1], amount = (decimal?)null } },
            decision = "工资部分事实清楚，先行裁决。", factsFound = "被申请人确认拖欠2026年7月至9月工资。", paymentDays = 5,
        });
        app.Clock.SetToday(new DateOnly(2026, 11, 2));
        var registrar = await app.As("registrar");
        var @case = await (await registrar.GetAsync(url)).Read(HttpStatusCode.OK);
        Assert.Equal("Heard", @case.State());
        Assert.Equal(8_000m, @case.GetProperty("arbitration").GetProperty("advanceExecutionAmount").GetDecimal());
        Assert.Equal("2026-11-16", @case.GetProperty("claims")[0].GetProperty("partiallyAwardedOn").GetString());
        Assert.Equal(JsonValueKind.Null, @case.GetProperty("claims")[1].GetProperty("partiallyAwardedOn").ValueKind);
        var documents = await Issued(registrar, url, 6);
        async Task<string> Text(string template) => Flat(Run("pdftotext", "-layout", await (await registrar.GetAsync(
            documents.EnumerateArray().Single(d => d.GetProperty("template").GetString() == template).GetProperty("href").GetString())).Content.ReadAsByteArrayAsync()));

        var advance = await Text("advance-execution");
        Assert.Contains("先予执行裁决书", advance);
        Assert.Contains("申请人系外地务工人员", advance);
        Assert.Contains("先予向申请人劳动者2001支付劳动报酬8,000.00元，合计人民币8,000.00元", advance);
        Assert.Contains("移送人民法院执行", advance);
        Assert.Contains("第四十四条", advance);

        var partial = await Text("partial-award");
        Assert.Contains("先行裁决书", partial);
        Assert.Contains("第四十三条第二款", partial);
        Assert.Contains("劳动报酬：2026年7月至9月工资15,600.5015,600.50终局裁决", partial);
        Assert.DoesNotContain("经济补偿", partial);
        Assert.Contains("于本裁决生效之日起五日内向劳动者2001支付劳动报酬15,600.50元", partial);
        Assert.Contains("申请撤销", partial);
        Assert.DoesNotContain("期满不起诉", partial);
    }

    [Fact]
    public async Task The_penalty_notice_and_decision_name_the_provisions_breached_and_the_fine_article_and_the_blacklist_decision_its_term()
    {
        app.Clock.SetToday(new DateOnly(2026, 11, 2));
        var inspector = await app.As("inspector");
        var head = await app.As("brigade.head");
        var created = await (await inspector.PostAsJsonAsync("/api/inspection-cases", new
        {
            receivedOn = "2026-11-02", source = "Hotline12345", summary = "拖欠木工工资",
            parties = new object[]
            {
                new { role = "Applicant", kind = "Worker", name = "处罚文书工人", idNumber = TestIds.Worker(7401), arrearsAmount = 12000m, arrearsFrom = "2026-08-01", arrearsTo = "2026-10-31" },
                new { role = "Respondent", kind = "Employer", name = "开平市文书测试劳务有限公司", creditCode = TestIds.Employer(741) },
            },
        }, CaseFlowApp.Json)).Read(HttpStatusCode.Created);
        var url = $"/api/inspection-cases/{created.GetProperty("id").GetInt64()}";
        var @case = await inspector.Act(url, "file", new { version = created.Version() });
        @case = await inspector.Act(url, "log-activity", new { version = @case.Version(), kind = "SiteVisit", at = "2026-11-02T10:00:00", place = "工地", inspectors = "吴国栋、李明", notes = "未见工资清单" });
        @case = await inspector.Act(url, "order-rectification", new { version = @case.Version(), deadline = "2026-11-09", requirements = "支付工资并提供工资清单", violations = new[] { "wages", "pay-records" } });
        app.Clock.SetToday(new DateOnly(2026, 11, 10));
        @case = await inspector.Act(url, "record-not-rectified", new { version = @case.Version() });
        @case = await head.Act(url, "approve-penalty-filing", new { version = @case.Version() });
        @case = await inspector.Act(url, "notify-penalty", new { version = @case.Version(), violations = new[] { "pay-records" }, amount = 30000m, facts = "未向农民工提供工资清单，逾期未改正" });
        app.Clock.SetToday(new DateOnly(2026, 11, 16));
        @case = await head.Act(url, "review-penalty", new { version = @case.Version(), reviewer = "法制审核员", opinion = "同意", approved = true });
        @case = await head.Act(url, "penalise", new { version = @case.Version(), amount = 30000m, extraCompensation = 6000m, description = "未向农民工提供工资清单，逾期未改正" });
        @case = await inspector.Act(url, "record-penalty-service", new { version = @case.Version(), servedOn = "2026-11-16", method = "InPerson" });
        @case = await head.Act(url, "notify-blacklist", new { version = @case.Version() });
        app.Clock.SetToday(new DateOnly(2026, 11, 24));
        @case = await head.Act(url, "decide-blacklist", new { version = @case.Version(), decision = "Listed", reason = "陈述申辩期满未提出" });
        app.Clock.SetToday(new DateOnly(2026, 11, 2));

        var documents = await Issued(inspector, url, 5);
        async Task<string> Text(string template) => Flat(Run("pdftotext", "-layout", await (await inspector.GetAsync(
            documents.EnumerateArray().Single(d => d.GetProperty("template").GetString() == template).GetProperty("href").GetString())).Content.ReadAsByteArrayAsync()));
        var notice = await Text("penalty-notice");
        Assert.Contains("行政处罚告知书", notice);
        Assert.Contains("拟对你单位作出罚款人民币30,000.00元", notice);
        Assert.Contains("二〇二六年十一月十三日前", notice);
        Assert.DoesNotContain("听证", notice);
        var decision = await Text("penalty-decision");
        Assert.Matches("开人社监罚〔2026〕\\d+号", decision);
        Assert.Contains("违反了《保障农民工工资支付条例》第十五条的规定，依据《保障农民工工资支付条例》第五十四条第（二）项", decision);
        Assert.Contains("处以罚款人民币30,000.00元", decision);
        Assert.Contains("此为责令事项，不属罚款", decision);
        Assert.Contains("15日内缴纳", decision);
        Assert.Contains("6个月内依法向人民法院提起行政诉讼", decision);
        var listing = await Text("blacklist-decision");
        Assert.Matches("开人社失信〔2026〕\\d+号", listing);
        Assert.Contains("拖欠一名劳动者3个月以上工资10,000元以上", listing);
        Assert.Contains("列入期限自本决定作出之日起3年，至2029年11月23日止", listing);
    }

    static string Flat(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+|第\d+页共\d+页", "");

    [Fact]
    public async Task An_award_is_a_searchable_pdf_with_every_claim_its_final_status_and_the_appeal_rights()
    {
        var url = await Awarded();
        var registrar = await app.As("registrar");
        var documents = await Issued(registrar, url, 4);
        var award = documents.EnumerateArray().Single(d => d.GetProperty("template").GetString() == "final-award");
        Assert.Equal(1, award.GetProperty("templateVersion").GetInt32());
        Assert.Equal("关慧玲", award.GetProperty("issuedBy").GetString());

        var pdf = await (await registrar.GetAsync(award.GetProperty("href").GetString())).Content.ReadAsByteArrayAsync();
        Assert.Equal(award.GetProperty("sha256").GetString(), Convert.ToHexString(SHA256.HashData(pdf)).ToLowerInvariant());
        // Line breaks and the page footer fall anywhere: compare without white space or footers.
        var text = Flat(Run("pdftotext", "-layout", pdf));
        var @case = await (await registrar.GetAsync(url)).Read(HttpStatusCode.OK);
        Assert.Contains("终局裁决书", text);
        Assert.Contains(@case.GetProperty("caseNumber").GetString()!, text);
        Assert.Contains("劳动者2001", text);
        Assert.Contains("开平市测试建筑工程有限公司2001", text);
        Assert.Contains("440783********" + TestIds.Worker(2001)[14..], text);
        Assert.DoesNotContain(TestIds.Worker(2001), text);
        Assert.Contains("劳动报酬：2026年7月至9月工资15,600.5015,600.50终局裁决", text);
        // 26,000 asked is above twelve months of the minimum wage; 13,000 awarded is not: the item is final.
        Assert.Contains("经济补偿26,000.0013,000.00终局裁决", text);
        Assert.Contains("41,600.5028,600.50", text);
        Assert.DoesNotContain("确认劳动关系", text);
        Assert.Contains("经审理查明申请人于2023年3月入职被申请人处任木工", text);
        Assert.Contains("仲裁庭认为被申请人拖欠申请人工资属实", text);
        Assert.Contains("开平市测试建筑工程有限公司2001于本裁决生效之日起十五日内向劳动者2001支付劳动报酬15,600.50元（2026年7月至9月工资）；", text);
        Assert.Contains("向劳动者2001支付经济补偿13,000.00元。", text);
        Assert.Contains("十二个月金额为22,200.00元", text);
        Assert.Contains("劳动者对本裁决不服的，可以自收到本裁决书之日起十五日内向人民法院提起诉讼", text);
        Assert.Contains("向本委所在地的中级人民法院申请撤销裁决", text);
        Assert.DoesNotContain("期满不起诉", text);
        Assert.Contains("第五十一条", text);
        Assert.Contains("首席仲裁员关慧玲", text);
        Assert.Contains("书记员谭书记", text);
        Assert.Contains("二〇二六年十一月十六日", text);
        var pages = Run("pdfinfo", "", pdf).Split('\n').Single(l => l.StartsWith("Pages:"));
        Assert.Equal(award.GetProperty("pages").GetInt32(), int.Parse(pages["Pages:".Length..].Trim()));
        Assert.Matches($@"第\s*1\s*页\s*共\s*{award.GetProperty("pages").GetInt32()}\s*页", Run("pdftotext", "", pdf));

        // The rest of the award, in an award of its own with the rights of a non-final one (办案规则 art. 50).
        var other = documents.EnumerateArray().Single(d => d.GetProperty("template").GetString() == "arbitration-award");
        var otherText = Flat(Run("pdftotext", "-layout", await (await registrar.GetAsync(other.GetProperty("href").GetString())).Content.ReadAsByteArrayAsync()));
        Assert.Contains("仲裁裁决书", otherText);
        Assert.Contains("确认劳动关系", otherText);
        Assert.DoesNotContain("15,600.50", otherText);
        Assert.Contains("驳回申请人关于确认劳动关系（确认2023年3月起存在劳动关系）的请求。", otherText);
        Assert.Contains("期满不起诉的，本裁决书发生法律效力", otherText);
        Assert.DoesNotContain("申请撤销裁决", otherText);

        var history = await (await registrar.GetAsync($"{url}/history")).Read(HttpStatusCode.OK);
        Assert.Equal("final-award,arbitration-award", history.EnumerateArray().Last().GetProperty("documents").GetString());
        Assert.Equal("acceptance-notice", history.EnumerateArray().Single(e => e.GetProperty("action").GetString() == "accept").GetProperty("documents").GetString());
    }

    [Fact]
    public async Task A_corrected_document_is_a_new_version_and_the_old_one_stays_and_an_award_is_corrected_only_by_a_decision()
    {
        var url = await Awarded();
        var registrar = await app.As("registrar");
        var count = (await Issued(registrar, url, 4)).GetArrayLength();
        var first = (await Issued(registrar, url, count)).EnumerateArray().Single(d => d.GetProperty("template").GetString() == "hearing-notice");
        var @case = await (await registrar.GetAsync(url)).Read(HttpStatusCode.OK);

        await (await registrar.PostAsJsonAsync($"{url}/documents/hearing-notice", new { version = @case.Version() })).Read(HttpStatusCode.BadRequest);
        var award = await (await registrar.PostAsJsonAsync($"{url}/documents/final-award", new { version = @case.Version(), reason = "更正笔误" })).Read(HttpStatusCode.BadRequest);
        Assert.Contains("correct-award", award.GetProperty("errors").GetProperty("template")[0].GetString());
        await (await registrar.PostAsJsonAsync($"{url}/documents/hearing-notice", new { version = @case.Version(), reason = "更正笔误" })).Read(HttpStatusCode.Accepted);

        var documents = await Issued(registrar, url, count + 1);
        var notices = documents.EnumerateArray().Where(d => d.GetProperty("template").GetString() == "hearing-notice").ToList();
        Assert.Equal([1, 2], notices.Select(a => a.GetProperty("version").GetInt32()));
        Assert.Equal(first.GetProperty("sha256").GetString(), notices[0].GetProperty("sha256").GetString());
        var history = await (await registrar.GetAsync($"{url}/history")).Read(HttpStatusCode.OK);
        Assert.Equal("correct-document", history.EnumerateArray().Last().GetProperty("action").GetString());
    }

    [Fact]
    public async Task Art53_a_correction_prints_a_decision_to_correct_and_the_award_again_with_the_words_put_right()
    {
        var url = await Awarded();
        var registrar = await app.As("registrar");
        var count = (await Issued(registrar, url, 4)).GetArrayLength();
        var corrected = await (await app.As("arbitrator")).Act(url, "correct-award", new
        {
            version = 8, document = "FinalAward", kind = "Clerical", original = "任木工", corrected = "任钢筋工", reason = "工种书写有误",
        });
        Assert.Equal("Closed", corrected.State());
        Assert.Equal("任钢筋工", corrected.GetProperty("arbitration").GetProperty("corrections")[0].GetProperty("corrected").GetString());

        var documents = await Issued(registrar, url, count + 2);
        async Task<string> Text(string template, int version) => Flat(Run("pdftotext", "-layout", await (await registrar.GetAsync(
            documents.EnumerateArray().Single(d => d.GetProperty("template").GetString() == template && d.GetProperty("version").GetInt32() == version)
                .GetProperty("href").GetString())).Content.ReadAsByteArrayAsync()));

        var decision = await Text("correction-decision", 1);
        Assert.Contains("补正决定书", decision);
        Assert.Contains("本委于二〇二六年十一月十六日作出终局裁决书", decision);
        Assert.Contains("存在文字错误：工种书写有误", decision);
        Assert.Contains("第五十三条", decision);
        Assert.Contains("终局裁决书中“任木工”更正为“任钢筋工”", decision);
        Assert.Contains("首席仲裁员关慧玲", decision);

        var before = await Text("final-award", 1);
        var after = await Text("final-award", 2);
        Assert.Contains("任木工", before);
        Assert.Contains("经审理查明申请人于2023年3月入职被申请人处任钢筋工", after);
        Assert.Contains("经补正决定书补正（文字错误：“任木工”更正为“任钢筋工”）", after);
        // The decision is the same: every amount and the day of the award.
        Assert.Contains("劳动报酬：2026年7月至9月工资15,600.5015,600.50终局裁决", after);
        Assert.Contains("41,600.5028,600.50", after);
        Assert.Contains("二〇二六年十一月十六日", after);
    }

    [Fact]
    public async Task A_draft_preview_is_html_and_issues_nothing()
    {
        var url = await Awarded();
        var registrar = await app.As("registrar");
        var count = (await Issued(registrar, url, 4)).GetArrayLength();

        var preview = await registrar.GetAsync($"{url}/documents/preview/hearing-notice");
        Assert.Equal("text/html", preview.Content.Headers.ContentType?.MediaType);
        var html = await preview.Content.ReadAsStringAsync();
        Assert.Contains("草稿", html);
        Assert.Contains("开庭通知书", html);
        Assert.Contains("第一仲裁庭", html);
        Assert.Equal(count, (await (await registrar.GetAsync($"{url}/documents")).Read(HttpStatusCode.OK)).GetArrayLength());
        await (await registrar.GetAsync($"{url}/documents/preview/no-such")).Read(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_template_that_does_not_parse_is_refused_at_upload_and_a_good_one_becomes_the_next_version()
    {
        var admin = await app.As("admin");
        var broken = await admin.PostAsync("/api/admin/templates/cover-sheet", new StringContent("<html><body>{% for p in Applicants %}{{ p.Name }</body></html>", Encoding.UTF8, "text/html"));
        var problem = await broken.Read(HttpStatusCode.BadRequest);
        Assert.Contains("not a valid Liquid template", problem.GetProperty("errors").GetProperty("body")[0].GetString());
        await (await (await app.As("registrar")).PostAsync("/api/admin/templates/cover-sheet", new StringContent("<html></html>", Encoding.UTF8, "text/html")))
            .Read(HttpStatusCode.Forbidden);

        var good = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>{{ css | raw }}</style></head><body><h1>案卷封面（第二版）</h1><p>{{ CaseNumber }}</p></body></html>";
        var created = await (await admin.PostAsync("/api/admin/templates/cover-sheet", new StringContent(good, Encoding.UTF8, "text/html"))).Read(HttpStatusCode.Created);
        var version = created.GetProperty("version").GetInt32();
        Assert.True(version >= 2);

        var url = await Awarded();
        var registrar = await app.As("registrar");
        await Issued(registrar, url, 4);
        var @case = await (await registrar.GetAsync(url)).Read(HttpStatusCode.OK);
        await (await registrar.PostAsJsonAsync($"{url}/documents/cover-sheet", new { version = @case.Version() })).Read(HttpStatusCode.Accepted);
        var cover = (await Issued(registrar, url, 4)).EnumerateArray().Single(d => d.GetProperty("template").GetString() == "cover-sheet");
        Assert.Equal(version, cover.GetProperty("templateVersion").GetInt32());
        var text = Run("pdftotext", "", await (await registrar.GetAsync(cover.GetProperty("href").GetString())).Content.ReadAsByteArrayAsync());
        Assert.Contains("案卷封面（第二版）", text);
    }
}

public sealed class RenderingSqliteApp : SqliteApp
{
    protected override bool RenderDocuments => true;
}

public sealed class RenderingMariaDbApp : MariaDbApp
{
    protected override bool RenderDocuments => true;
}

public sealed class DocumentTestsOnSqlite(RenderingSqliteApp app) : DocumentTests<RenderingSqliteApp>(app);

[Trait("Database", "MariaDb")]
public sealed class DocumentTestsOnMariaDb(RenderingMariaDbApp app) : DocumentTests<RenderingMariaDbApp>(app);

/// <summary>
/// The renderer down, then back, then dying mid-run: actions go through, their documents wait,
/// visibly pending, and are produced once the renderer can.
/// </summary>
public sealed class RendererOutageTests : IAsyncLifetime
{
    readonly string chromium = Path.Combine(Path.GetTempPath(), $"caseflow-chromium-{Guid.NewGuid():N}.sh");
    App app = null!;

    sealed class App(string chromium) : SqliteApp
    {
        protected override bool RenderDocuments => true;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("CaseFlow:Documents:Chromium", chromium);
            builder.UseSetting("CaseFlow:Documents:DeadlineSeconds", "20");
        }
    }

    public Task InitializeAsync()
    {
        app = new App(chromium);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        File.Delete(chromium);
    }

    [Fact]
    public async Task Documents_wait_while_the_renderer_is_down_and_are_produced_when_it_is_back()
    {
        // The renderer's browser is a script that is not there yet: every launch fails.
        var registrar = await app.As("registrar");
        var created = await registrar.PostAsJsonAsync("/api/arbitration-cases", ApiRequests.Application(app.Clock.Today, worker: 2100), CaseFlowApp.Json);
        var url = created.Headers.Location!.ToString();
        await registrar.Act(url, "submit-for-review", new { version = 1 });
        var accepted = await registrar.Act(url, "accept", new { version = 2, track = "Ordinary" });
        Assert.Equal("Accepted", accepted.State());

        JsonElement documents = default;
        for (var attempt = 0; attempt < 100; attempt++)
        {
            documents = await (await registrar.GetAsync($"{url}/documents")).Read(HttpStatusCode.OK);
            if (documents[0].GetProperty("attempts").GetInt32() > 0) break;
            await Task.Delay(100);
        }
        var pending = Assert.Single(documents.EnumerateArray());
        Assert.Equal("Pending", pending.GetProperty("status").GetString());
        Assert.True(pending.GetProperty("attempts").GetInt32() > 0);
        Assert.NotNull(pending.GetProperty("lastError").GetString());
        await (await registrar.GetAsync($"{url}/documents/{pending.GetProperty("id").GetInt64()}")).Read(HttpStatusCode.Conflict);

        // The renderer comes back.
        await File.WriteAllTextAsync(chromium, "#!/bin/sh\nexec /usr/bin/chromium \"$@\"\n");
        File.SetUnixFileMode(chromium, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var producer = app.Services.GetRequiredService<DocumentProducer>();
        producer.Wake();
        await WaitIssued(registrar, url, 1, producer);

        // The browser dies mid-run: the next document is produced by a new one.
        var renderer = (ChromiumPdfRenderer)app.Services.GetRequiredService<IPdfRenderer>();
        var first = renderer.BrowserProcessId;
        Assert.NotNull(first);
        Process.GetProcessById(first.Value).Kill();
        await registrar.Act(url, "serve", new { version = 3, servedOn = "2026-11-02", method = "Post" });
        var @case = await (await registrar.GetAsync(url)).Read(HttpStatusCode.OK);
        await (await registrar.PostAsJsonAsync($"{url}/documents/cover-sheet", new { version = @case.Version() })).Read(HttpStatusCode.Accepted);
        producer.Wake();
        await WaitIssued(registrar, url, 2, producer);
        Assert.NotEqual(first, renderer.BrowserProcessId);
    }

    [Fact]
    public async Task A_browser_that_hangs_is_killed_at_the_deadline_and_the_document_printed_by_a_new_one()
    {
        await File.WriteAllTextAsync(chromium, "#!/bin/sh\nexec /usr/bin/chromium \"$@\"\n");
        File.SetUnixFileMode(chromium, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var registrar = await app.As("registrar");
        var created = await registrar.PostAsJsonAsync("/api/arbitration-cases", ApiRequests.Application(app.Clock.Today, worker: 2101), CaseFlowApp.Json);
        var url = created.Headers.Location!.ToString();
        await registrar.Act(url, "submit-for-review", new { version = 1 });
        await registrar.Act(url, "accept", new { version = 2, track = "Ordinary" });
        var producer = app.Services.GetRequiredService<DocumentProducer>();
        await WaitIssued(registrar, url, 1, producer);

        // The browser stops answering (stopped, not dead: Playwright sees nothing wrong).
        var renderer = (ChromiumPdfRenderer)app.Services.GetRequiredService<IPdfRenderer>();
        var hung = renderer.BrowserProcessId!.Value;
        using (var stop = Process.Start("kill", $"-STOP {hung}")) await stop.WaitForExitAsync();
        await registrar.Act(url, "serve", new { version = 3, servedOn = "2026-11-02", method = "Post" });

        JsonElement served = default;
        for (var attempt = 0; attempt < 480 && served.ValueKind == JsonValueKind.Undefined; attempt++)
        {
            var documents = await (await registrar.GetAsync($"{url}/documents")).Read(HttpStatusCode.OK);
            var answer = documents.EnumerateArray().Single(d => d.GetProperty("template").GetString() == "answer-notice");
            if (answer.GetProperty("attempts").GetInt32() > 0) served = answer;
            else await Task.Delay(250);
        }
        Assert.NotEqual(JsonValueKind.Undefined, served.ValueKind);
        Assert.Contains("not printed within 20 s", served.GetProperty("lastError").GetString());
        Assert.Throws<ArgumentException>(() => Process.GetProcessById(hung));

        await WaitIssued(registrar, url, 2, producer);
        Assert.NotEqual(hung, renderer.BrowserProcessId);
    }

    static async Task WaitIssued(HttpClient client, string url, int count, DocumentProducer producer)
    {
        JsonElement documents = default;
        for (var attempt = 0; attempt < 720; attempt++)
        {
            documents = await (await client.GetAsync($"{url}/documents")).Read(HttpStatusCode.OK);
            if (documents.GetArrayLength() >= count && documents.EnumerateArray().All(d => d.GetProperty("status").GetString() == "Issued")) return;
            producer.Wake();
            await Task.Delay(250);
        }
        Assert.Fail($"documents were not produced once the renderer was back: {documents}");
    }
}
