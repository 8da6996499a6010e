using CaseFlow.Features.Arbitration;

namespace CaseFlow.Features.Mediation;

/// <summary>
/// How an enterprise mediation committee (企业劳动争议调解委员会) works (<c>seeds/enterprise-mediation.json</c>):
/// it mediates its own enterprise's disputes, within periods of its own (the clocks enterprise-acceptance and
/// enterprise-mediation) that both parties may agree to extend once.
/// </summary>
public sealed class EnterpriseMediationRules(LegalRule scope, LegalRule extension, LegalRule referral)
{
    /// <summary>For describing workflows without the seeds.</summary>
    public static EnterpriseMediationRules Statute { get; } = new(
        new("企业劳动争议调解委员会调解本企业发生的劳动争议", "企业劳动争议协商调解规定"),
        new("双方当事人同意延期的，调解期限可以延长一次", "企业劳动争议协商调解规定"),
        new("企业调解期限届满未达成协议的，当事人可以依法申请仲裁", "企业劳动争议协商调解规定"));

    public LegalRule Scope => scope;
    public LegalRule Extension => extension;
    public LegalRule Referral => referral;

    /// <summary>The rules with their sources, for the README's list of what the workflows enforce.</summary>
    public IReadOnlyList<LegalRule> Rules => [scope, extension, referral];
}
