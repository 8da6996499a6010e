using CaseFlow.Infrastructure;
using CaseFlow.Domain;
using CaseFlow.Features.Arbitration;
using CaseFlow.Features.Clocks;
using CaseFlow.Features.Mediation;
using CaseFlow.Workflows;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseFlow.Features.Admin;

/// <summary>One area of the law the workflows enforce, with each rule and its source.</summary>
public sealed record LegalBasisSection(string Title, IReadOnlyList<LegalRule> Rules);

/// <summary>
/// 法律依据: every rule the workflows enforce, listed from the very declarations they use — the statutory
/// clocks, the rule files of <c>seeds/</c> and the grounds declared on the actions — so that the list
/// cannot say what the workflows do not do. The README's section is this list made from the seeds.
/// </summary>
public static class LegalBasis
{
    public static IReadOnlyList<LegalBasisSection> Sections(IEnumerable<ClockDefinition> clocks, WorkflowServices rules) =>
    [
        new("法定期限", clocks.OrderBy(c => c.CaseKind).ThenBy(c => c.Code).Select(Clock).ToList()),
        new("仲裁时效", rules.Limitation.Rules),
        new("终局裁决",
        [
            new($"逐项认定：裁决金额不超过裁决时当地月最低工资标准{rules.FinalAward.Months}个月金额的为终局裁决；终局与非终局事项分别制作裁决书", rules.FinalAward.Source),
            .. rules.FinalAward.Entries.OrderBy(e => e.ClaimType).Select(e => new LegalRule($"{Labels.Of(e.ClaimType)}：{Finality(e.Kind)}", e.Basis, e.Uncertain)),
        ]),
        new("先行裁决与先予执行", rules.InterimAwards.Rules),
        new("中止审理", Enum.GetValues<SuspensionGround>().Select(g => new LegalRule($"中止事由：{Labels.Of(g)}", Labels.Hint(g) ?? "")).ToList()),
        new("裁决书补正", [AwardCorrection.Basis]),
        new("裁决后续", Enum.GetValues<AfterAwardKind>().Select(k => new LegalRule(Labels.Of(k), Labels.Hint(k) ?? "")).ToList()),
        new("调解协议的审查确认", rules.Confirmation.Rules),
        new("企业劳动争议调解委员会", rules.Enterprise.Rules),
        new("工程建设领域欠薪预警", rules.Warnings.Legal),
        new("劳动保障监察行政处罚", rules.Enforcement.PenaltyLegal),
        new("失信联合惩戒名单与守法诚信等级", rules.Enforcement.BlacklistLegal),
    ];

    static LegalRule Clock(ClockDefinition c)
    {
        var unit = Labels.Of(c.Unit);
        var extension = c.MaxExtensionDays is { } most ? $"，可延长一次，最长{most}{unit}" : "";
        return new LegalRule($"{Labels.Of(c.CaseKind)}·{c.Name}：{c.Days}{unit}{extension}", c.LegalBasis);
    }

    static string Finality(FinalAwardKind kind) => kind switch
    {
        FinalAwardKind.ByAmount => "按裁决金额认定终局或非终局",
        FinalAwardKind.WhateverTheAmount => "不论金额均为终局裁决",
        _ => "非终局裁决",
    };

    /// <summary>The list as Markdown tables, one per area: rule, source, and what is uncertain in law.</summary>
    public static string Markdown(IReadOnlyList<LegalBasisSection> sections)
    {
        static string Cell(string? text) => string.IsNullOrWhiteSpace(text) ? "—" : text.Replace("|", "\\|").Replace("\r", "").Replace("\n", " ");
        var lines = new List<string>();
        foreach (var section in sections)
        {
            lines.Add($"#### {section.Title}");
            lines.Add("");
            lines.Add("| 规则 | 依据 | 存疑与可调整之处 |");
            lines.Add("|---|---|---|");
            lines.AddRange(section.Rules.Select(r => $"| {Cell(r.Name)} | {Cell(r.Source)} | {Cell(r.Uncertain)} |"));
            lines.Add("");
        }
        return string.Join("\n", lines).Trim();
    }

    public static void MapLegalBasis(this RouteGroupBuilder api) =>
        api.MapGet("legal-basis", (ClockBook clocks, WorkflowServices rules) => TypedResults.Ok(Sections(clocks.Definitions.Values, rules)))
            .Allow(Access.SignedIn)
            .WithTags("calendar")
            .WithSummary("法律依据: every rule the workflows enforce, with its article and what is uncertain about it, as configured now");
}
