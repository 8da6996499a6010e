using CaseFlow.Domain;
using CaseFlow.Features.Arbitration;
using CaseFlow.Workflows;
using Microsoft.EntityFrameworkCore;
using Stateless;
using static CaseFlow.Domain.Role;
using State = CaseFlow.Features.Mediation.MediationState;
using Transition = Stateless.StateMachine<CaseFlow.Features.Mediation.MediationState, CaseFlow.Features.Mediation.MediationTrigger>.Transition;

// The guards of internal transitions are plain Func<bool> state checks, as for every other transition:
// the overload Stateless now marks obsolete is the one that evaluates them without the action's
// parameters, which is what listing the permitted actions needs.
#pragma warning disable CS0618

namespace CaseFlow.Features.Mediation;

public enum MediationTrigger
{
    StartMediation,
    LogSession,
    RecordAgreement,
    RecordPayment,
    ConfirmFulfilment,
    Fail,
    ReferToArbitration,
    CloseWithoutReferral,
    Withdraw,
    ApplyForConfirmation,
    RecordConfirmation,
    ExtendMediation,
}

/// <summary>
/// 调解: registration, sessions, an agreement whose fulfilment is tracked, or failure and referral to
/// arbitration. A pre-case mediation (案前约调) settles or fails its waiting application with it.
/// </summary>
public sealed class MediationWorkflow : CaseWorkflow<MediationCase, MediationState, MediationTrigger>
{
    public MediationWorkflow(MediationCase @case, WorkflowContext context) : base(@case, context)
    {
        Describe(HasSessions, "已至少记录一次调解");
        Describe(IsPreCase, IsPreCaseDescription);
        Describe(IsNotPreCase, IsNotPreCaseDescription);
        Describe(MediationPeriodHasRun, "调解期限届满未达成协议（劳动争议调解仲裁法第十四条；企业调解按企业调解期限）");

        var start = Define<NoParameters>(MediationTrigger.StartMediation, "开始调解", [Mediator], hint: "受理调解申请");
        var extendMediation = Define<ExtendMediationRequest>(MediationTrigger.ExtendMediation, "延长调解期限", [Mediator],
            hint: "企业劳动争议调解委员会调解，双方当事人同意延期的可以延长一次", check: Sync<ExtendMediationRequest>(CheckMediationExtension));
        var logSession = Define<LogSessionRequest>(MediationTrigger.LogSession, "调解记录", [Mediator], check: Sync<LogSessionRequest>(CheckSession));
        var agree = Define<AgreementRequest>(MediationTrigger.RecordAgreement, "达成调解协议", [Mediator], hint: "制发调解协议书", check: Sync<AgreementRequest>(CheckAgreement));
        var pay = Define<RecordPaymentRequest>(MediationTrigger.RecordPayment, "履行登记", [Mediator], check: Sync<RecordPaymentRequest>(CheckPayment));
        var fulfil = Define<NoParameters>(MediationTrigger.ConfirmFulfilment, "履行完毕", [Mediator]);
        var fail = Define<NoParameters>(MediationTrigger.Fail, "调解不成", [Mediator], hint: "写明调解不成的原因；当事人可申请仲裁", requiresReason: true);
        var refer = Define<NoParameters>(MediationTrigger.ReferToArbitration, "转仲裁", [Mediator]);
        var closeFailed = Define<NoParameters>(MediationTrigger.CloseWithoutReferral, "结案", [Mediator]);
        var withdraw = Define<NoParameters>(MediationTrigger.Withdraw, "撤回", [Mediator, Registrar]);
        var applyForConfirmation = Define<ApplyForConfirmationRequest>(MediationTrigger.ApplyForConfirmation, "申请审查确认", [Mediator, Registrar],
            hint: "双方当事人共同申请仲裁审查确认或司法确认，确认后调解协议可申请强制执行（人民调解法第三十三条）", check: Sync<ApplyForConfirmationRequest>(CheckConfirmationApplication));
        var recordConfirmation = Define<RecordConfirmationRequest>(MediationTrigger.RecordConfirmation, "登记确认结果", [Mediator, Registrar],
            hint: "仲裁委制作调解书或人民法院裁定确认有效；不予确认的写明理由", check: Sync<RecordConfirmationRequest>(CheckConfirmationOutcome));

        Machine.Configure(State.Registered)
            .Permit(MediationTrigger.StartMediation, State.InMediation)
            .PermitIf(MediationTrigger.Fail, State.Failed, IsNotPreCase, IsNotPreCaseDescription)
            .PermitIf(MediationTrigger.Fail, State.Closed, IsPreCase, IsPreCaseDescription)
            .PermitIf(MediationTrigger.Withdraw, State.Closed, IsNotPreCase, IsNotPreCaseDescription);

        Machine.Configure(State.InMediation)
            .OnEntry(() => Case.AssigneeId = Context.Actor.Id ?? Case.AssigneeId, "Assign to the mediator")
            .OnEntryFrom(start, _ => Case.AcceptedOn = Context.Today, "Record the day the application was taken up (受理)")
            .InternalTransitionAsync(logSession, LogSession)
            .InternalTransitionAsyncIf(extendMediation, Describe(MayExtendMediation, "企业劳动争议调解委员会调解，且调解期限此前未延长过"), ExtendMediation)
            .PermitIf(MediationTrigger.RecordAgreement, State.AgreementReached, HasSessions)
            .PermitIf(MediationTrigger.Fail, State.Failed, IsNotPreCase, IsNotPreCaseDescription)
            .PermitIf(MediationTrigger.Fail, State.Closed, IsPreCase, IsPreCaseDescription)
            .PermitIf(MediationTrigger.ReferToArbitration, State.Closed, All(MediationPeriodHasRun, IsNotPreCase))
            .PermitIf(MediationTrigger.Withdraw, State.Closed, IsNotPreCase, IsNotPreCaseDescription);

        // An agreement is followed to fulfilment whether it was reached before an arbitration application
        // was accepted (案前约调, which settles the application) or not.
        Machine.Configure(State.AgreementReached)
            .OnEntryFromAsync(agree, RecordAgreement)
            .InternalTransitionAsync(pay, RecordPayment)
            .InternalTransitionAsyncIf(applyForConfirmation, Describe(NoConfirmationPending, "没有待决的审查确认申请，且调解协议尚未确认"), ApplyForConfirmation)
            .InternalTransitionAsyncIf(recordConfirmation, Describe(ConfirmationPending, "有待决的审查确认申请"), RecordConfirmation)
            .PermitIf(MediationTrigger.ConfirmFulfilment, State.Closed, AllInstalmentsPaid, "every instalment has been paid")
            .PermitIf(MediationTrigger.ReferToArbitration, State.Closed, AnInstalmentIsOverdue, "有逾期未付的分期款");

        Machine.Configure(State.Failed)
            .OnEntryFromAsync(fail, Fail)
            .Permit(MediationTrigger.ReferToArbitration, State.Closed)
            .Permit(MediationTrigger.CloseWithoutReferral, State.Closed);

        Machine.Configure(State.Closed)
            .OnEntryFromAsync(fail, FailPreCase)
            .OnEntryFromAsync(refer, ReferToArbitration)
            .OnEntryFromAsync(fulfil, _ => Close(ClosureType.MediationAgreement, Fulfilment.Fulfilled), "Close as MediationAgreement, fulfilled")
            .OnEntryFromAsync(closeFailed, _ => Close(ClosureType.MediationFailed, null), "Close as MediationFailed")
            .OnEntryFromAsync(withdraw, _ => Close(ClosureType.Withdrawal, null), "Close as Withdrawal");
    }

    protected override MediationState State
    {
        get => Case.State;
        set => Case.State = value;
    }

    const string IsPreCaseDescription = "a pre-case mediation (案前约调)";
    const string IsNotPreCaseDescription = "not a pre-case mediation: those settle or fail their application";

    bool IsPreCase() => Case.IsPreCaseMediation;
    bool IsNotPreCase() => !Case.IsPreCaseMediation;
    bool HasSessions() => Case.Sessions.Count > 0;
    AgreementConfirmation? PendingConfirmation => Case.Confirmations.SingleOrDefault(c => c.Outcome is null);
    bool NoConfirmationPending() => PendingConfirmation is null && !Case.Confirmations.Any(c => c.Outcome == ConfirmationOutcome.Confirmed);
    bool ConfirmationPending() => PendingConfirmation is not null;
    bool AllInstalmentsPaid() => Case.PaymentSchedule.All(i => i.PaidAmount >= i.Amount);
    bool AnInstalmentIsOverdue() => Case.PaymentSchedule.Any(i => i.DueOn < Context.Today && (i.PaidAmount ?? 0) < i.Amount);

    bool MayExtendMediation() => Case.AtEnterpriseCommittee && Case.ExtensionDays is null;

    /// <summary>
    /// 劳动争议调解仲裁法 art. 14: no agreement within the mediation period from receipt, and a party may seek
    /// arbitration; an enterprise committee's period runs from taking the application up, with any extension
    /// both parties agreed to. The days are the clocks' (mediation, enterprise-mediation).
    /// </summary>
    bool MediationPeriodHasRun()
    {
        var (code, from, extra) = Case.AtEnterpriseCommittee
            ? (EnterpriseClock, Case.AcceptedOn ?? Case.ReceivedOn, Case.ExtensionDays ?? 0)
            : ("mediation", Case.ReceivedOn, 0);
        return Context.Clocks.Definitions.TryGetValue(code, out var period)
            && Context.Today > Context.Calendar.AddCalendarDays(from, period.Days + extra);
    }

    const string EnterpriseClock = "enterprise-mediation";

    void CheckMediationExtension(ExtendMediationRequest request)
    {
        Require.That(request.PartiesAgree, "partiesAgree", $"须经双方当事人同意（{Context.Enterprise.Extension.Source}）");
        Context.Clocks.CheckExtension(EnterpriseClock, request.Days, "days");
    }

    Task ExtendMediation(ExtendMediationRequest request, Transition _)
    {
        Case.ExtensionDays = request.Days;
        return Task.CompletedTask;
    }

    void CheckSession(LogSessionRequest request)
    {
        Require.Filled(request.Place, "place");
        Require.Filled(request.Attendees, "attendees");
        Require.Filled(request.Outcome, "outcome");
        var day = DateOnly.FromDateTime(request.HeldAt);
        Require.That(day >= Case.ReceivedOn && day <= Context.Today, "heldAt", "须在收到申请之日至今天之间");
    }

    void CheckAgreement(AgreementRequest request)
    {
        Require.Filled(request.Terms, "terms");
        Require.That(request.Amount is not < 0, "amount", "不能为负数");
        for (var i = 0; i < request.PaymentSchedule.Count; i++)
        {
            Require.That(request.PaymentSchedule[i].Amount > 0, $"paymentSchedule[{i}].amount", "须为正数");
            Require.That(request.PaymentSchedule[i].DueOn >= Context.Today, $"paymentSchedule[{i}].dueOn", "不能早于今天");
        }
        Require.That(request.PaymentSchedule.Count == 0 || request.PaymentSchedule.Sum(p => p.Amount) == request.Amount, "paymentSchedule", "各期金额之和须等于协议金额");
    }

    void CheckPayment(RecordPaymentRequest request)
    {
        Require.That(Case.PaymentSchedule.Any(i => i.Id == request.InstalmentId), "instalmentId", "不是本协议的支付期次");
        Require.That(request.Amount > 0, "amount", "须为正数");
        Require.That(request.PaidOn <= Context.Today && request.PaidOn >= Case.AgreedOn, "paidOn", "须在达成协议之日至今天之间");
    }

    /// <summary>Both parties apply together, within the route's period from the day the agreement took effect.</summary>
    void CheckConfirmationApplication(ApplyForConfirmationRequest request)
    {
        var rule = Context.Confirmation.Of(request.Route);
        Require.That(request.Joint, "joint", $"须由{Context.Confirmation.Joint}");
        Require.Filled(request.Body, "body");
        Require.That(request.AppliedOn >= Case.AgreedOn && request.AppliedOn <= Context.Today, "appliedOn", "须在调解协议生效之日至今天之间");
        var last = Context.Confirmation.LastDay(request.Route, Case.AgreedOn!.Value, Context.Calendar);
        Require.That(request.AppliedOn <= last, "appliedOn", $"{rule.Name}须自调解协议生效之日起{rule.Days}日内申请，即不晚于{last:yyyy-MM-dd}（{rule.Source}）");
    }

    void CheckConfirmationOutcome(RecordConfirmationRequest request)
    {
        Require.That(request.DecidedOn >= PendingConfirmation!.AppliedOn && request.DecidedOn <= Context.Today, "decidedOn", "须在申请之日至今天之间");
        if (request.Outcome == ConfirmationOutcome.Refused) Require.Filled(request.Reason, "reason");
    }

    Task ApplyForConfirmation(ApplyForConfirmationRequest request, Transition _)
    {
        Case.Confirmations.Add(new AgreementConfirmation { Route = request.Route, AppliedOn = request.AppliedOn, Body = request.Body.Trim(), Reference = request.Reference });
        return Task.CompletedTask;
    }

    Task RecordConfirmation(RecordConfirmationRequest request, Transition _)
    {
        var pending = PendingConfirmation!;
        (pending.Outcome, pending.DecidedOn, pending.Note) = (request.Outcome, request.DecidedOn, request.Reason);
        if (request.Reference is { Length: > 0 } reference) pending.Reference = reference;
        return Task.CompletedTask;
    }

    Task LogSession(LogSessionRequest request, Transition _)
    {
        Case.Sessions.Add(new MediationSession
        {
            HeldAt = request.HeldAt,
            Place = request.Place,
            MediatorId = Context.Actor.Id ?? 0,
            MediatorName = Context.Actor.Name,
            Attendees = request.Attendees,
            ApplicantPosition = request.ApplicantPosition,
            RespondentPosition = request.RespondentPosition,
            Outcome = request.Outcome,
            NextStep = request.NextStep,
        });
        return Task.CompletedTask;
    }

    async Task RecordAgreement(AgreementRequest request)
    {
        Case.AgreedOn = Context.Today;
        Case.AgreementTerms = request.Terms;
        Case.AgreementAmount = request.Amount;
        Case.PaymentSchedule = request.PaymentSchedule.Select(p => new Instalment { DueOn = p.DueOn, Amount = p.Amount }).ToList();
        Case.Fulfilment = Fulfilment.Pending;
        Context.IssueDocument(Case, "mediation-agreement");
        // 案前约调: the agreement settles the application that waits on it.
        if (Case.IsPreCaseMediation) await Context.TakeLinkedAsync(await WaitingApplication(), "pre-case-mediation-settled", new NoParameters());
    }

    Task RecordPayment(RecordPaymentRequest request, Transition _)
    {
        var instalment = Case.PaymentSchedule.Single(i => i.Id == request.InstalmentId);
        instalment.PaidOn = request.PaidOn;
        instalment.PaidAmount = (instalment.PaidAmount ?? 0) + request.Amount;
        return Task.CompletedTask;
    }

    Task Fail(NoParameters request)
    {
        Case.FailureReason = ReasonOf(request);
        return Task.CompletedTask;
    }

    async Task FailPreCase(NoParameters request)
    {
        await Fail(request);
        await Close(ClosureType.MediationFailed, null);
        await Context.TakeLinkedAsync(await WaitingApplication(), "pre-case-mediation-failed", new NoParameters());
    }

    /// <summary>A new arbitration application at the commission, carrying the parties and claims over.</summary>
    async Task ReferToArbitration(NoParameters request, Transition transition)
    {
        var commission = await Context.Db.Organisations.FirstAsync(o => o.Kind == Domain.OrganisationKind.ArbitrationCommission);
        var application = new ArbitrationCase
        {
            OrganisationId = commission.Id,
            ReceivedOn = Context.Today,
            ReferredFromMediationId = Case.Id,
            Summary = Case.Summary,
            State = ArbitrationState.Applied,
        };
        CaseCopy.PartiesAndClaims(Case, application);
        // The mediation records no limitation facts: each claim is marked as not yet computed, for the registrar to complete.
        foreach (var claim in application.Claims) Context.Limitation.Mark(claim, LimitationFacts.None, Context.Today, application, Context.Calendar);
        await Context.OpenAsync(application, "open-referred-from-mediation", request);
        await Context.Db.SaveChangesAsync();
        Case.ReferredToArbitrationId = application.Id;
        if (transition.Source == State.AgreementReached)
            await Close(ClosureType.MediationAgreement, Fulfilment.NotFulfilled);
        else
            await Close(ClosureType.MediationFailed, null);
    }

    async Task<ArbitrationCase> WaitingApplication() =>
        await Context.Db.ArbitrationCases.Include(a => a.Parties).Include(a => a.Claims).Include(a => a.Tribunal)
            .AsSplitQuery().SingleAsync(a => a.Id == Case.ArbitrationCaseId);

    Task Close(ClosureType type, Fulfilment? fulfilment)
    {
        if (fulfilment is not null) Case.Fulfilment = fulfilment;
        Case.Close(type, Context.Today);
        return Task.CompletedTask;
    }
}
