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
    ApprovePenaltyFiling,
    NotifyPenalty,
    RecordDefence,
    RequestHearing,
    HoldHearing,
    ReviewPenalty,
    Penalise,
    RecordPenaltyService,
    TransferToPolice,
    NotifyBlacklist,
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
        var approveFiling = Define<NoParameters>(InspectionTrigger.ApprovePenaltyFiling, "处罚立案审批", [Head], hint: "行政处罚法第五十四条：经负责人批准立案");
        var notify = Define<PenaltyNoticeRequest>(InspectionTrigger.NotifyPenalty, "行政处罚告知", [Inspector], hint: "告知拟作出的处罚内容及事实、理由、依据和陈述、申辩、听证的权利（行政处罚法第四十四条），制发行政处罚告知书", check: Sync<PenaltyNoticeRequest>(CheckNotice));
        var defence = Define<DefenceRequest>(InspectionTrigger.RecordDefence, "陈述申辩", [Inspector], check: Sync<DefenceRequest>(CheckDefence));
        var requestHearing = Define<HearingRequestRequest>(InspectionTrigger.RequestHearing, "要求听证", [Inspector], hint: "当事人在告知后5日内要求听证（行政处罚法第六十四条）", check: Sync<HearingRequestRequest>(CheckHearingRequest));
        var holdHearing = Define<HoldHearingRequest>(InspectionTrigger.HoldHearing, "举行听证", [Head], check: Sync<HoldHearingRequest>(CheckHearing));
        var review = Define<PenaltyReviewRequest>(InspectionTrigger.ReviewPenalty, "法制审核", [Head], hint: "作出决定前由法制审核人员审核（行政处罚法第五十八条）", check: Sync<PenaltyReviewRequest>(CheckReview));
        var penalise = Define<PenaltyRequest>(InspectionTrigger.Penalise, "行政处罚决定", [Head], hint: "法制审核通过后作出，制发有文号的行政处罚决定书", check: Sync<PenaltyRequest>(CheckPenalty));
        var serve = Define<PenaltyServiceRequest>(InspectionTrigger.RecordPenaltyService, "处罚决定送达", [Inspector], hint: "行政处罚法第六十一条：宣告后当场交付或7日内送达", check: Sync<PenaltyServiceRequest>(CheckService));
        var police = Define<PoliceTransferRequest>(InspectionTrigger.TransferToPolice, "移送公安", [Head], check: Sync<PoliceTransferRequest>(r => Require.Filled(r.Reference, "reference")));
        var notifyBlacklist = Define<BlacklistNoticeRequest>(InspectionTrigger.NotifyBlacklist, "失信名单列入告知", [Head], hint: "人社部令第45号：告知拟列入的事实、理由和依据及陈述申辩的权利", check: Sync<BlacklistNoticeRequest>(CheckBlacklistNotice));
        var blacklist = Define<BlacklistRequest>(InspectionTrigger.DecideBlacklist, "失信名单决定", [Head], hint: "人社部令第45号：列入须先告知并经陈述申辩期；写明列入或不予列入的理由", requiresReason: true, check: Sync<BlacklistRequest>(CheckBlacklist));
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
            // An order about no money (wage account, roster, board) is confirmed on re-inspection.
            .PermitIf(InspectionTrigger.ConfirmRectified, State.Closed, Rectified, "every worker's arrears are verified paid")
            .PermitIf(InspectionTrigger.RecordNotRectified, State.NotRectified, DeadlineHasPassed, "the rectification deadline has passed");

        // 逾期未改正: penalty and/or police transfer, then the blacklist decision, then closure.
        // The penalty follows 行政处罚法 step by step: filing approved, notice, defence and hearing, legal review, decision, service.
        Machine.Configure(State.NotRectified)
            .InternalTransitionAsync(verify, VerifyPayment)
            .InternalTransitionAsyncIf(approveFiling, Describe(PenaltyNotFiled, "处罚尚未立案"), ApprovePenaltyFiling)
            .InternalTransitionAsyncIf(notify, Describe(FiledNotNotified, "处罚已经批准立案，尚未告知"), NotifyPenalty)
            .InternalTransitionAsyncIf(defence, Describe(NotifiedNotDecided, "已告知拟作出的处罚，尚未决定"), RecordDefence)
            .InternalTransitionAsyncIf(requestHearing, Describe(MayRequestHearing, "拟处较大数额罚款，当事人尚未要求听证"), RequestHearing)
            .InternalTransitionAsyncIf(holdHearing, Describe(HearingNotHeld, "当事人已要求听证，尚未举行"), HoldHearing)
            .InternalTransitionAsyncIf(review, Describe(ReadyForReview, "陈述申辩和要求听证的期限已过，要求听证的已举行听证，尚未决定"), ReviewPenalty)
            .InternalTransitionAsyncIf(penalise, Describe(ReviewedNotDecided, "法制审核已通过，尚未作出决定"), Penalise)
            .InternalTransitionAsyncIf(serve, Describe(DecidedNotServed, "已作出处罚决定，尚未送达"), ServePenalty)
            .InternalTransitionAsyncIf(police, Describe(NotYetTransferred, "尚未移送公安机关"), TransferToPolice)
            .InternalTransitionAsyncIf(notifyBlacklist, Describe(BlacklistNotNotified, "尚未告知列入失信名单"), NotifyBlacklist)
            .InternalTransitionAsyncIf(blacklist, Describe(EnforcementRecorded, "处罚决定已送达或已移送公安机关"), DecideBlacklist)
            .PermitIf(InspectionTrigger.Close, State.Closed,
                Tuple.Create<Func<bool>, string>(EnforcementRecorded, "处罚决定已送达或已移送公安机关"),
                Tuple.Create<Func<bool>, string>(BlacklistDecided, "the blacklist decision has been recorded"));

        // Reopening: a reconsideration decision or judgment that revokes the case's decision and
        // orders the brigade to act anew (行政复议法 art. 64; 行政诉讼法 art. 70).
        Machine.Configure(State.Closed)
            .OnEntryFromAsync(refuse, Refuse)
            .OnEntryFromAsync(withdraw, _ => Close(ClosureType.Withdrawal), "Close as Withdrawal")
            .OnEntryFromAsync(noViolation, _ => Close(ClosureType.NoViolationFound), "Close as NoViolationFound")
            .OnEntryFromAsync(rectified, _ => Close(ClosureType.Rectified), "Close as Rectified")
            .OnEntryFromAsync(close, _ => Close(Case.TransferredToPoliceOn is null ? ClosureType.AdministrativePenalty : ClosureType.TransferredToPolice), "Close as AdministrativePenalty or TransferredToPolice")
            .PermitIf(InspectionTrigger.Reopen, State.Investigating, DecisionWasMade, "the case was closed by a decision that can be revoked")
            // Wages paid after a penalty or a transfer to the police are still verified worker by worker, on the
            // closed case: an early removal from the blacklist requires them (人社部令第45号).
            .InternalTransitionAsyncIf(verify, Describe(UnpaidAfterEnforcement, "处罚或移送后仍有未核实支付的欠薪"), VerifyPayment);
    }

    protected override InspectionState State
    {
        get => Case.State;
        set => Case.State = value;
    }

    bool HasInvestigated() => Case.Activities.Count > 0;
    bool NotYetExtended() => Case.InvestigationExtensionDays is null;
    bool Rectified() => !Case.OrderedToPay || Case.AllArrearsPaid;
    bool DeadlineHasPassed() => Case.RectificationDeadline < Context.Today && !(Case.OrderedToPay && Case.AllArrearsPaid);
    bool NotYetPenalised() => Case.PenaltyDecidedOn is null;
    bool NotYetTransferred() => Case.TransferredToPoliceOn is null;
    bool EnforcementRecorded() => Case.PenaltyServedOn is not null || Case.TransferredToPoliceOn is not null;

    /// <summary>The party has had the periods to state a defence and ask for a hearing, and a hearing asked for was held.</summary>
    bool ReadyForReview() =>
        Case.PenaltyNoticeOn is not null && Case.PenaltyDecidedOn is null
        && Context.Today > Case.DefenceEndsOn
        && (Case.HearingRequestedOn is null ? !Case.HearingRight || Context.Today > Case.HearingRequestEndsOn : Case.HearingHeldOn is not null);

    bool PenaltyNotFiled() => Case.PenaltyFiledOn is null;
    bool FiledNotNotified() => Case.PenaltyFiledOn is not null && Case.PenaltyNoticeOn is null;
    bool NotifiedNotDecided() => Case.PenaltyNoticeOn is not null && Case.PenaltyDecidedOn is null;
    bool MayRequestHearing() => Case.HearingRight && Case.HearingRequestedOn is null && Case.PenaltyDecidedOn is null;
    bool HearingNotHeld() => Case.HearingRequestedOn is not null && Case.HearingHeldOn is null;
    bool ReviewedNotDecided() => Case.LegalReviewApproved == true && NotYetPenalised();
    bool DecidedNotServed() => Case.PenaltyDecidedOn is not null && Case.PenaltyServedOn is null;
    bool BlacklistNotNotified() => Case.BlacklistNoticeOn is null && Case.Blacklist is null;

    PenaltyProcedure Procedure => Context.Enforcement.Procedure;
    bool BlacklistDecided() => Case.Blacklist is not null;
    bool UnpaidAfterEnforcement() =>
        Case.ClosureType is ClosureType.AdministrativePenalty or ClosureType.TransferredToPolice && Case.Arrears.Any(a => a.AmountPaid < a.AmountOwed);
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
        foreach (var code in request.Violations ?? [])
            Require.That(code == Context.Enforcement.WageOrder.Code || Context.Enforcement.Provision(code) is not null, "violations", $"没有违法事项“{code}”");
    }

    void CheckPayment(VerifyPaymentRequest request)
    {
        var arrears = Case.Arrears.SingleOrDefault(a => a.PartyId == request.PartyId);
        Require.That(arrears is not null, "partyId", "在本案中没有欠薪登记");
        Require.That(request.Amount > 0, "amount", "须为正数");
        Require.That(arrears!.AmountPaid + request.Amount <= arrears.AmountOwed, "amount", "核实支付后不能超过该劳动者被拖欠的金额");
        Require.That(request.PaidOn <= Context.Today, "paidOn", "不能晚于今天");
    }

    void CheckNotice(PenaltyNoticeRequest request)
    {
        Require.That(request.Violations.Count > 0, "violations", "至少选择一项违法事项");
        var provisions = request.Violations.Distinct().Select(code => Context.Enforcement.Provision(code)).ToList();
        Require.That(provisions.All(p => p is not null), "violations",
            $"只能选择设有罚款的违法事项；{Context.Enforcement.WageOrder.Violation}适用{Context.Enforcement.WageOrder.Order}，不是罚款");
        var (least, most) = (provisions.Sum(p => p!.FineMin), provisions.Sum(p => p!.FineMax));
        Require.That(request.Amount >= least && request.Amount <= most, "amount", $"须在所选违法事项的罚款幅度{least:N0}元至{most:N0}元之内");
        Require.Filled(request.Facts, "facts");
    }

    void CheckDefence(DefenceRequest request)
    {
        Require.Filled(request.Statement, "statement");
        Require.That(request.On >= Case.PenaltyNoticeOn && request.On <= Context.Today, "on", "须在告知之日至今天之间");
    }

    void CheckHearingRequest(HearingRequestRequest request)
    {
        Require.That(request.RequestedOn >= Case.PenaltyNoticeOn && request.RequestedOn <= Context.Today, "requestedOn", "须在告知之日至今天之间");
        Require.That(request.RequestedOn <= Case.HearingRequestEndsOn, "requestedOn",
            $"要求听证的期限已于{Case.HearingRequestEndsOn:yyyy年M月d日}届满（{Procedure.Hearing.Source}）");
    }

    void CheckHearing(HoldHearingRequest request)
    {
        Require.Filled(request.Record, "record");
        Require.That(request.HeldOn >= Case.HearingRequestedOn && request.HeldOn <= Context.Today, "heldOn", "须在要求听证之日至今天之间");
    }

    void CheckReview(PenaltyReviewRequest request)
    {
        Require.Filled(request.Reviewer, "reviewer");
        Require.Filled(request.Opinion, "opinion");
    }

    void CheckPenalty(PenaltyRequest request)
    {
        Require.Filled(request.Description, "description");
        // 行政处罚法 art. 45: no heavier penalty for having stated a defence; below the range only by 减轻处罚 (art. 32), with its reason.
        Require.That(request.Amount >= 0 && request.Amount <= Case.PenaltyNoticeAmount, "amount",
            $"不得超过告知的{Case.PenaltyNoticeAmount:N2}元：不得因当事人陈述、申辩而给予更重的处罚（{Procedure.Defence.Source}）");
        // art. 60: decided within the period from filing; later only with the reason the law allows.
        Require.That(Context.Today <= Case.PenaltyFiledOn!.Value.AddDays(Procedure.DecisionDays) || !string.IsNullOrWhiteSpace(request.Reason), "reason",
            $"自处罚立案之日起已超过{Procedure.DecisionDays}日，须写明延长的依据和批准情况（{Procedure.Decision.Source}）");
        var least = Violations(Case.PenaltyViolations).Sum(p => p.FineMin);
        Require.That(request.Amount >= least || !string.IsNullOrWhiteSpace(request.Reason), "reason", $"低于法定罚款幅度{least:N0}元的，须写明依法减轻处罚的理由（行政处罚法第三十二条）");
        // 劳动保障监察条例 art. 26: 加付赔偿金 of 50% to 100% of what is unpaid — an order to the employer, not a fine.
        var unpaid = Case.ArrearsOwed - Case.ArrearsPaid;
        Require.That(request.ExtraCompensation is not { } extra || (extra >= unpaid * 0.5m && extra <= unpaid), "extraCompensation", $"须为未支付金额{unpaid:0.00}元的50%至100%");
    }

    void CheckService(PenaltyServiceRequest request) =>
        Require.That(request.ServedOn >= Case.PenaltyDecidedOn && request.ServedOn <= Context.Today, "servedOn", "须在作出决定之日至今天之间");

    void CheckBlacklistNotice(BlacklistNoticeRequest request)
    {
        Require.That(BlacklistGrounds(request) is not null, "extremeIncident",
            $"不符合列入条件：{Context.Enforcement.Blacklist.Conditions.Text}（{Context.Enforcement.Blacklist.Conditions.Source}）；本案{ThresholdText()}");
        Require.That(!request.ExtremeIncident || !string.IsNullOrWhiteSpace(request.IncidentDescription), "incidentDescription", "引发群体性事件、极端事件的，须写明事件经过");
    }

    void CheckBlacklist(BlacklistRequest request)
    {
        if (request.Decision != BlacklistDecision.Listed) return;
        Require.That(Case.BlacklistNoticeOn is not null, "decision", "列入前须先告知当事人拟列入的事实、理由和依据");
        Require.That(Context.Today > Case.BlacklistDefenceEndsOn, "decision", $"陈述申辩期限至{Case.BlacklistDefenceEndsOn:yyyy年M月d日}，期满后方可决定列入");
    }

    IEnumerable<PenaltyProvision> Violations(string? codes) =>
        (codes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Context.Enforcement.Provision).OfType<PenaltyProvision>();

    /// <summary>
    /// Why the employer may be listed: the arrears reach the threshold of the day, or a mass or extreme incident (a group
    /// dispute only where the seeds count it as one: <see cref="BlacklistRules.GroupDisputeIsIncident"/>); null if none holds.
    /// </summary>
    string? BlacklistGrounds(BlacklistNoticeRequest request)
    {
        var grounds = new List<string>();
        if (Context.Enforcement.Blacklist.ThresholdOn(Context.Today) is { } t)
        {
            var unpaid = Case.Arrears.Select(a => (Owed: a.AmountOwed - a.AmountPaid, Months: a.PeriodFrom is { } from && a.PeriodTo is { } to ? (to.Year - from.Year) * 12 + to.Month - from.Month + 1 : 0))
                .Where(a => a.Owed > 0).ToList();
            if (unpaid.Any(a => a.Owed >= t.OneWorkerAmount && a.Months >= t.OneWorkerMonths))
                grounds.Add($"拖欠一名劳动者{t.OneWorkerMonths}个月以上工资{t.OneWorkerAmount:N0}元以上（{t.Source}）");
            if (unpaid.Count >= t.TotalWorkers && unpaid.Sum(a => a.Owed) >= t.TotalAmount)
                grounds.Add($"拖欠{unpaid.Count}名劳动者工资累计{unpaid.Sum(a => a.Owed):N2}元（{t.Source}）");
        }
        if (Context.Enforcement.Blacklist.GroupDisputeIsIncident && Context.GroupDisputes.Is(Case))
            grounds.Add($"{Context.GroupDisputes.Name}（{Case.Arrears.Count}名劳动者）");
        if (request.ExtremeIncident) grounds.Add($"引发群体性事件、极端事件：{request.IncidentDescription}");
        return grounds.Count == 0 ? null : $"经责令限期支付逾期未支付，{string.Join("；", grounds)}";
    }

    string ThresholdText()
    {
        var unpaid = Case.Arrears.Where(a => a.AmountOwed > a.AmountPaid).ToList();
        return $"未付工资{unpaid.Count}人共{unpaid.Sum(a => a.AmountOwed - a.AmountPaid):N2}元";
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
        var violations = request.Violations is { Count: > 0 } named ? named.Distinct().ToList() : Case.OrderedToPay ? [Context.Enforcement.WageOrder.Code] : [];
        Case.OrderedViolations = violations.Count == 0 ? null : string.Join(",", violations);
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

    Task ApprovePenaltyFiling(NoParameters request, Transition _)
    {
        Case.PenaltyFiledOn = Context.Today;
        return Task.CompletedTask;
    }

    Task NotifyPenalty(PenaltyNoticeRequest request, Transition _)
    {
        var provisions = Violations(string.Join(",", request.Violations.Distinct())).ToList();
        Case.PenaltyViolations = string.Join(",", provisions.Select(p => p.Code));
        Case.PenaltyBasis = string.Join("；", provisions.Select(p => $"{p.Violation}，违反了{p.Breached}的规定，依据{p.Penalty}，应处{p.FineMin:N0}元以上{p.FineMax:N0}元以下的罚款"));
        Case.PenaltyNoticeOn = Context.Today;
        Case.PenaltyNoticeAmount = request.Amount;
        Case.PenaltyDescription = request.Facts;
        Case.DefenceEndsOn = Context.Today.AddDays(Procedure.DefenceDays);
        Case.HearingRight = request.Amount >= Procedure.LargeFine;
        Case.HearingRequestEndsOn = Case.HearingRight ? Context.Today.AddDays(Procedure.HearingRequestDays) : null;
        Context.IssueDocument(Case, "penalty-notice");
        return Task.CompletedTask;
    }

    Task RecordDefence(DefenceRequest request, Transition _)
    {
        (Case.DefenceOn, Case.DefenceStatement) = (request.On, request.Statement);
        return Task.CompletedTask;
    }

    Task RequestHearing(HearingRequestRequest request, Transition _)
    {
        Case.HearingRequestedOn = request.RequestedOn;
        return Task.CompletedTask;
    }

    Task HoldHearing(HoldHearingRequest request, Transition _)
    {
        (Case.HearingHeldOn, Case.HearingRecord) = (request.HeldOn, request.Record);
        return Task.CompletedTask;
    }

    Task ReviewPenalty(PenaltyReviewRequest request, Transition _)
    {
        (Case.LegalReviewOn, Case.LegalReviewer, Case.LegalReviewOpinion, Case.LegalReviewApproved) = (Context.Today, request.Reviewer, request.Opinion, request.Approved);
        return Task.CompletedTask;
    }

    async Task Penalise(PenaltyRequest request, Transition _)
    {
        Case.PenaltyAmount = request.Amount;
        Case.ExtraCompensation = request.ExtraCompensation;
        Case.PenaltyDescription = request.Description;
        Case.PenaltyDecidedOn = Context.Today;
        Case.PenaltyDecisionNumber = await DecisionNumbers.IssueAsync(Context.Db, Case.OrganisationId, "penalty", Procedure.NumberPattern, Context.Today);
        Case.PenaltyTerms = $"罚款自收到本决定书之日起{Procedure.PaymentDays}日内缴纳（{Procedure.Payment.Source}）。如不服本决定，可以在收到本决定书之日起{Procedure.ReviewDays}日内依法申请行政复议，"
            + $"或者在{Procedure.SuitMonths}个月内依法向人民法院提起行政诉讼（{Procedure.Rights.Source}）。";
        Context.IssueDocument(Case, "penalty-decision");
    }

    Task ServePenalty(PenaltyServiceRequest request, Transition _)
    {
        (Case.PenaltyServedOn, Case.PenaltyServiceMethod) = (request.ServedOn, request.Method);
        return Task.CompletedTask;
    }

    Task TransferToPolice(PoliceTransferRequest request, Transition _)
    {
        Case.TransferredToPoliceOn = Context.Today;
        Case.PoliceTransferReference = request.Reference;
        return Task.CompletedTask;
    }

    Task NotifyBlacklist(BlacklistNoticeRequest request, Transition _)
    {
        Case.BlacklistNoticeOn = Context.Today;
        Case.BlacklistGrounds = BlacklistGrounds(request);
        Case.BlacklistIncident = request.ExtremeIncident ? request.IncidentDescription?.Trim() : null;
        Case.BlacklistDefenceEndsOn = Context.Calendar.AddWorkingDays(Context.Today, Context.Enforcement.Blacklist.NoticeDays);
        Context.IssueDocument(Case, "blacklist-notice");
        return Task.CompletedTask;
    }

    async Task DecideBlacklist(BlacklistRequest request, Transition _)
    {
        Case.BlacklistReason = ReasonOf(request);
        Case.Blacklist = request.Decision;
        Case.BlacklistDecidedOn = Context.Today;
        if (request.Decision != BlacklistDecision.Listed) return;
        var rules = Context.Enforcement.Blacklist;
        Case.BlacklistDecisionNumber = await DecisionNumbers.IssueAsync(Context.Db, Case.OrganisationId, "blacklist", rules.NumberPattern, Context.Today);
        Case.BlacklistTerms = $"列入期限自本决定作出之日起{rules.TermYears}年，至{Context.Today.AddYears(rules.TermYears).AddDays(-1):yyyy年M月d日}止（{rules.Term.Source}）。"
            + $"改正拖欠工资违法行为且列入满{rules.EarlyRemovalMonths}个月的，可以作出信用承诺，申请提前移出名单（{rules.EarlyRemoval.Source}）。";
        var unpaid = Case.Arrears.Where(a => a.AmountOwed > a.AmountPaid).ToList();
        foreach (var employer in Case.Parties.Where(p => p.Role == PartyRole.Respondent && p.Kind == PartyKind.Employer))
            Context.Db.BlacklistEntries.Add(new BlacklistEntry
            {
                CaseId = Case.Id, OrganisationId = Case.OrganisationId, EmployerName = employer.Name, CreditCode = employer.CreditCode,
                DecisionNumber = Case.BlacklistDecisionNumber, Grounds = Case.BlacklistGrounds ?? Case.BlacklistReason ?? "",
                Unpaid = unpaid.Sum(a => a.AmountOwed - a.AmountPaid), Workers = unpaid.Count,
                ListedOn = Context.Today, ExpiresOn = Context.Today.AddYears(rules.TermYears),
            });
        Context.IssueDocument(Case, "blacklist-decision");
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
