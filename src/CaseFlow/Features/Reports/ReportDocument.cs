using System.Globalization;
using System.Text;
using CaseFlow.Features.Documents;
using Fluid;

namespace CaseFlow.Features.Reports;

/// <summary>The statistics report as a PDF: the indicator table, the breakdowns, the monthly chart against the target, the definitions.</summary>
public static class ReportDocument
{
    public sealed record Row(IReadOnlyList<string> Cells);

    public sealed record Model(string Title, string Period, string Scope, string ComputedOn, IReadOnlyList<Row> Indicators, IReadOnlyList<Row> Organisations,
        IReadOnlyList<Row> Tracks, IReadOnlyList<Row> Months, IReadOnlyList<string> Definitions, string Chart, IReadOnlyList<string> Projections);

    static readonly (Measure Measure, string Name, string Colour)[] Series =
    [
        (Measure.MediationSuccessRate, "调解成功率", "#1f6fb2"),
        (Measure.ArbitrationClosureRate, "仲裁结案率", "#c0392b"),
        (Measure.InspectionClosureRate, "监察举报投诉案件结案率", "#27864a"),
    ];

    public static async Task<byte[]> PrintAsync(PlanReport report, string templatesFolder, string css, IPdfRenderer renderer, CancellationToken cancellationToken)
    {
        var (template, error) = DocumentTemplates.Parse(await File.ReadAllTextAsync(Path.Combine(templatesFolder, "plan-report.html"), cancellationToken));
        if (template is null) throw new InvalidOperationException($"plan-report.html: {error}");
        var options = new TemplateOptions { MemberAccessStrategy = new UnsafeMemberAccessStrategy() };
        var context = new TemplateContext(Build(report), options);
        context.SetValue("css", css);
        var html = await template.RenderAsync(context, System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
        return await renderer.RenderAsync(html, cancellationToken);
    }

    static string Percent(decimal? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) + "%" : "无案件";

    static string Cell(Rate rate) => $"{Percent(rate.Value)}（{rate.Numerator}/{rate.Denominator}）";

    public static Model Build(PlanReport report) => new(
        "劳动人事争议与劳动保障监察规划指标统计报表",
        $"{report.Period.Label}（{report.Period.From:yyyy-MM-dd} 至 {report.Period.To:yyyy-MM-dd}）",
        report.OrganisationName ?? "全市",
        DocumentModel.ChineseDate(report.ComputedOn),
        report.Indicators.Select(i => new Row([
            i.Number.ToString(), i.Name, i.Measure is null ? "CaseFlow 无此数据" : Percent(i.Value),
            i.Numerator is null ? "" : $"{i.Numerator}/{i.Denominator}", i.Target?.Text ?? "—",
            i.Met switch { true => "达标", false => "未达标", _ => "—" }, i.Baseline ?? "",
        ])).ToList(),
        report.ByOrganisation.Select(o => new Row([o.Name, Cell(o.MediationSuccess), Cell(o.ArbitrationClosure), Cell(o.InspectionClosure)])).ToList(),
        report.ByTrack.Select(t => new Row([t.Track switch { Arbitration.ProcedureTrack.Simplified => "简易处理", Arbitration.ProcedureTrack.Collective => "集体争议", _ => "普通程序" },
            Cell(t.ArbitrationClosure), Percent(t.MediationStatementShare.Value)])).ToList(),
        report.ByMonth.Select(m => new Row([$"{m.Year}-{m.Month:00}", Cell(m.MediationSuccess), Cell(m.ArbitrationClosure), Cell(m.InspectionClosure)])).ToList(),
        [.. report.Definitions.Values, $"{report.GroupDisputes.Definition} 本期：{report.GroupDisputes.Cases}宗，涉案{report.GroupDisputes.Workers}人，金额{report.GroupDisputes.Amount:N2}元。"],
        Chart(report),
        report.Indicators.Where(i => i.Projection is not null).Select(i => $"{i.Name}：预测 {Percent(i.Projection!.Value)}。{i.Projection.Method}").ToList());

    /// <summary>Each month's rates as lines, each target as a dashed line of the same colour.</summary>
    static string Chart(PlanReport report)
    {
        const int width = 640, height = 280, left = 50, right = 20, top = 20, bottom = 50;
        var months = report.ByMonth;
        double X(int i) => left + (months.Count <= 1 ? 0 : i * (width - left - right) / (double)(months.Count - 1));
        double Y(decimal v) => top + (double)(100 - v) * (height - top - bottom) / 100.0;
        var svg = new StringBuilder($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-size=\"10\">");
        for (var p = 0; p <= 100; p += 25)
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" x2=\"{width - right}\" y1=\"{Y(p):0.0}\" y2=\"{Y(p):0.0}\" stroke=\"#ddd\"/><text x=\"{left - 6}\" y=\"{Y(p) + 3:0.0}\" text-anchor=\"end\">{p}%</text>");
        for (var i = 0; i < months.Count; i++)
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(i):0.0}\" y=\"{height - bottom + 14}\" text-anchor=\"middle\">{months[i].Month}月</text>");
        var legend = 0;
        foreach (var (measure, name, colour) in Series)
        {
            Rate RateOf(MonthRates m) => measure switch
            {
                Measure.MediationSuccessRate => m.MediationSuccess,
                Measure.ArbitrationClosureRate => m.ArbitrationClosure,
                _ => m.InspectionClosure,
            };
            var points = months.Select((m, i) => (i, RateOf(m).Value)).Where(p => p.Value is not null)
                .Select(p => string.Create(CultureInfo.InvariantCulture, $"{X(p.i):0.0},{Y(p.Value!.Value):0.0}")).ToList();
            if (points.Count > 0)
                svg.Append($"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" points=\"{string.Join(' ', points)}\"/>");
            if (report.TargetLine.GetValueOrDefault(measure) is { } target)
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" x2=\"{width - right}\" y1=\"{Y(target.Value):0.0}\" y2=\"{Y(target.Value):0.0}\" stroke=\"{colour}\" stroke-dasharray=\"5,4\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left + legend * 200}\" y=\"{height - 22}\" width=\"12\" height=\"3\" fill=\"{colour}\"/><text x=\"{left + legend * 200 + 16}\" y=\"{height - 18}\">{name}（虚线为目标{report.TargetLine.GetValueOrDefault(measure)?.Text}）</text>");
            legend++;
        }
        return svg.Append("</svg>").ToString();
    }
}
