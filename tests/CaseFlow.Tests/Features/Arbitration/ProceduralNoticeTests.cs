using CaseFlow.Features.Arbitration;
using CaseFlow.Features.Documents;
using CaseFlow.Tests.Support;

namespace CaseFlow.Tests.Features.Arbitration;

/// <summary>
/// The written notices of the proceedings: 应诉通知书 with the copy of the application (劳动争议调解仲裁法 art. 30),
/// 仲裁庭组成通知书 (art. 32), and a 调解书 signed by the tribunal's arbitrators.
/// </summary>
public sealed class ProceduralNoticeTests : HarnessTests
{
    List<string> Issued(ArbitrationCase @case, string action) =>
        h.Db.CaseDocuments.Where(d => d.CaseId == @case.Id && d.Action == action).Select(d => d.Template).ToList();

    [Fact]
    public async Task Art30_service_issues_the_answer_notice_and_art32_forming_the_tribunal_issues_its_notice()
    {
        var @case = await h.HeardApplication();

        Assert.Equal(["answer-notice"], Issued(@case, "serve"));
        Assert.Equal(["tribunal-notice"], Issued(@case, "form-tribunal"));
        var notice = await CaseDocuments.ModelAsync(h.Db, @case, "tribunal-notice", h.Clock.Today);
        Assert.Equal("仲裁庭组成通知书", notice.Title);
        Assert.Contains("首席仲裁员", notice.Tribunal);
    }

    [Fact]
    public async Task The_mediation_statement_carries_the_signature_line_of_each_arbitrator()
    {
        var @case = await h.HeardApplication();
        await h.Do(@case, "arbitrator", "issue-mediation-statement", new MediationStatementRequest { Terms = "一次性支付" });

        var statement = await CaseDocuments.ModelAsync(h.Db, @case, "mediation-statement", h.Clock.Today);
        Assert.Equal(["首席仲裁员", "仲  裁  员", "仲  裁  员"], statement.Signatures.Select(s => s.Role));
        Assert.All(statement.Signatures, s => Assert.False(string.IsNullOrEmpty(s.Name)));
    }
}
