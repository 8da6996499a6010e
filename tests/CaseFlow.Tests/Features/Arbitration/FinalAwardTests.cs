using CaseFlow.Domain;
using CaseFlow.Features.Arbitration;
using CaseFlow.Features.Cases;
using CaseFlow.Tests.Support;

namespace CaseFlow.Tests.Features.Arbitration;

/// <summary>
/// 终局裁决 as 劳动争议调解仲裁法 art. 47, 办案规则 art. 50 and 法释〔2020〕26号 arts. 18–20 have it:
/// item by item, on the amount awarded, against twelve months of the minimum wage in force on the day
/// of the award (1,850 yuan a month in Kaiping from 2025-03-01: 22,200 yuan).
/// </summary>
public sealed class FinalAwardTests : HarnessTests
{
    Task<ArbitrationCase> Heard(params Claim[] extra) => h.HeardApplication(30_000m, extra);

    Task Award(ArbitrationCase @case, Func<Claim, decimal> awarded) =>
        h.Do(@case, "arbitrator", "award", new AwardRequest { Claims = @case.Claims.Select(c => new ClaimAward(c.Id, awarded(c))).ToList(), Decision = "依法裁决" });

    ArbitrationCase @case = null!;

    Claim Of(ClaimType type) => @case.Claims.Single(c => c.Type == type && !c.IsCounterclaim);

    [Fact]
    public async Task Art47_an_item_is_final_on_the_amount_awarded_not_the_amount_asked()
    {
        @case = await Heard();
        // 30,000 asked in wages, 20,000 awarded: within 22,200, so final; economic compensation 6,000 too.
        await Award(@case, c => c.Type == ClaimType.UnpaidWages ? 20_000m : c.Amount!.Value);

        Assert.True(Of(ClaimType.UnpaidWages).IsFinal);
        Assert.True(Of(ClaimType.EconomicCompensation).IsFinal);
        Assert.Equal(22_200m, @case.FinalAwardThreshold);
        Assert.Equal(["final-award"], h.Db.CaseDocuments.Where(d => d.CaseId == @case.Id && d.Action == "award").Select(d => d.Template).ToList());
    }

    [Fact]
    public async Task Art47_an_item_awarded_above_twelve_months_of_the_minimum_wage_is_not_final_and_the_awards_are_two()
    {
        @case = await Heard();
        await Award(@case, c => c.Amount!.Value);

        Assert.False(Of(ClaimType.UnpaidWages).IsFinal);
        Assert.True(Of(ClaimType.EconomicCompensation).IsFinal);
        // 办案规则 art. 50: final and non-final items in separate awards, each with its own rights.
        Assert.Equal(["arbitration-award", "final-award"],
            h.Db.CaseDocuments.Where(d => d.CaseId == @case.Id && d.Action == "award").Select(d => d.Template).OrderBy(t => t).ToList());
    }

    [Fact]
    public async Task Art47_only_the_kinds_it_names_can_be_final_and_standards_disputes_are_final_whatever_the_amount()
    {
        @case = await Heard(
            new Claim { Type = ClaimType.ConfirmEmploymentRelationship, Description = "确认劳动关系" },
            new Claim { Type = ClaimType.SocialInsurance, Amount = 50_000m });
        await Award(@case, c => c.Amount ?? 1m);

        Assert.False(Of(ClaimType.ConfirmEmploymentRelationship).IsFinal);
        Assert.True(Of(ClaimType.SocialInsurance).IsFinal);
    }

    [Fact]
    public async Task Art47_the_employers_counterclaims_are_never_final()
    {
        @case = await Heard();
        await h.Do(@case, "arbitrator", "counterclaim", new CounterclaimRequest { Claims = [new ClaimInput { Type = ClaimType.EconomicCompensation, Amount = 1_000m, Description = "返还多付的经济补偿" }] });
        await Award(@case, c => c.IsCounterclaim ? 500m : 0m);

        var counterclaim = @case.Claims.Single(c => c.IsCounterclaim);
        Assert.False(counterclaim.IsFinal);
        Assert.True(Of(ClaimType.UnpaidWages).IsFinal is true && @case.Claims.Where(c => !c.IsCounterclaim).All(c => c.IsFinal == true));
    }

    [Fact]
    public async Task Before_the_award_no_item_is_marked()
    {
        @case = await Heard();
        Assert.All(@case.Claims, c => Assert.Null(c.IsFinal));
    }

    [Fact]
    public void The_rules_file_places_every_claim_type_and_says_where_practice_differs()
    {
        var rules = Data.Seeds.Locate(null).FinalAwardRules();
        Assert.Equal(Enum.GetValues<ClaimType>().Length, rules.Entries.Count);
        Assert.Equal(12, rules.Months);
        Assert.Contains("第四十七条", rules.Source);
        Assert.NotNull(rules.For(ClaimType.DoubleWages).Uncertain);
        Assert.Throws<InvalidDataException>(() => new FinalAwardRules(rules.Wages, 12, "", rules.Entries.Where(e => e.ClaimType != ClaimType.Other)));
    }
}
