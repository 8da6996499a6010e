using CaseFlow.Domain;
using CaseFlow.Features.Arbitration;
using CaseFlow.Tests.Support;
using CaseFlow.Workflows;

namespace CaseFlow.Tests.Features.Arbitration;

public sealed class ArbitrationWorkflowTests : IAsyncLifetime
{
    WorkflowHarness h = null!;

    public async Task InitializeAsync() => h = await WorkflowHarness.StartAsync();
    public async Task DisposeAsync() => await h.DisposeAsync();

    async Task<ArbitrationCase> Accepted(ProcedureTrack track = ProcedureTrack.Ordinary)
    {
        var @case = await h.NewApplication();
        await h.Do(@case, "registrar", "submit-for-review");
        await h.Do(@case, "registrar", "accept", new AcceptRequest { Track = track, SimplifiedGround = track == ProcedureTrack.Simplified ? SimplifiedGround.PartiesAgree : null });
        return @case;
    }

    async Task<ArbitrationCase> Heard()
    {
        var @case = await Accepted();
        await h.Do(@case, "registrar", "serve", new ServeRequest { ServedOn = h.Clock.Today, Method = ServiceMethod.Post });
        await h.Do(@case, "head", "form-tribunal", new FormTribunalRequest { PresidingArbitratorId = h.User("arbitrator").Id, MemberIds = [h.User("arbitrator2").Id, h.User("arbitrator3").Id] });
        await h.Do(@case, "arbitrator", "schedule-hearing", new ScheduleHearingRequest { HearingAt = new DateTime(2026, 11, 16, 9, 30, 0), Place = "第一仲裁庭" });
        h.Clock.SetToday(new DateOnly(2026, 11, 16));
        await h.Do(@case, "arbitrator", "record-hearing", new RecordHearingRequest { HeardOn = h.Clock.Today });
        return @case;
    }

    [Fact]
    public async Task An_application_goes_from_acceptance_to_an_award_and_is_closed()
    {
        var @case = await Heard();
        await h.Do(@case, "arbitrator", "award", new AwardRequest
        {
            Claims = @case.Claims.Select(c => new ClaimAward(c.Id, c.Amount!.Value / 2)).ToList(),
            Decision = "被申请人支付工资",
        });

        Assert.Equal(ArbitrationState.Closed, @case.State);
        Assert.Equal(ClosureType.Award, @case.ClosureType);
        Assert.Equal("开劳人仲案字〔2026〕第1号", @case.CaseNumber);
        Assert.All(@case.Claims, c => Assert.Equal(c.Amount / 2, c.AmountAwarded));
        Assert.Equal(["open", "submit-for-review", "accept", "serve", "form-tribunal", "schedule-hearing", "record-hearing", "award"],
            @case.Events.OrderBy(e => e.Sequence).Select(e => e.Action));
    }

    [Fact]
    public async Task Accepting_is_refused_to_a_mediator()
    {
        var @case = await h.NewApplication();
        await h.Do(@case, "registrar", "submit-for-review");

        var outcome = await h.Take(@case, "mediator", "accept", new AcceptRequest { Track = ProcedureTrack.Ordinary });

        Assert.IsType<ActionOutcome.Forbidden>(outcome);
        Assert.Equal(ArbitrationState.AcceptanceReview, @case.State);
    }

    [Fact]
    public async Task Awarding_before_the_hearing_is_refused_with_what_is_permitted()
    {
        var @case = await Accepted();

        var outcome = await h.Take(@case, "arbitrator", "award", new AwardRequest { Claims = [], Decision = "x" });

        var wrong = Assert.IsType<ActionOutcome.WrongState>(outcome);
        Assert.Equal("Accepted", wrong.State);
        Assert.Contains("serve", wrong.Permitted);
        Assert.DoesNotContain("award", wrong.Permitted);
    }

    [Fact]
    public async Task A_second_extension_is_refused_by_its_guard()
    {
        var @case = await Accepted();
        await h.Do(@case, "head", "extend", new ExtendRequest { Days = 15, Reason = "案情复杂" });

        var outcome = await h.Take(@case, "head", "extend", new ExtendRequest { Days = 5, Reason = "again" });

        Assert.IsType<ActionOutcome.GuardsUnmet>(outcome);
        Assert.Equal(15, @case.ExtensionDays);
    }
}
