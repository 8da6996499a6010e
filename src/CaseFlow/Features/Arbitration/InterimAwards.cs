using CaseFlow.Domain;

namespace CaseFlow.Features.Arbitration;

/// <summary>A condition the tribunal must find before it rules, with its article.</summary>
public sealed record RuleCondition(string Code, string Text, string Source);

/// <summary>
/// What is decided before the proceedings end (<c>seeds/interim-awards.json</c>): a partial award on the
/// clear part of the claims (先行裁决, 劳动争议调解仲裁法 art. 43 para. 2) and advance execution
/// (先予执行, art. 44) of the kinds of claim the article names, on its two conditions.
/// </summary>
public sealed class InterimAwardRules(string partialSource, string partialRights, string advanceSource, IReadOnlySet<ClaimType> advanceTypes,
    IReadOnlyList<RuleCondition> conditions, string security, string? uncertain)
{
    /// <summary>For describing workflows without the seeds: the statute's list, as seeded.</summary>
    public static InterimAwardRules Statute { get; } = new("劳动争议调解仲裁法 第四十三条第二款", "", "劳动争议调解仲裁法 第四十四条",
        new HashSet<ClaimType> { ClaimType.UnpaidWages, ClaimType.Overtime, ClaimType.WorkInjuryBenefits, ClaimType.EconomicCompensation, ClaimType.UnlawfulTerminationDamages },
        [new("rightsClear", "当事人之间权利义务关系明确", "第四十四条第二款第（一）项"), new("seriousHardship", "不先予执行将严重影响申请人的生活", "第四十四条第二款第（二）项")],
        "", null);

    public string PartialSource => partialSource;
    public string PartialRights => partialRights;
    public string AdvanceSource => advanceSource;
    public IReadOnlySet<ClaimType> AdvanceTypes => advanceTypes;
    public IReadOnlyList<RuleCondition> Conditions => conditions;
    public string Security => security;

    public RuleCondition Condition(string code) => conditions.Single(c => c.Code == code);

    /// <summary>The rules with their sources, for the README's list of what the workflows enforce.</summary>
    public IReadOnlyList<LegalRule> Rules =>
    [
        new("先行裁决", partialSource, null),
        new("先予执行", advanceSource, uncertain),
        .. conditions.Select(c => new LegalRule($"先予执行的条件：{c.Text}", c.Source)),
        new("先予执行的担保", security),
    ];
}
