using CaseFlow.Domain;
using CaseFlow.Workflows;
using static CaseFlow.Domain.Role;
using State = CaseFlow.Features.Inspection.InspectionState;
using Transition = Stateless.StateMachine<CaseFlow.Features.Inspection.InspectionState, CaseFlow.Features.Inspection.InspectionTrigger>.Transition;

// The guards of internal transitions are plain Func<bool> state checks, as for every other transition:
// the overload Stateless now marks obsolete is the one that evaluates them without the action's
// parameters, which is what listing the permitted actions needs.
#pragma warning disable CS0618

namespace CaseFlow.Features.Inspection;

public enum InspectionTrigger
{
    File,
    Refuse,
    Withdraw,
    LogActivity,
    RecordArrears,
    ExtendInvestigation,
    OrderRectification,
    CloseNoViolation,
    VerifyPayment,
    ConfirmRectified,
    RecordNotRectified,
    Penalise,
    TransferToPolice,
    DecideBlacklist,
    Close,
    Reopen,
}

/// <summary>
/// 劳动保障监察: a complaint filed and investigated, a rectification order, payments verified worker by
/// worker, and for an employer who does not pay, a penalty, a police transfer and a blacklist decision.
/// </summary>
public sealed class InspectionWorkflow : CaseWorkflow<InspectionCase, InspectionState, InspectionTrigger>
{
    public InspectionWorkflow(InspectionCase @case, WorkflowContext context) : base(@case, context)
    {
        var file = Define<NoParameters>(InspectionTrigger.File, "立案", [Inspector, Head], hint: "收到投诉之日起5个工作日内决定是否立案");
        var refuse = Define<NoParameters>(InspectionTrigger.Refuse, "不予立案", [Inspector, Head], hint: "制发不予受理通知书，写明理由", requiresReason: true);
        var withdraw = Define<NoParameters>(InspectionTrigger.Withdraw, "撤回投诉", [Inspector, Registrar]);
        var logActivity = Define<LogActivityRequest>(InspectionTrigger.LogActivity, "调查记录", [Inspector], check: Sync<LogActivityRequest>(CheckActivity));
        var recordArrears = Define<RecordArrearsRequest>(InspectionTrigger.RecordArrears, "欠薪登记", [Inspector], check: Sync<RecordArrearsRequest>(CheckArrears));
        var extend = Define<ExtendInvestigationRequest>(InspectionTrigger.ExtendInvestigation, "延长调查期限", [Head], hint: "经批准可延长30个工作日（劳动保障监察条例第十七条）", requiresReason: true, check: Sync<ExtendInvestigationRequest>(CheckInvestigationExtension));
        var order = Define<RectificationOrderRequest>(InspectionTrigger.OrderRectification, "责令限期改正", [Inspector], hint: "制发责令限期改正指令书", check: Sync<RectificationOrderRequest>(CheckRectificationOrder));
        var noViolation = Define<NoParameters>(InspectionTrigger.CloseNoViolation, "查无违法事实", [Inspector]);
        var verify = Define<VerifyPaymentRequest>(InspectionTrigger.VerifyPayment, "核实支付", [Inspector], check: Sync<VerifyPaymentRequest>(CheckPayment));
        var rectified = Define<NoParameters>(InspectionTrigger.ConfirmRectified, "已改正", [Inspector]);
        Define<NoParameters>(InspectionTrigger.RecordNotRectified, "逾期未改正", [Inspector]);
        var penalise = Define<PenaltyRequest>(InspectionTrigger.Penalise, "行政处罚", [Head], hint: "经队长批准，制发行政处罚决定书", check: Sync<PenaltyRequest>(CheckPenalty));
        var police = Define<PoliceTransferRequest>(InspectionTrigger.TransferToPolice, "移送公安", [Head], check: Sync<PoliceTransferRequest>(r => Require.Filled(r.Reference, "reference")));
        var blacklist = Define<BlacklistRequest>(InspectionTrigger.DecideBlacklist, "失信名单", [Head], hint: "人社部令第45号：写明列入或不予列入的理由", requiresReason: true);
        var close = Define<NoParameters>(InspectionTrigger.Close, "结案", [Inspector, Head]);
        var reopen = Define<ReopenRequest>(InspectionTrigger.Reopen, "重新处理", [Head], hint: "原处理决定被行政复议或诉讼撤销后重新处理", requiresReason: true, check: Sync<ReopenRequest>(r => Require.Filled(r.DecisionReference, "decisionReference")));

        Machine.Configure(State.Received)
            .Permit(InspectionTrigger.File, State.Investigating)
            .Permit(InspectionTrigger.Refuse, State.Closed)
            .Permit(InspectionTrigger.Withdraw, State.Closed);

        Machine.Configure(State.Investigating)
            .OnEntryFromAsync(file, FileCase)
            .OnEntryFromAsync(reopen, Reopen)
            .InternalTransitionAsync(logActivity, LogActivity)
            .InternalTransitionAsync(recordArrears, RecordArrears)
            .InternalTransitionAsyncIf(extend, Describe(NotYetExtended, "调查期限此前未延长过"), ExtendInvestigation)
            .PermitIf(InspectionTrigger.OrderRectification, State.RectificationOrdered, HasInvestigated, "the investigation has been logged")
            .PermitIf(InspectionTrigger.CloseNoViolation, State.Closed, HasInvestigated, "the investigation has been logged");

        Machine.Configure(State.RectificationOrdered)
            .OnEntryFromAsync(order, OrderRectification)
            .InternalTransitionAsync(verify, VerifyPayment)
            .PermitIf(InspectionTrigger.ConfirmRectified, State.Closed, AllArrearsPaid, "every worker's arrears are verified paid")
            .PermitIf(InspectionTrigger.RecordNotRectified, State.NotRectified, DeadlineHasPassed, "the rectification deadline has passed");

        // 逾期未改正: penalty and/or police transfer, then the blacklist decision, then closure.
        Machine.Configure(State.NotRectified)
            .InternalTransitionAsync(verify, VerifyPayment)
            .InternalTransitionAsyncIf(penalise, Describe(NotYetPenalised, "尚未作出行政处罚"), Penalise)
            .InternalTransitionAsyncIf(police, Describe(NotYetTransferred, "尚未移送公安机关"), TransferToPolice)
            .InternalTransitionAsyncIf(blacklist, Describe(EnforcementRecorded, "已作出行政处罚或已移送公安机关"), DecideBlacklist)
            .PermitIf(InspectionTrigger.Close, State.Closed,
                Tuple.Create<Func<bool>, string>(EnforcementRecorded, "已作出行政处罚或已移送公安机关"),
                Tuple.Create<Func<bool>, string>(BlacklistDecided, "the blacklist decision has been recorded"));

        // Reopening: a reconsideration decision or judgment that revokes the case's decision and
        // orders the brigade to act anew (行政复议法 art. 64; 行政诉讼法 art. 70).
        Machine.Configure(State.Closed)
            .OnEntryFromAsync(refuse, Refuse)
            .OnEntryFromAsync(withdraw, _ => Close(ClosureType.Withdrawal), "Close as Withdrawal")
            .OnEntryFromAsync(noViolation, _ => Close(ClosureType.NoViolationFound), "Close as NoViolationFound")
            .OnEntryFromAsync(rectified, _ => Close(ClosureType.Rectified), "Close as Rectified")
            .OnEntryFromAsync(close, _ => Close(Case.TransferredToPoliceOn is null ? ClosureType.AdministrativePenalty : ClosureType.TransferredToPolice), "Close as AdministrativePenalty or TransferredToPolice")
            .PermitIf(InspectionTrigger.Reopen, State.Investigating, DecisionWasMade, "the case was closed by a decision that can be revoked");
    }

    protected override InspectionState State
    {
        get => Case.State;
        set => Case.State = value;
    }

    bool HasInvestigated() => Case.Activities.Count > 0;
    bool NotYetExtended() => Case.InvestigationExtensionDays is null;
    bool AllArrearsPaid() => Case.AllArrearsPaid;
    bool DeadlineHasPassed() => Case.RectificationDeadline < Context.Today && !Case.AllArrearsPaid;
    bool NotYetPenalised() => Case.PenaltyDecidedOn is null;
    bool NotYetTransferred() => Case.TransferredToPoliceOn is null;
    bool EnforcementRecorded() => Case.PenaltyDecidedOn is not null || Case.TransferredToPoliceOn is not null;
    bool BlacklistDecided() => Case.Blacklist is not null;
    bool DecisionWasMade() => Case.ClosureType is ClosureType.NoViolationFound or ClosureType.AdministrativePenalty or ClosureType.TransferredToPolice or ClosureType.Rectified;

    async Task FileCase(NoParameters _)
    {
        Case.AcceptedOn = Context.Today;
        Case.AssigneeId = Context.Actor.Id;
        await Context.IssueCaseNumberAsync(Case);
    }

    Task Refuse(NoParameters request)
    {
        Case.NonAcceptanceReason = ReasonOf(request);
        return Close(ClosureType.NonAcceptance);
    }

    void CheckActivity(LogActivityRequest request)
    {
        Require.Filled(request.Place, "place");
        Require.Filled(request.Inspectors, "inspectors");
        Require.Filled(request.Notes, "notes");
        Require.That(DateOnly.FromDateTime(request.At) <= Context.Today, "at", "不能晚于今天");
    }

    void CheckArrears(RecordArrearsRequest request)
    {
        Require.That(request.Amount > 0, "amount", "须为正数");
        Require.That(!(request.PeriodFrom > request.PeriodTo), "periodTo", "不能早于期间起始日");
        if (request.PartyId is { } partyId)
        {
            Require.That(Case.Parties.Any(p => p.Id == partyId && p.Kind == PartyKind.Worker), "partyId", "不是本案的劳动者");
        }
        else
        {
            Require.That(!string.IsNullOrWhiteSpace(request.WorkerName), "workerName", "未选择劳动者时必须填写");
            if (ResidentIdNumber.Problem(request.WorkerIdNumber) is { } problem) throw new RuleViolation("workerIdNumber", problem);
        }
        var existing = ArrearsWorker(request);
        Require.That(existing is null || !Case.Arrears.Any(a => a.Party == existing || (existing.Id != 0 && a.PartyId == existing.Id)), "partyId", "在本案中已登记欠薪");
    }

    /// <summary>The worker of an arrears entry who is already a party of the case, if any.</summary>
    Party? ArrearsWorker(RecordArrearsRequest request) => request.PartyId is { } partyId
        ? Case.Parties.SingleOrDefault(p => p.Id == partyId && p.Kind == PartyKind.Worker)
        : Case.Parties.FirstOrDefault(p => p.IdNumber == request.WorkerIdNumber!.ToUpperInvariant());

    // 劳动保障监察条例 art. 17: the investigation period may be extended once, with approval, by at most what its clock allows.
    void CheckInvestigationExtension(ExtendInvestigationRequest request) => Context.Clocks.CheckExtension("investigation", request.WorkingDays, "workingDays");

    void CheckRectificationOrder(RectificationOrderRequest request)
    {
        Require.That(request.Deadline > Context.Today, "deadline", "须晚于今天");
        Require.Filled(request.Requirements, "requirements");
    }

    void CheckPayment(VerifyPaymentRequest request)
    {
        var arrears = Case.Arrears.SingleOrDefault(a => a.PartyId == request.PartyId);
        Require.That(arrears is not null, "partyId", "在本案中没有欠薪登记");
        Require.That(request.Amount > 0, "amount", "须为正数");
        Require.That(arrears!.AmountPaid + request.Amount <= arrears.AmountOwed, "amount", "核实支付后不能超过该劳动者被拖欠的金额");
        Require.That(request.PaidOn <= Context.Today, "paidOn", "不能晚于今天");
    }

    void CheckPenalty(PenaltyRequest request)
    {
        Require.That(request.Amount >= 0, "amount", "不能为负数");
        Require.Filled(request.Description, "description");
        // 劳动保障监察条例 art. 26: 加付赔偿金 of 50% to 100% of what is unpaid.
        var unpaid = Case.ArrearsOwed - Case.ArrearsPaid;
        Require.That(request.ExtraCompensation is not { } extra || (extra >= unpaid * 0.5m && extra <= unpaid), "extraCompensation", $"须为未支付金额{unpaid:0.00}元的50%至100%");
    }

    Task LogActivity(LogActivityRequest request, Transition _)
    {
        Case.Activities.Add(new InspectionActivity { Kind = request.Kind, At = request.At, Place = request.Place, Inspectors = request.Inspectors, Notes = request.Notes });
        return Task.CompletedTask;
    }

    Task RecordArrears(RecordArrearsRequest request, Transition _)
    {
        var worker = ArrearsWorker(request);
        if (worker is null)
        {
            worker = new Party { Role = PartyRole.AffectedWorker, Kind = PartyKind.Worker, Name = request.WorkerName!, IdNumber = request.WorkerIdNumber!.ToUpperInvariant() };
            Case.Parties.Add(worker);
        }
        Case.Arrears.Add(new WorkerArrears { Party = worker, AmountOwed = request.Amount, PeriodFrom = request.PeriodFrom, PeriodTo = request.PeriodTo });
        return Task.CompletedTask;
    }

    Task ExtendInvestigation(ExtendInvestigationRequest request, Transition _)
    {
        Case.InvestigationExtensionDays = request.WorkingDays;
        return Task.CompletedTask;
    }

    Task OrderRectification(RectificationOrderRequest request)
    {
        Case.RectificationOrderedOn = Context.Today;
        Case.RectificationDeadline = request.Deadline;
        Case.RectificationRequirements = request.Requirements;
        Context.IssueDocument(Case, "rectification-order");
        return Task.CompletedTask;
    }

    Task VerifyPayment(VerifyPaymentRequest request, Transition _)
    {
        var arrears = Case.Arrears.Single(a => a.PartyId == request.PartyId);
        arrears.AmountPaid += request.Amount;
        arrears.VerifiedOn = request.PaidOn;
        arrears.VerifiedBy = Context.Actor.Name;
        return Task.CompletedTask;
    }

    Task Penalise(PenaltyRequest request, Transition _)
    {
        Case.PenaltyAmount = request.Amount;
        Case.ExtraCompensation = request.ExtraCompensation;
        Case.PenaltyDescription = request.Description;
        Case.PenaltyDecidedOn = Context.Today;
        Context.IssueDocument(Case, "penalty-decision");
        return Task.CompletedTask;
    }

    Task TransferToPolice(PoliceTransferRequest request, Transition _)
    {
        Case.TransferredToPoliceOn = Context.Today;
        Case.PoliceTransferReference = request.Reference;
        return Task.CompletedTask;
    }

    Task DecideBlacklist(BlacklistRequest request, Transition _)
    {
        Case.BlacklistReason = ReasonOf(request);
        Case.Blacklist = request.Decision;
        Case.BlacklistDecidedOn = Context.Today;
        return Task.CompletedTask;
    }

    Task Reopen(ReopenRequest request)
    {
        Case.Reopen();
        return Task.CompletedTask;
    }

    Task Close(ClosureType type)
    {
        Case.Close(type, Context.Today);
        return Task.CompletedTask;
    }
}
