using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Xml.Linq;
using CaseFlow.Tests.Support;

namespace CaseFlow.Tests.Features.Reports;

public abstract class ReportApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : CaseFlowApp
{
    [Fact]
    public async Task An_analyst_gets_the_years_indicators_town_by_town_with_components_and_targets()
    {
        var report = await (await (await app.As("analyst")).GetAsync("/api/reports/plan-indicators?year=2025")).Read(HttpStatusCode.OK);

        Assert.Equal(15, report.GetProperty("indicators").GetArrayLength());
        var success = report.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("number").GetInt32() == 12);
        Assert.Equal("MediationSuccessRate", success.GetProperty("measure").GetString());
        Assert.Equal(">60.00", success.GetProperty("target").GetProperty("text").GetString());
        Assert.Equal(7, success.GetProperty("components").GetArrayLength());
        Assert.Equal(15, report.GetProperty("byOrganisation").EnumerateArray().Count(o => o.GetProperty("kind").GetString() == "MediationCommittee"));
        Assert.Equal(12, report.GetProperty("byMonth").GetArrayLength());
        Assert.Contains("调解成功率", report.GetProperty("definitions").GetProperty("MediationSuccessRate").GetString());
    }

    [Fact]
    public async Task The_report_exports_as_csv_and_as_a_workbook()
    {
        var analyst = await app.As("analyst");

        var csv = await analyst.GetAsync("/api/reports/plan-indicators?year=2025&format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        Assert.Contains("劳动人事争议仲裁结案率", text);
        Assert.Contains("By organisation", text);
        Assert.Contains("开平市赤坎镇劳动争议调解委员会", text);
        // The formulas as computed: complaint cases are the filed ones, the refused and withdrawn complaints stand beside the rate.
        Assert.Contains("complaint cases filed (立案) in the period", text);
        Assert.Contains("complaints refused (不予受理) (context, in neither)", text);

        var xlsx = await analyst.GetAsync("/api/reports/plan-indicators?year=2025&format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()));
        var workbook = XDocument.Load(zip.GetEntry("xl/workbook.xml")!.Open());
        XNamespace main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        Assert.Equal(["Indicators", "By organisation", "By track", "By month", "Group disputes", "Definitions"],
            workbook.Descendants(main + "sheet").Select(s => (string)s.Attribute("name")!));
        var indicators = XDocument.Load(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        Assert.Equal(16, indicators.Descendants(main + "row").Count());
        Assert.Contains(indicators.Descendants(main + "t"), t => t.Value == "劳动保障监察举报投诉案件结案率");
        var definitions = XDocument.Load(zip.GetEntry("xl/worksheets/sheet6.xml")!.Open());
        Assert.Contains(definitions.Descendants(main + "t"), t => t.Value.Contains("complaint cases filed (立案) in the period"));
    }

    [Fact]
    public async Task A_town_sees_only_its_own_figures_and_bad_periods_are_refused()
    {
        var town = await app.As("mediator.sanbu");
        var own = await (await town.GetAsync("/api/reports/plan-indicators?year=2026&ytd=true")).Read(HttpStatusCode.OK);
        Assert.Contains("三埠", own.GetProperty("organisationName").GetString());
        await (await town.GetAsync("/api/reports/plan-indicators?year=2026&organisationId=1")).Read(HttpStatusCode.Forbidden);

        var analyst = await app.As("analyst");
        var both = await (await analyst.GetAsync("/api/reports/plan-indicators?year=2025&quarter=1&month=2")).Read(HttpStatusCode.BadRequest);
        Assert.Contains("quarter", both.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        await (await analyst.GetAsync("/api/reports/plan-indicators?year=2025&quarter=5")).Read(HttpStatusCode.BadRequest);
        await (await analyst.GetAsync("/api/reports/plan-indicators?year=2030")).Read(HttpStatusCode.BadRequest);
        await (await analyst.GetAsync("/api/reports/plan-indicators?year=2025&format=pdfx")).Read(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_administrator_loads_the_next_plan_without_a_release()
    {
        var plan = new
        {
            code = "15th-five-year", title = "开平市人力资源和社会保障事业发展“十五五”规划", years = new[] { 2026, 2030 },
            indicators = new object[]
            {
                new { number = 1, name = "劳动人事争议调解成功率", unit = "%", nature = "预期性", measure = "MediationSuccessRate",
                      actual = new Dictionary<string, string> { ["2025"] = "70.00" }, targets = new Dictionary<string, string> { ["2026"] = ">65.00", ["2030"] = ">70.00" } },
            },
        };
        await (await (await app.As("analyst")).PutAsJsonAsync("/api/admin/plans/15th-five-year", plan)).Read(HttpStatusCode.Forbidden);
        var admin = await app.As("admin");
        var bad = new { plan.code, plan.title, plan.years, indicators = new object[] { new { number = 1, name = "x", unit = "%", nature = "预期性", targets = new Dictionary<string, string> { ["2026"] = "about 60" } } } };
        var refused = await (await admin.PutAsJsonAsync("/api/admin/plans/15th-five-year", bad)).Read(HttpStatusCode.BadRequest);
        Assert.Contains("indicators[0].targets.2026", refused.GetProperty("errors").EnumerateObject().Select(e => e.Name));

        await (await admin.PutAsJsonAsync("/api/admin/plans/15th-five-year", plan)).Read(HttpStatusCode.OK);

        var report = await (await (await app.As("analyst")).GetAsync("/api/reports/plan-indicators?year=2026")).Read(HttpStatusCode.OK);
        var success = Assert.Single(report.GetProperty("indicators").EnumerateArray());
        Assert.Equal(">65.00", success.GetProperty("target").GetProperty("text").GetString());
        var plans = await (await admin.GetAsync("/api/plans")).Read(HttpStatusCode.OK);
        Assert.Equal(2, plans.GetArrayLength());
    }
}

public sealed class ReportApiTestsOnSqlite(SqliteDemoApp app) : ReportApiTests<SqliteDemoApp>(app);

[Trait("Database", "MariaDb")]
public sealed class ReportApiTestsOnMariaDb(MariaDbDemoApp app) : ReportApiTests<MariaDbDemoApp>(app);

/// <summary>The statistics report printed through the document pipeline.</summary>
public sealed class ReportPdfTests(ReportPdfTests.App app) : IClassFixture<ReportPdfTests.App>
{
    public sealed class App : SqliteApp
    {
        protected override bool DemoCases => true;
        protected override bool RenderDocuments => true;
    }

    [Fact]
    public async Task The_report_prints_as_a_pdf_with_the_indicators_the_monthly_chart_and_the_definitions()
    {
        var response = await (await app.As("analyst")).GetAsync("/api/reports/plan-indicators?year=2026&ytd=true&format=pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var file = Path.GetTempFileName();
        await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync());
        try
        {
            using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("pdftotext", $"{file} -") { RedirectStandardOutput = true })!;
            var text = System.Text.RegularExpressions.Regex.Replace(await process.StandardOutput.ReadToEndAsync(), @"\s+", "");
            await process.WaitForExitAsync();
            Assert.Contains("规划指标统计报表", text);
            Assert.Contains("劳动人事争议调解成功率", text);
            Assert.Contains("城镇新增就业人数", text);
            Assert.Contains("月度走势与目标", text);
            Assert.Contains("虚线为目标", text);
            Assert.Contains("开平市赤坎镇劳动争议调解委员会", text);
            Assert.Contains("仲裁结案率=arbitrationcasesconcludedintheperiod", text);
            Assert.Contains("Projection,notaresult", text);
            Assert.Contains("complaintcasesfiled(立案)intheperiod", text);
            Assert.Contains("审理期限of45calendardays", text);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
