using CaseFlow.Domain;

namespace CaseFlow.Features.Arbitration;

/// <summary>A monthly minimum wage in force from a date, with the notice it comes from.</summary>
public sealed record MinimumWage(DateOnly EffectiveFrom, decimal MonthlyAmount, string Source, bool Confirmed);

/// <summary>The dated minimum wages of <c>seeds/minimum-wage.json</c>.</summary>
public sealed class MinimumWages(IEnumerable<MinimumWage> rates)
{
    readonly List<MinimumWage> rates = rates.OrderBy(r => r.EffectiveFrom).ToList();

    /// <summary>The rate in force on <paramref name="day"/>, or null before the first one.</summary>
    public MinimumWage? InForceOn(DateOnly day) => rates.LastOrDefault(r => r.EffectiveFrom <= day);
}

/// <summary>
/// 终局裁决 (劳动争议调解仲裁法 art. 47): claims for wages, work-injury medical costs, economic
/// compensation or damages of at most twelve months of the local monthly minimum wage, each claim
/// judged on its own, and disputes over working time, rest, leave and social insurance under
/// national standards, are decided finally.
/// </summary>
public static class FinalAward
{
    const int Months = 12;

    public static bool? IsFinal(Claim claim, MinimumWage? wage) => claim.Type switch
    {
        ClaimType.SocialInsurance => true,
        ClaimType.UnpaidWages or ClaimType.Overtime or ClaimType.WorkInjuryBenefits or ClaimType.EconomicCompensation
            or ClaimType.UnlawfulTerminationDamages or ClaimType.DoubleWages
            => wage is null || claim.Amount is null ? null : claim.Amount <= wage.MonthlyAmount * Months,
        _ => false,
    };

    /// <summary>Marks every claim of the case against the minimum wage in force on <paramref name="day"/>.</summary>
    public static void Mark(ArbitrationCase @case, MinimumWages wages, DateOnly day)
    {
        var wage = wages.InForceOn(day);
        foreach (var claim in @case.Claims) claim.IsFinal = IsFinal(claim, wage);
        @case.MinimumWageUsed = wage?.MonthlyAmount;
        @case.MinimumWageConfirmed = wage?.Confirmed;
        @case.MinimumWageSource = wage?.Source;
    }
}
