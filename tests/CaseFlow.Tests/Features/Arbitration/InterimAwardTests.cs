using System.Text.Json;
using CaseFlow.Domain;
using CaseFlow.Features.Arbitration;
using CaseFlow.Features.Documents;
using CaseFlow.Tests.Support;
using CaseFlow.Workflows;

namespace CaseFlow.Tests.Features.Arbitration;

/// <summary>
/// What is decided before the end: a partial award on the clear part (先行裁决, 劳动争议调解仲裁法
/// art. 43 para. 2) and advance execution (先予执行, art. 44). The heard case claims 12,000 yuan in
/// wages and 6,000 in economic compensation.
/// </summary>
public sealed class InterimAwardTests : HarnessTests
{
    static Claim Of(ArbitrationCase @case, ClaimType type) => @case.Claims.Single(c => c.Type == type);

    static PartialAwardRequest Partial(params ClaimAmount[] claims) =>
        new() { Claims = [.. claims], Decision = "工资部分事实清楚，先行裁决", FactsFound = "双方确认拖欠2026年7月至9月工资12,000元", PaymentDays = 5 };

    AdvanceExecutionRequest Advance(ArbitrationCase @case, ClaimAmount claim, bool hardship = true) => new()
    {
        ApplicantId = @case.Parties.Single(p => p.Role == PartyRole.Applicant).Id,
        Claims = [claim],
        RightsClear = true,
        SeriousHardship = hardship,
        Facts = "申请人家庭无其他收入，子女学费无着",
    };

    [Fact]
    public async Task Art43_para2_a_partial_award_decides_the_clear_claims_and_the_final_award_only_the_rest()
    {
        var @case = await h.HeardApplication();
        var wages = Of(@case, ClaimType.UnpaidWages);
        var compensation = Of(@case, ClaimType.EconomicCompensation);

        await h.Do(@case, "arbitrator", "partial-award", Partial(new(wages.Id, 12_000m), new(compensation.Id, null)));
        Assert.Equal(ArbitrationState.Heard, @case.State);
        Assert.Equal(h.Clock.Today, wages.PartiallyAwardedOn);
        Assert.Equal(12_000m, wages.AmountAwarded);
        Assert.True(wages.IsFinal);
        Assert.Null(compensation.AmountAwarded);
        var partial = h.Db.CaseDocuments.Single(d => d.CaseId == @case.Id && d.Template == "partial-award");
        var model = JsonSerializer.Deserialize<DocumentModel>(partial.Snapshot)!;
        Assert.Equal(["劳动报酬"], model.Claims.Select(c => c.Type));
        Assert.Contains("于本裁决生效之日起五日内", model.Result[0]);
        Assert.True(model.AnyFinal);

        // The final award decides what is left, and cannot decide the wages again.
        var again = await h.Take(@case, "arbitrator", "award", new AwardRequest { Claims = [new(wages.Id, 10_000m), new(compensation.Id, 6_000m)], Decision = "依法裁决" });
        Assert.Equal("claims[0].claimId", Assert.IsType<ActionOutcome.Invalid>(again).Field);
        await h.Do(@case, "arbitrator", "award", new AwardRequest { Claims = [new(compensation.Id, 6_000m)], Decision = "依法裁决" });
        Assert.Equal(ArbitrationState.Closed, @case.State);
        Assert.Equal(12_000m, wages.AmountAwarded);
        var award = h.Db.CaseDocuments.Single(d => d.CaseId == @case.Id && d.Template == "final-award");
        var awardModel = JsonSerializer.Deserialize<DocumentModel>(award.Snapshot)!;
        Assert.Equal(["经济补偿"], awardModel.Claims.Select(c => c.Type));
        Assert.True(awardModel.PartiallyDecided);
    }

    [Fact]
    public async Task Art43_para2_a_partial_award_leaves_something_to_decide()
    {
        var @case = await h.HeardApplication();
        var all = await h.Take(@case, "arbitrator", "partial-award",
            Partial(new(Of(@case, ClaimType.UnpaidWages).Id, 12_000m), new(Of(@case, ClaimType.EconomicCompensation).Id, 6_000m)));
        Assert.Contains("应当直接裁决", Assert.IsType<ActionOutcome.Invalid>(all).Rule);
        var none = await h.Take(@case, "arbitrator", "partial-award", Partial(new ClaimAmount(Of(@case, ClaimType.UnpaidWages).Id, null)));
        Assert.Equal("claims", Assert.IsType<ActionOutcome.Invalid>(none).Field);
        Assert.All(@case.Claims, c => Assert.Null(c.AmountAwarded));
        Assert.DoesNotContain(h.Db.CaseDocuments, d => d.CaseId == @case.Id && d.Template == "partial-award");
    }

    [Fact]
    public async Task Art44_advance_execution_of_a_wage_claim_on_both_conditions_with_its_ruling()
    {
        var @case = await h.HeardApplication();
        await h.Do(@case, "arbitrator", "advance-execution", Advance(@case, new(Of(@case, ClaimType.UnpaidWages).Id, 5_000m)));
        Assert.Equal(h.Clock.Today, @case.AdvanceExecutionOn);
        Assert.Equal(5_000m, @case.AdvanceExecutionAmount);
        Assert.Equal(ArbitrationState.Heard, @case.State);
        var ruling = h.Db.CaseDocuments.Single(d => d.CaseId == @case.Id && d.Template == "advance-execution");
        var model = JsonSerializer.Deserialize<DocumentModel>(ruling.Snapshot)!;
        Assert.Equal("工人1", model.AdvanceApplicant);
        Assert.Equal("5,000.00", model.AdvanceAmount);
        Assert.IsType<ActionOutcome.GuardsUnmet>(await h.Take(@case, "arbitrator", "advance-execution", Advance(@case, new(Of(@case, ClaimType.UnpaidWages).Id, 1_000m))));
    }

    [Fact]
    public async Task Art44_no_advance_execution_for_a_claim_it_does_not_name_nor_without_its_conditions()
    {
        var @case = await h.HeardApplication(12_000m, new Claim { Type = ClaimType.ConfirmEmploymentRelationship, Description = "确认2025年起存在劳动关系" });
        var unnamed = await h.Take(@case, "arbitrator", "advance-execution", Advance(@case, new(Of(@case, ClaimType.ConfirmEmploymentRelationship).Id, 1m)));
        Assert.Equal("claims[0].claimId", Assert.IsType<ActionOutcome.Invalid>(unnamed).Field);
        var noHardship = await h.Take(@case, "arbitrator", "advance-execution", Advance(@case, new(Of(@case, ClaimType.UnpaidWages).Id, 5_000m), hardship: false));
        var invalid = Assert.IsType<ActionOutcome.Invalid>(noHardship);
        Assert.Equal("seriousHardship", invalid.Field);
        Assert.Contains("第四十四条第二款第（二）项", invalid.Rule);
        var employer = Advance(@case, new(Of(@case, ClaimType.UnpaidWages).Id, 5_000m)) with { ApplicantId = @case.Parties.Single(p => p.Kind == PartyKind.Employer).Id };
        Assert.Equal("applicantId", Assert.IsType<ActionOutcome.Invalid>(await h.Take(@case, "arbitrator", "advance-execution", employer)).Field);
        Assert.Null(@case.AdvanceExecutionOn);
    }
}
