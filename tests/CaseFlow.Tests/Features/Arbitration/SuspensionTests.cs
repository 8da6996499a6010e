using CaseFlow.Features.Arbitration;
using CaseFlow.Features.Clocks;
using CaseFlow.Tests.Support;
using CaseFlow.Workflows;

namespace CaseFlow.Tests.Features.Arbitration;

/// <summary>
/// 中止 on a ground of 劳动人事争议仲裁办案规则 art. 47, proposed by the tribunal and decided by the head
/// with a written decision; time taken by 公告送达 not counted (art. 46); an extension notified in writing
/// (劳动争议调解仲裁法 art. 43).
/// </summary>
public sealed class SuspensionTests : HarnessTests
{
    static DateOnly D(string day) => DateOnly.Parse(day);

    async Task<ArbitrationCase> Formed(ServiceMethod method = ServiceMethod.Post)
    {
        h.Clock.SetToday(D("2026-11-02"));
        var @case = await h.NewApplication();
        await h.Do(@case, "registrar", "submit-for-review");
        await h.Do(@case, "registrar", "accept", new AcceptRequest { Track = ProcedureTrack.Ordinary });
        await h.Do(@case, "registrar", "serve", new ServeRequest { ServedOn = h.Clock.Today, Method = method });
        await h.Do(@case, "head", "form-tribunal", new FormTribunalRequest { PresidingArbitratorId = h.User("arbitrator").Id, MemberIds = [h.User("arbitrator2").Id, h.User("arbitrator3").Id] });
        return @case;
    }

    static CaseClock Award(ArbitrationCase @case) => Assert.Single(@case.Clocks, c => c.Code == "award");

    List<string> Documents(ArbitrationCase @case) =>
        h.Db.CaseDocuments.Where(d => d.CaseId == @case.Id).OrderBy(d => d.Id).Select(d => d.Template).ToList();

    [Fact]
    public async Task Art47_the_tribunal_proposes_on_a_ground_and_the_head_decides_with_a_written_decision_while_the_period_runs_until_then()
    {
        var @case = await Formed();
        var direct = await h.Take(@case, "arbitrator", "suspend", new SuspendRequest { Ground = SuspensionGround.AwaitingAssessment, Reason = "等待鉴定" });
        Assert.IsType<ActionOutcome.Forbidden>(direct);
        var groundless = await h.Take(@case, "arbitrator", "propose-suspension", new SuspendRequest { Reason = "等待鉴定" });
        Assert.Equal("ground", Assert.IsType<ActionOutcome.Invalid>(groundless).Field);

        h.Clock.SetToday(D("2026-11-05"));
        await h.Do(@case, "arbitrator", "propose-suspension", new SuspendRequest { Ground = SuspensionGround.AwaitingAssessment, Reason = "申请人已申请工伤认定，尚无结论" });
        Assert.Equal(ArbitrationState.SuspensionProposed, @case.State);
        Assert.Equal(ClockStatus.Running, Award(@case).Status);
        // The head's worklist offers the decision as a next step.
        Assert.Equal(["reject-suspension", "suspend"], h.As("head").WorkflowFor(@case).NextSteps().Select(a => a.Name).Order());

        h.Clock.SetToday(D("2026-11-09"));
        await h.Do(@case, "head", "suspend", new SuspendRequest { Reason = "申请人已申请工伤认定，尚未作出认定结论" });
        Assert.Equal(ArbitrationState.Suspended, @case.State);
        Assert.Equal(SuspensionGround.AwaitingAssessment, @case.SuspensionGround);
        Assert.Equal(ArbitrationState.TribunalFormed, @case.SuspendedFrom);
        Assert.Equal(ClockStatus.Paused, Award(@case).Status);
        Assert.Equal("suspension-decision", Documents(@case).Last());
        var decision = await CaseFlow.Features.Documents.CaseDocuments.ModelAsync(h.Db, @case, "suspension-decision", h.Clock.Today);
        Assert.Equal("案件处理需要等待工伤认定、伤残等级鉴定以及其他鉴定结论", decision.SuspensionGround);
        Assert.Equal("办案规则第四十七条第一款第（六）项", decision.SuspensionBasis);

        // 45 days from 2 November plus the 10 suspended (9–19 November): 27 December, a Sunday, so the 28th.
        h.Clock.SetToday(D("2026-11-19"));
        await h.Do(@case, "arbitrator", "resume");
        Assert.Equal(ArbitrationState.TribunalFormed, @case.State);
        Assert.Null(@case.SuspensionGround);
        Assert.Equal(D("2026-12-28"), Award(@case).DueOn);
    }

    [Fact]
    public async Task Art47_a_rejected_proposal_returns_the_case_to_where_it_stood_and_issues_nothing()
    {
        var @case = await Formed();
        await h.Do(@case, "arbitrator", "schedule-hearing", new ScheduleHearingRequest { HearingAt = new DateTime(2026, 11, 16, 9, 30, 0), Place = "第一仲裁庭" });
        await h.Do(@case, "arbitrator", "propose-suspension", new SuspendRequest { Ground = SuspensionGround.AwaitingOtherCase, Reason = "关联案件尚在法院审理" });
        var documents = Documents(@case).Count;

        var again = await h.Take(@case, "arbitrator", "propose-suspension", new SuspendRequest { Ground = SuspensionGround.ForceMajeure, Reason = "再次报请" });
        Assert.IsType<ActionOutcome.GuardsUnmet>(again);
        await h.Do(@case, "head", "reject-suspension", new NoParameters { Reason = "关联案件结果不影响本案认定" });

        Assert.Equal(ArbitrationState.HearingScheduled, @case.State);
        Assert.Null(@case.SuspensionGround);
        Assert.Null(@case.SuspendedFrom);
        Assert.Equal(documents, Documents(@case).Count);
    }

    [Fact]
    public async Task Art46_the_time_of_a_public_notice_does_not_count_towards_the_award_period()
    {
        var byPost = await Formed();
        var byNotice = await Formed(ServiceMethod.PublicNotice);

        // Published on 2 November: deemed served 30 days later, on 2 December; the answer period runs from then.
        Assert.Equal(D("2026-12-02"), byNotice.ServiceDeemedOn);
        Assert.Null(byPost.ServiceDeemedOn);
        Assert.Equal(D("2026-12-17"), Award(byPost).DueOn);
        // 45 + 30 days from 2 November is Saturday 16 January 2027: the period ends on Monday the 18th.
        Assert.Equal(D("2027-01-18"), Award(byNotice).DueOn);
        Assert.Equal(30, Award(byNotice).PausedDays);
        var answer = ClockRules.Facts(byNotice, byNotice.Events.ToList()).Single(f => f.Code == "answer").Facts;
        Assert.Equal(D("2026-12-02"), answer.Start);
        Assert.Contains(byNotice.Clocks, c => c.Code == ArbitrationWorkflow.PublicNoticeClock);
    }

    [Fact]
    public async Task Art43_an_extension_is_notified_to_the_parties_in_writing()
    {
        var @case = await Formed();
        await h.Do(@case, "head", "extend", new ExtendRequest { Days = 15, Reason = "案情复杂，需调取社保缴费记录" });

        Assert.Equal("extension-notice", Documents(@case).Last());
        var notice = await CaseFlow.Features.Documents.CaseDocuments.ModelAsync(h.Db, @case, "extension-notice", h.Clock.Today);
        Assert.Equal("十五", notice.ExtensionDays);
        Assert.Equal("案情复杂，需调取社保缴费记录", notice.ExtensionReason);
    }
}
