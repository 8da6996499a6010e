using System.Text.Json;
using CaseFlow.Domain;
using CaseFlow.Features.Arbitration;
using CaseFlow.Features.Documents;
using CaseFlow.Tests.Support;
using CaseFlow.Workflows;

namespace CaseFlow.Tests.Features.Arbitration;

/// <summary>
/// 补正 (劳动人事争议仲裁办案规则 art. 53): the tribunal corrects clerical and calculation errors in an issued
/// award, or adds an item it decided but left out, by a decision served on the parties; the award as
/// corrected is the next version of its document and its decision is unchanged.
/// </summary>
public sealed class AwardCorrectionTests : HarnessTests
{
    const string Facts = "申请人于2026年7月1日入职，被申请人拖欠其2026年7月至9月工资";

    /// <summary>Heard on 2026-11-16 and awarded: 24,000 of the 30,000 yuan of wages (above 22,200, so not final) and the 6,000 of compensation.</summary>
    async Task<ArbitrationCase> Awarded()
    {
        var @case = await h.HeardApplication(30_000m);
        await h.Do(@case, "arbitrator", "award", new AwardRequest
        {
            Claims = @case.Claims.Select(c => new ClaimAward(c.Id, c.Type == ClaimType.UnpaidWages ? 24_000m : c.Amount!.Value)).ToList(),
            Decision = "被申请人应支付拖欠工资", FactsFound = Facts, PaymentDays = 10,
        });
        h.Clock.SetToday(new DateOnly(2026, 11, 20));
        return @case;
    }

    static CorrectAwardRequest Correction(CorrectionKind kind, string? original, string corrected) => new()
    {
        Document = AwardDocument.ArbitrationAward, Kind = kind, Original = original, Corrected = corrected, Reason = "入职日期书写有误",
    };

    DocumentModel Latest(ArbitrationCase @case, string template) => JsonSerializer.Deserialize<DocumentModel>(
        h.Db.CaseDocuments.Where(d => d.CaseId == @case.Id && d.Template == template).OrderByDescending(d => d.Version).First().Snapshot)!;

    [Fact]
    public async Task Art53_a_clerical_error_is_corrected_by_a_decision_and_a_new_version_of_the_award_with_the_decision_unchanged()
    {
        var @case = await Awarded();
        var awarded = @case.Claims.Select(c => (c.AmountAwarded, c.IsFinal)).ToList();

        await h.Do(@case, "arbitrator", "correct-award", Correction(CorrectionKind.Clerical, "2026年7月1日入职", "2026年6月1日入职"));

        Assert.Equal(ArbitrationState.Closed, @case.State);
        Assert.Equal(ClosureType.Award, @case.ClosureType);
        Assert.Equal(awarded, @case.Claims.Select(c => (c.AmountAwarded, c.IsFinal)).ToList());
        Assert.Contains("2026年6月1日入职", @case.FactsFound);
        var correction = Assert.Single(@case.Corrections);
        Assert.Equal(("arbitration-award", h.Clock.Today), (correction.Document, correction.On));

        var awards = h.Db.CaseDocuments.Where(d => d.CaseId == @case.Id && d.Template == "arbitration-award").OrderBy(d => d.Version).ToList();
        Assert.Equal([1, 2], awards.Select(d => d.Version));
        Assert.Contains("2026年7月1日入职", JsonSerializer.Deserialize<DocumentModel>(awards[0].Snapshot)!.FactsFound);
        var corrected = Latest(@case, "arbitration-award");
        Assert.Contains("2026年6月1日入职", corrected.FactsFound);
        Assert.Equal("二〇二六年十一月十六日", corrected.IssuedOn);   // the award keeps the day it was made
        Assert.Equal("2026年6月1日入职", Assert.Single(corrected.Corrections).Corrected);

        var decision = Latest(@case, "correction-decision");
        Assert.Equal(("仲裁裁决书", "二〇二六年十一月十六日", "文字错误"), (decision.CorrectedAward, decision.CorrectedAwardOn, decision.Correction!.Kind));
        Assert.Equal("二〇二六年十一月二十日", decision.IssuedOn);
        Assert.Equal(3, decision.Signatures.Count);   // the tribunal signs its decision
    }

    [Fact]
    public async Task Art53_a_correction_cannot_change_what_was_awarded_nor_touch_an_award_not_issued()
    {
        var @case = await Awarded();

        var result = await h.Take(@case, "arbitrator", "correct-award", Correction(CorrectionKind.Calculation, "24,000.00", "20,000.00"));
        Assert.Contains("裁决结果不能补正", Assert.IsType<ActionOutcome.Invalid>(result).Rule);
        var final = await h.Take(@case, "arbitrator", "correct-award", Correction(CorrectionKind.Clerical, "入职", "到岗") with { Document = AwardDocument.PartialAward });
        Assert.Equal("document", Assert.IsType<ActionOutcome.Invalid>(final).Field);
        var noReason = await h.Take(@case, "arbitrator", "correct-award", Correction(CorrectionKind.Clerical, "入职", "到岗") with { Reason = null });
        Assert.Equal("reason", Assert.IsType<ActionOutcome.Invalid>(noReason).Field);
        var omissionWithOriginal = await h.Take(@case, "arbitrator", "correct-award", Correction(CorrectionKind.Omission, "入职", "仲裁费用由被申请人负担"));
        Assert.Equal("original", Assert.IsType<ActionOutcome.Invalid>(omissionWithOriginal).Field);

        Assert.Empty(@case.Corrections);
        Assert.Equal(Facts, @case.FactsFound);
        Assert.DoesNotContain(h.Db.CaseDocuments, d => d.CaseId == @case.Id && d.Template == "correction-decision");
        Assert.IsType<ActionOutcome.Forbidden>(await h.Take(@case, "registrar", "correct-award", Correction(CorrectionKind.Clerical, "入职", "到岗")));
    }

    [Fact]
    public async Task Art53_an_item_decided_but_left_out_is_added_to_the_reasoning_and_a_partial_award_is_corrected_on_its_own()
    {
        var @case = await h.HeardApplication(12_000m, new Claim { Type = ClaimType.EconomicCompensation, Amount = 6_000m });
        var wages = @case.Claims.Single(c => c.Type == ClaimType.UnpaidWages);
        await h.Do(@case, "arbitrator", "partial-award", new PartialAwardRequest { Claims = [new(wages.Id, 12_000m)], Decision = "工资部分事实清楚", FactsFound = "拖欠工资三个月" });
        Assert.IsType<ActionOutcome.Invalid>(await h.Take(@case, "arbitrator", "correct-award", Correction(CorrectionKind.Clerical, "工资", "薪酬")));

        await h.Do(@case, "arbitrator", "correct-award", new CorrectAwardRequest
        {
            Document = AwardDocument.PartialAward, Kind = CorrectionKind.Omission, Corrected = "被申请人应于本裁决生效之日起五日内履行", Reason = "遗漏履行期限",
        });
        Assert.Equal(ArbitrationState.Heard, @case.State);
        Assert.Equal("工资部分事实清楚\n被申请人应于本裁决生效之日起五日内履行", @case.PartialDecision);
        Assert.Equal(12_000m, wages.AmountAwarded);
        var corrected = Latest(@case, "partial-award");
        Assert.Equal(["劳动报酬"], corrected.Claims.Select(c => c.Type));
        Assert.Null(Assert.Single(corrected.Corrections).Original);
        Assert.Equal("先行裁决书", Latest(@case, "correction-decision").CorrectedAward);
    }
}
