using System.Globalization;
using System.Text;

namespace CaseFlow.Features.Reports;

/// <summary>The report's tables as CSV and as a workbook: indicators, organisations, tracks, months, definitions.</summary>
public static class ReportExport
{
    public static IReadOnlyList<Xlsx.Sheet> Tables(PlanReport report)
    {
        static object? Value(decimal? v) => v is { } d ? d : "no cases";
        var indicators = new List<IReadOnlyList<object?>> { new object?[] { "#", "indicator", "unit", "status", "value", "numerator", "denominator", "target", "met", "baseline", "projection", "components" } };
        indicators.AddRange(report.Indicators.Select(i => (IReadOnlyList<object?>)new object?[]
        {
            i.Number, i.Name, i.Unit, i.Status, i.Value, i.Numerator, i.Denominator, i.Target?.Text, i.Met switch { true => "met", false => "not met", _ => null },
            i.Baseline, i.Projection?.Value, string.Join("; ", i.Components.Select(c => $"{c.Name} ({c.Role}): {c.Count}")),
        }));
        var organisations = new List<IReadOnlyList<object?>> { new object?[] { "organisation", "mediation success %", "numerator", "denominator", "arbitration closure %", "numerator", "denominator", "inspection closure %", "numerator", "denominator" } };
        organisations.AddRange(report.ByOrganisation.Select(o => (IReadOnlyList<object?>)new object?[]
        {
            o.Name, Value(o.MediationSuccess.Value), o.MediationSuccess.Numerator, o.MediationSuccess.Denominator,
            Value(o.ArbitrationClosure.Value), o.ArbitrationClosure.Numerator, o.ArbitrationClosure.Denominator,
            Value(o.InspectionClosure.Value), o.InspectionClosure.Numerator, o.InspectionClosure.Denominator,
        }));
        var tracks = new List<IReadOnlyList<object?>> { new object?[] { "track", "arbitration closure %", "numerator", "denominator", "share closed by mediation statement %" } };
        tracks.AddRange(report.ByTrack.Select(t => (IReadOnlyList<object?>)new object?[]
            { t.Track.ToString(), Value(t.ArbitrationClosure.Value), t.ArbitrationClosure.Numerator, t.ArbitrationClosure.Denominator, Value(t.MediationStatementShare.Value) }));
        var months = new List<IReadOnlyList<object?>> { new object?[] { "month", "mediation success %", "target", "arbitration closure %", "target", "inspection closure %", "target" } };
        months.AddRange(report.ByMonth.Select(m => (IReadOnlyList<object?>)new object?[]
        {
            $"{m.Year}-{m.Month:00}", Value(m.MediationSuccess.Value), report.TargetLine[Measure.MediationSuccessRate]?.Text,
            Value(m.ArbitrationClosure.Value), report.TargetLine[Measure.ArbitrationClosureRate]?.Text,
            Value(m.InspectionClosure.Value), report.TargetLine[Measure.InspectionClosureRate]?.Text,
        }));
        var definitions = new List<IReadOnlyList<object?>> { new object?[] { "indicator", "definition" } };
        definitions.AddRange(report.Definitions.Select(d => (IReadOnlyList<object?>)new object?[] { d.Key.ToString(), d.Value }));
        var group = report.GroupDisputes;
        var groups = new List<IReadOnlyList<object?>>
        {
            new object?[] { "group disputes", "cases", "workers", "amount (yuan)" },
            new object?[] { group.Name, group.Cases, group.Workers, group.Amount },
        };
        definitions.Add(new object?[] { "GroupDisputes", group.Definition });
        definitions.Add(new object?[] { "period", $"{report.Period.Label}: {report.Period.From:yyyy-MM-dd} – {report.Period.To:yyyy-MM-dd}, computed on {report.ComputedOn:yyyy-MM-dd}" });
        return
        [
            new("Indicators", indicators), new("By organisation", organisations), new("By track", tracks), new("By month", months), new("Group disputes", groups), new("Definitions", definitions),
        ];
    }

    public static byte[] Xlsx(PlanReport report) => Reports.Xlsx.Write(Tables(report));

    /// <summary>Every table one after another, each under its name, separated by a blank line.</summary>
    public static string Csv(PlanReport report)
    {
        var csv = new StringBuilder();
        foreach (var table in Tables(report))
        {
            csv.AppendLine(Field(table.Name));
            foreach (var row in table.Rows)
                csv.AppendLine(string.Join(",", row.Select(v => Field(v is null ? "" : Convert.ToString(v, CultureInfo.InvariantCulture)!))));
            csv.AppendLine();
        }
        return csv.ToString();
    }

    static string Field(string text) => text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{text.Replace("\"", "\"\"")}\"" : text;
}
