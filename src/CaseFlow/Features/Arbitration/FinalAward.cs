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

/// <summary>How a claim type stands towards the final award.</summary>
public enum FinalAwardKind
{
    /// <summary>Final when the amount awarded on the item is at most twelve months of the minimum wage.</summary>
    ByAmount,
    /// <summary>Final whatever the amount: disputes over national labour standards.</summary>
    WhateverTheAmount,
    /// <summary>Never final.</summary>
    NotFinal,
}

/// <summary>One claim type's entry in <c>seeds/final-award.json</c>, with its basis and any doubt about it.</summary>
public sealed record FinalAwardEntry(ClaimType ClaimType, FinalAwardKind Kind, string Basis, string? Uncertain);

/// <summary>
/// 终局裁决 (劳动争议调解仲裁法 art. 47; 办案规则 art. 50; 法释〔2020〕26号 arts. 18–20): each item of
/// the award is judged on its own, on what is <em>awarded</em> on it, against the monthly minimum wage in
/// force on the day of the award; only the kinds art. 47 names can be final; the employer's
/// counterclaims never are. Which claim type is which is data (<c>seeds/final-award.json</c>).
/// </summary>
public sealed class FinalAwardRules
{
    readonly Dictionary<ClaimType, FinalAwardEntry> entries;

    public FinalAwardRules(MinimumWages wages, int months, string source, IEnumerable<FinalAwardEntry> entries)
    {
        Wages = wages;
        Months = months;
        Source = source;
        this.entries = entries.ToDictionary(e => e.ClaimType);
        var missing = Enum.GetValues<ClaimType>().Where(t => !this.entries.ContainsKey(t)).ToList();
        if (missing.Count > 0)
            throw new InvalidDataException($"final-award.json: no entry for {string.Join(", ", missing)}; every claim type must be in one list");
    }

    /// <summary>For describing workflows without the seeds: nothing is final.</summary>
    public static FinalAwardRules None { get; } = new(new MinimumWages([]), 12, "",
        Enum.GetValues<ClaimType>().Select(t => new FinalAwardEntry(t, FinalAwardKind.NotFinal, "", null)));

    public MinimumWages Wages { get; }
    public int Months { get; }
    public string Source { get; }
    public IReadOnlyCollection<FinalAwardEntry> Entries => entries.Values;

    public FinalAwardEntry For(ClaimType type) => entries[type];

    /// <summary>Whether the award on <paramref name="claim"/> is final; null when no minimum wage is known for an item judged by amount.</summary>
    public bool? IsFinal(Claim claim, MinimumWage? wage)
    {
        if (claim.IsCounterclaim) return false;
        return entries[claim.Type].Kind switch
        {
            FinalAwardKind.WhateverTheAmount => true,
            FinalAwardKind.ByAmount => wage is null ? null : (claim.AmountAwarded ?? 0) <= wage.MonthlyAmount * Months,
            _ => false,
        };
    }

    /// <summary>Marks every claim of the case as the award made on <paramref name="day"/> decides it.</summary>
    public void Mark(ArbitrationCase @case, DateOnly day) => Mark(@case.Claims.Where(c => c.PartiallyAwardedOn is null), @case, day);

    /// <summary>
    /// Marks <paramref name="claims"/>, decided on <paramref name="day"/>: a partial award marks its own
    /// items on its day, and the final award leaves them as they were.
    /// </summary>
    public void Mark(IEnumerable<Claim> claims, ArbitrationCase @case, DateOnly day)
    {
        var wage = Wages.InForceOn(day);
        foreach (var claim in claims) claim.IsFinal = IsFinal(claim, wage);
        @case.MinimumWageUsed = wage?.MonthlyAmount;
        @case.FinalAwardThreshold = wage?.MonthlyAmount * Months;
        @case.MinimumWageConfirmed = wage?.Confirmed;
        @case.MinimumWageSource = wage?.Source;
    }
}
