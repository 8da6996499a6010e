using CaseFlow.Domain;
using CaseFlow.Features.Arbitration;
using CaseFlow.Features.Inspection;
using CaseFlow.Features.Mediation;
using CaseFlow.Tests.Support;
using CaseFlow.Workflows;

namespace CaseFlow.Tests.Features.Cases;

/// <summary>
/// Every action's check runs before its transition fires: a refused request leaves the loaded case in
/// its state, at its version, with nothing pending in the unit of work — not only the stored rows.
/// </summary>
public sealed class RefusedActionWorkflowTests : HarnessTests
{
    async Task AssertRefusedUntouched(Case @case, string user, string action, ActionRequest request, string field)
    {
        var (state, version, events, parties, claims) = (@case.StateName, @case.Version, @case.Events.Count, @case.Parties.Count, @case.Claims.Count);

        var outcome = await h.As(user).WorkflowFor(@case).TakeAsync(action, request);

        var invalid = Assert.IsType<ActionOutcome.Invalid>(outcome);
        Assert.Equal(field, invalid.Field);
        Assert.Equal(state, @case.StateName);
        Assert.Equal(version, @case.Version);
        Assert.Equal(events, @case.Events.Count);
        Assert.Equal(parties, @case.Parties.Count);
        Assert.Equal(claims, @case.Claims.Count);
        Assert.False(h.Db.ChangeTracker.HasChanges(), $"{action}: the refused request left changes pending: " +
            string.Join(", ", h.Db.ChangeTracker.Entries().Where(e => e.State != Microsoft.EntityFrameworkCore.EntityState.Unchanged).Select(e => $"{e.Entity.GetType().Name} {e.State}")));
    }

    async Task<ArbitrationCase> InReview(int workers = 1)
    {
        var @case = await h.NewApplication(workers);
        await h.Do(@case, "registrar", "submit-for-review");
        return @case;
    }

    [Fact]
    public async Task Refused_arbitration_actions_leave_the_case_where_it_was()
    {
        var applied = await h.NewApplication();
        await AssertRefusedUntouched(applied, "registrar", "refer-to-pre-case-mediation",
            new PreCaseMediationRequest { MediationOrganisationId = h.Brigade.Id }, "mediationOrganisationId");

        var @case = await InReview(workers: 3);
        await AssertRefusedUntouched(@case, "registrar", "accept", new AcceptRequest { Track = ProcedureTrack.Collective }, "track");
        await AssertRefusedUntouched(@case, "registrar", "accept", new AcceptRequest { Track = ProcedureTrack.Simplified }, "simplifiedGround");
        await h.Do(@case, "registrar", "accept", new AcceptRequest { Track = ProcedureTrack.Ordinary });

        await AssertRefusedUntouched(@case, "registrar", "serve", new ServeRequest { ServedOn = h.Clock.Today.AddDays(-1), Method = ServiceMethod.Post }, "servedOn");
        await AssertRefusedUntouched(@case, "registrar", "add-party",
            new AddPartyRequest { Party = new CaseFlow.Features.Cases.PartyInput { Role = PartyRole.Agent, Kind = PartyKind.Agent, Name = "代理人" } }, "party.kind");
        await h.Do(@case, "registrar", "serve", new ServeRequest { ServedOn = h.Clock.Today, Method = ServiceMethod.Post });

        await AssertRefusedUntouched(@case, "head", "form-tribunal",
            new FormTribunalRequest { PresidingArbitratorId = h.User("arbitrator").Id, MemberIds = [h.User("arbitrator2").Id, h.User("mediator").Id] }, "memberIds");
        await h.Do(@case, "head", "form-tribunal",
            new FormTribunalRequest { PresidingArbitratorId = h.User("arbitrator").Id, MemberIds = [h.User("arbitrator2").Id, h.User("arbitrator3").Id] });

        await AssertRefusedUntouched(@case, "arbitrator", "schedule-hearing", new ScheduleHearingRequest { HearingAt = h.Clock.Today.AddDays(1).ToDateTime(new TimeOnly(9, 30)), Place = "第一仲裁庭" }, "hearingAt");
        await AssertRefusedUntouched(@case, "arbitrator", "issue-mediation-statement", new MediationStatementRequest { Terms = " " }, "terms");
        await h.Do(@case, "arbitrator", "schedule-hearing", new ScheduleHearingRequest { HearingAt = new DateTime(2026, 11, 16, 9, 30, 0), Place = "第一仲裁庭" });

        h.Clock.SetToday(new DateOnly(2026, 11, 16));
        await AssertRefusedUntouched(@case, "arbitrator", "record-hearing", new RecordHearingRequest { HeardOn = new DateOnly(2026, 11, 13) }, "heardOn");
        await h.Do(@case, "arbitrator", "record-hearing", new RecordHearingRequest { HeardOn = h.Clock.Today });

        await AssertRefusedUntouched(@case, "arbitrator", "award", new AwardRequest
        {
            Claims = @case.Claims.Select(c => new ClaimAward(c.Id, c.Amount!.Value + 1)).ToList(),
            Decision = "被申请人支付工资",
        }, "claims[0].amountAwarded");
        Assert.All(@case.Claims, c => Assert.Null(c.AmountAwarded));
    }

    [Fact]
    public async Task Refused_mediation_actions_leave_the_case_where_it_was()
    {
        var @case = await h.NewMediation();
        await h.Do(@case, "mediator.sanbu", "start-mediation");
        await AssertRefusedUntouched(@case, "mediator.sanbu", "log-session",
            new LogSessionRequest { HeldAt = h.Clock.Today.ToDateTime(new TimeOnly(9, 0)), Place = "三埠街道调委会", Attendees = "", Outcome = "未达成一致" }, "attendees");
        await h.Do(@case, "mediator.sanbu", "log-session",
            new LogSessionRequest { HeldAt = h.Clock.Today.ToDateTime(new TimeOnly(9, 0)), Place = "三埠街道调委会", Attendees = "双方", Outcome = "同意分期支付" });

        await AssertRefusedUntouched(@case, "mediator.sanbu", "record-agreement", new AgreementRequest
        {
            Terms = "分两期支付", Amount = 8_000m,
            PaymentSchedule = [new InstalmentTerms(h.Clock.Today.AddDays(10), 5_000m), new InstalmentTerms(h.Clock.Today.AddDays(40), 2_000m)],
        }, "paymentSchedule");
        Assert.Null(@case.AgreedOn);
        Assert.Empty(@case.PaymentSchedule);
    }

    [Fact]
    public async Task Refused_inspection_actions_leave_the_case_where_it_was()
    {
        var @case = await h.NewComplaint();
        await h.Do(@case, "inspector", "file");
        var worker = @case.Parties.First(p => p.Kind == PartyKind.Worker);
        // An arrears entry for a worker already owed would once have added the worker as a new party first.
        await AssertRefusedUntouched(@case, "inspector", "record-arrears",
            new RecordArrearsRequest { WorkerName = worker.Name, WorkerIdNumber = worker.IdNumber, Amount = 100m }, "partyId");
        await h.Do(@case, "inspector", "log-activity",
            new LogActivityRequest { Kind = ActivityKind.SiteVisit, At = h.Clock.Today.ToDateTime(new TimeOnly(9, 0)), Place = "工地", Inspectors = "检查员甲、乙", Notes = "核查工资表" });

        await AssertRefusedUntouched(@case, "inspector", "order-rectification", new RectificationOrderRequest { Deadline = h.Clock.Today, Requirements = "支付工资" }, "deadline");
        Assert.Null(@case.RectificationOrderedOn);
        await h.Do(@case, "inspector", "order-rectification", new RectificationOrderRequest { Deadline = h.Clock.Today.AddDays(10), Requirements = "支付工资" });

        await AssertRefusedUntouched(@case, "inspector", "verify-payment",
            new VerifyPaymentRequest { PartyId = worker.Id, Amount = 5_000.01m, PaidOn = h.Clock.Today }, "amount");
        Assert.All(@case.Arrears, a => Assert.Equal(0m, a.AmountPaid));
    }
}
