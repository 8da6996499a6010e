using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CaseFlow.Data;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Features.Reports;

/// <summary>The three indicators CaseFlow computes from its cases.</summary>
public enum Measure
{
    /// <summary>劳动人事争议调解成功率</summary>
    MediationSuccessRate,
    /// <summary>劳动人事争议仲裁结案率</summary>
    ArbitrationClosureRate,
    /// <summary>劳动保障监察举报投诉案件结案率</summary>
    InspectionClosureRate,
}

public enum Comparison
{
    /// <summary>"75.00": met at 75.00 or more.</summary>
    AtLeast,
    /// <summary>">60.00": met only above 60.00.</summary>
    GreaterThan,
    /// <summary>"3%以内": met at 3 or less.</summary>
    AtMost,
}

/// <summary>One indicator of a plan's table (e.g. table 2-1 of the 14th five-year plan).</summary>
public class PlanIndicator
{
    public required string Plan { get; set; }
    public int Number { get; set; }
    public required string Name { get; set; }
    public required string Unit { get; set; }
    /// <summary>预期性 or 约束性.</summary>
    public required string Nature { get; set; }
    /// <summary>What CaseFlow computes for it; null for indicators outside CaseFlow's data.</summary>
    public Measure? Measure { get; set; }
    public List<PlanTarget> Targets { get; set; } = [];
}

/// <summary>A year's target of an indicator (or its baseline actual), with the comparison it is held to.</summary>
public class PlanTarget
{
    public required string Plan { get; set; }
    public int Number { get; set; }
    public int Year { get; set; }
    /// <summary>As printed: "75.00", ">60.00", "[1.20]", "3%以内".</summary>
    public required string Text { get; set; }
    public Comparison Comparison { get; set; }
    public decimal Value { get; set; }
    /// <summary>A five-year cumulative figure (bracketed in the table).</summary>
    public bool Cumulative { get; set; }
    /// <summary>The baseline year's actual, not a target.</summary>
    public bool IsActual { get; set; }

    public bool IsMetBy(decimal value) => Comparison switch
    {
        Comparison.GreaterThan => value > Value,
        Comparison.AtMost => value <= Value,
        _ => value >= Value,
    };

    /// <summary>Reads a figure as the plan prints it.</summary>
    public static (Comparison Comparison, decimal Value, bool Cumulative) Parse(string text)
    {
        var t = text.Trim();
        var cumulative = t.StartsWith('[') && t.EndsWith(']');
        if (cumulative) t = t[1..^1];
        var comparison = Comparison.AtLeast;
        if (t.StartsWith('>')) (comparison, t) = (Comparison.GreaterThan, t[1..]);
        if (t.EndsWith("以内")) (comparison, t) = (Comparison.AtMost, t[..^2]);
        t = t.TrimEnd('%');
        if (!decimal.TryParse(t, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            throw new FormatException($"'{text}' is not a figure of the form 75.00, >60.00, [1.20] or 3%以内");
        return (comparison, value, cumulative);
    }
}

/// <summary>A plan's indicator table as <c>seeds/plan-targets.json</c> and the upload API carry it.</summary>
public sealed record PlanFile(string Code, string Title, int[] Years, List<PlanFile.Indicator> Indicators, string? Source = null)
{
    public sealed record Indicator(int Number, string Name, string Unit, string Nature, Dictionary<string, string> Targets,
        Measure? Measure = null, Dictionary<string, string>? Actual = null);

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static PlanFile Read(string path) => JsonSerializer.Deserialize<PlanFile>(File.ReadAllText(path), Json)!;

    /// <summary>The rows to store, or the first problem: a field and a rule.</summary>
    public (List<PlanIndicator>? Rows, string? Field, string? Rule) ToRows()
    {
        if (string.IsNullOrWhiteSpace(Code) || Code.Length > 40) return (null, "code", "is required, at most 40 characters");
        if (Indicators is null || Indicators.Count == 0) return (null, "indicators", "must list at least one indicator");
        var rows = new List<PlanIndicator>();
        for (var i = 0; i < Indicators.Count; i++)
        {
            var indicator = Indicators[i];
            var row = new PlanIndicator { Plan = Code, Number = indicator.Number, Name = indicator.Name, Unit = indicator.Unit, Nature = indicator.Nature, Measure = indicator.Measure };
            foreach (var (figures, actual) in new[] { (indicator.Actual ?? [], true), (indicator.Targets ?? [], false) })
            foreach (var (year, text) in figures)
            {
                if (!int.TryParse(year, out var y)) return (null, $"indicators[{i}].{(actual ? "actual" : "targets")}", $"'{year}' is not a year");
                try
                {
                    var (comparison, value, cumulative) = PlanTarget.Parse(text);
                    row.Targets.Add(new PlanTarget { Plan = Code, Number = indicator.Number, Year = y, Text = text, Comparison = comparison, Value = value, Cumulative = cumulative, IsActual = actual });
                }
                catch (FormatException e)
                {
                    return (null, $"indicators[{i}].{(actual ? "actual" : "targets")}.{year}", e.Message);
                }
            }
            rows.Add(row);
        }
        if (rows.GroupBy(r => r.Number).FirstOrDefault(g => g.Count() > 1) is { } twice) return (null, "indicators", $"number {twice.Key} appears twice");
        return (rows, null, null);
    }

    /// <summary>Replaces the plan's indicators in one unit of work.</summary>
    public static async Task StoreAsync(CaseFlowDbContext db, string code, List<PlanIndicator> rows)
    {
        await db.PlanTargets.Where(t => t.Plan == code).ExecuteDeleteAsync();
        await db.PlanIndicators.Where(t => t.Plan == code).ExecuteDeleteAsync();
        db.PlanIndicators.AddRange(rows);
        await db.SaveChangesAsync();
    }
}
