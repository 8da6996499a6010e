using CaseFlow.Domain;
using CaseFlow.Features.Cases;
using CaseFlow.Features.Clocks;
using CaseFlow.Features.Mediation;
using CaseFlow.Workflows;
using Microsoft.EntityFrameworkCore;
using Stateless;
using Stateless.Reflection;
using static CaseFlow.Domain.Role;
using State = CaseFlow.Features.Arbitration.ArbitrationState;
using Transition = Stateless.StateMachine<CaseFlow.Features.Arbitration.ArbitrationState, CaseFlow.Features.Arbitration.ArbitrationTrigger>.Transition;

// The guards of internal transitions are plain Func<bool> state checks, as for every other transition:
// the overload Stateless now marks obsolete is the one that evaluates them without the action's
// parameters, which is what listing the permitted actions needs.
#pragma warning disable CS0618

namespace CaseFlow.Features.Arbitration;

public enum ArbitrationTrigger
{
    ReferToPreCaseMediation,
    PreCaseMediationSettled,
    PreCaseMediationFailed,
    SubmitForReview,
    Accept,
    Refuse,
    Serve,
    FormTribunal,
    ScheduleHearing,
    PostponeHearing,
    RecordHearing,
    Award,
    IssueMediationStatement,
    Withdraw,
    DeemWithdrawn,
    Terminate,
    Suspend,
    Resume,
    Extend,
    ConvertToOrdinary,
    RecordAnswer,
    AmendClaims,
    AddParty,
    Counterclaim,
    RecordAwardService,
    RecordStatementReceipt,
    RefuseStatement,
    ProposeSuspension,
    RejectSuspension,
    RecordAfterAward,
    PartialAward,
    AdvanceExecution,
    CorrectAward,
}

/// <summary>
/// 劳动人事争议仲裁: from application through acceptance, service, tribunal and hearing to an award,
/// a mediation statement, a withdrawal or a termination.
/// </summary>
public sealed class ArbitrationWorkflow : CaseWorkflow<ArbitrationCase, ArbitrationState, ArbitrationTrigger>
{
    public ArbitrationWorkflow(ArbitrationCase @case, WorkflowContext context) : base(@case, context)
    {
        var onTribunal = ((Func<bool>)ActorSitsOnTribunalIfArbitrator, "作为仲裁员办理时须为本案仲裁庭成员");

        var referToPreCase = Define<PreCaseMediationRequest>(ArbitrationTrigger.ReferToPreCaseMediation, "案前约调", [Registrar], hint: "受理前先行调解；调解成功即结案，不成的转入受理审查", check: CheckPreCaseOrganisation);
        var preCaseSettled = Define<NoParameters>(ArbitrationTrigger.PreCaseMediationSettled, "案前约调成功", []);
        Define<NoParameters>(ArbitrationTrigger.PreCaseMediationFailed, "案前约调不成", []);
        Define<NoParameters>(ArbitrationTrigger.SubmitForReview, "提交受理审查", [Registrar]);
        var accept = Define<AcceptRequest>(ArbitrationTrigger.Accept, "立案受理", [Registrar, Head], hint: "决定受理并编立案号，制发受理通知书（劳动争议调解仲裁法第二十九条：收到申请之日起5日内）", check: Sync<AcceptRequest>(CheckAcceptance));
        var refuse = Define<NoParameters>(ArbitrationTrigger.Refuse, "不予受理", [Head], hint: "制发不予受理通知书，写明理由", requiresReason: true);
        var serve = Define<ServeRequest>(ArbitrationTrigger.Serve, "送达", [Registrar, Arbitrator], hint: "受理后5日内将仲裁申请书副本送达被申请人（第三十条）", check: Sync<ServeRequest>(CheckService));
        var formTribunal = Define<FormTribunalRequest>(ArbitrationTrigger.FormTribunal, "组庭", [Head, Registrar], hint: "受理后5日内将仲裁庭组成情况书面通知当事人（第三十二条）", check: CheckTribunal);
        var schedule = Define<ScheduleHearingRequest>(ArbitrationTrigger.ScheduleHearing, "排期", [Arbitrator, Registrar], onTribunal, hint: "开庭5日前书面通知当事人，同时制发开庭通知书（第三十五条）", check: Sync<ScheduleHearingRequest>(CheckHearingNotice));
        var postpone = Define<ScheduleHearingRequest>(ArbitrationTrigger.PostponeHearing, "延期开庭", [Arbitrator], onTribunal, hint: "当事人申请延期开庭应在开庭3日前提出（第三十五条）", requiresReason: true, check: Sync<ScheduleHearingRequest>(CheckHearingNotice));
        var hear = Define<RecordHearingRequest>(ArbitrationTrigger.RecordHearing, "开庭", [Arbitrator], onTribunal, check: Sync<RecordHearingRequest>(CheckHearing));
        var award = Define<AwardRequest>(ArbitrationTrigger.Award, "裁决", [Arbitrator], onTribunal, hint: "制发仲裁裁决书，逐项认定终局或非终局（第四十七条）", check: Sync<AwardRequest>(CheckAward));
        var statement = Define<MediationStatementRequest>(ArbitrationTrigger.IssueMediationStatement, "调解书", [Arbitrator], onTribunal, hint: "制发调解书；双方当事人签收后发生法律效力（第四十二条）", check: Sync<MediationStatementRequest>(CheckStatement));
        var statementReceived = Define<StatementReceiptRequest>(ArbitrationTrigger.RecordStatementReceipt, "调解书签收", [Registrar, Arbitrator], onTribunal, hint: "登记一方当事人签收调解书；双方均签收即以调解结案", check: Sync<StatementReceiptRequest>(CheckStatementReceipt));
        var statementRefused = Define<StatementRefusalRequest>(ArbitrationTrigger.RefuseStatement, "调解书送达前反悔", [Registrar, Arbitrator], onTribunal, hint: "调解书送达前一方当事人反悔的，仲裁庭应当及时作出裁决（第四十二条）", requiresReason: true, check: Sync<StatementRefusalRequest>(CheckStatementRefusal));
        var withdraw = Define<NoParameters>(ArbitrationTrigger.Withdraw, "撤回申请", [Registrar, Arbitrator], onTribunal);
        var deemWithdrawn = Define<NoParameters>(ArbitrationTrigger.DeemWithdrawn, "按撤回处理", [Arbitrator], onTribunal, hint: "申请人经书面通知无正当理由拒不到庭或未经仲裁庭同意中途退庭的，按撤回仲裁申请处理（第三十六条）", requiresReason: true);
        var terminate = Define<NoParameters>(ArbitrationTrigger.Terminate, "终结", [Arbitrator, Head], onTribunal, requiresReason: true);
        var proposeSuspension = Define<SuspendRequest>(ArbitrationTrigger.ProposeSuspension, "报请中止", [Arbitrator], onTribunal, hint: "写明办案规则第四十七条的中止事由，报仲裁委主任批准", requiresReason: true, check: Sync<SuspendRequest>(CheckSuspensionProposal));
        var suspend = Define<SuspendRequest>(ArbitrationTrigger.Suspend, "决定中止", [Head], hint: "制发中止审理决定书；中止期间不计入仲裁期限（办案规则第四十六条、第四十七条）", requiresReason: true, check: Sync<SuspendRequest>(CheckSuspension));
        var rejectSuspension = Define<NoParameters>(ArbitrationTrigger.RejectSuspension, "不予中止", [Head], hint: "案件回到报请中止前的阶段继续审理", requiresReason: true);
        Define<NoParameters>(ArbitrationTrigger.Resume, "恢复", [Arbitrator, Head], onTribunal);
        var extend = Define<ExtendRequest>(ArbitrationTrigger.Extend, "延期", [Head], hint: "经仲裁委主任批准，可延长一次，延长的最长期限见法定期限设置（第四十三条）", requiresReason: true, check: Sync<ExtendRequest>(CheckExtension));
        var convert = Define<ConvertToOrdinaryRequest>(ArbitrationTrigger.ConvertToOrdinary, "转为普通程序", [Head], requiresReason: true, check: CheckConversion);
        var answer = Define<RecordAnswerRequest>(ArbitrationTrigger.RecordAnswer, "答辩", [Registrar, Arbitrator], onTribunal, check: Sync<RecordAnswerRequest>(CheckAnswer));
        var amend = Define<AmendClaimsRequest>(ArbitrationTrigger.AmendClaims, "变更请求", [Registrar, Arbitrator], onTribunal, hint: "仲裁期限重新计算（办案规则第46条）", check: Sync<AmendClaimsRequest>(r => CheckClaims(r.Claims)));
        var addParty = Define<AddPartyRequest>(ArbitrationTrigger.AddParty, "追加当事人", [Registrar, Arbitrator], onTribunal, hint: "仲裁期限重新计算（办案规则第46条）", check: Sync<AddPartyRequest>(CheckParty));
        var counterclaim = Define<CounterclaimRequest>(ArbitrationTrigger.Counterclaim, "反申请", [Registrar, Arbitrator], onTribunal, hint: "仲裁期限重新计算（办案规则第46条）", check: Sync<CounterclaimRequest>(r => CheckClaims(r.Claims)));
        var afterAward = Define<AfterAwardRequest>(ArbitrationTrigger.RecordAfterAward, "登记裁决后续", [Registrar, Arbitrator], hint: "当事人起诉、申请撤销终局裁决或申请强制执行的情况", check: Sync<AfterAwardRequest>(CheckAfterAward));
        var partialAward = Define<PartialAwardRequest>(ArbitrationTrigger.PartialAward, "先行裁决", [Arbitrator], onTribunal, hint: "部分事实已经清楚的，就该部分先行裁决，其余继续审理（第四十三条第二款）", check: Sync<PartialAwardRequest>(CheckPartialAward));
        var advance = Define<AdvanceExecutionRequest>(ArbitrationTrigger.AdvanceExecution, "先予执行", [Arbitrator], onTribunal, hint: "根据劳动者申请裁决先予执行，移送人民法院执行（第四十四条）", check: Sync<AdvanceExecutionRequest>(CheckAdvanceExecution));
        var correct = Define<CorrectAwardRequest>(ArbitrationTrigger.CorrectAward, "补正裁决书", [Arbitrator], onTribunal, hint: "裁决书中的文字、计算错误或已经裁决但遗漏的事项，制作补正决定书送达当事人，裁决结果不变（办案规则第五十三条）", requiresReason: true, check: Sync<CorrectAwardRequest>(CheckCorrection));
        var awardServed = Define<RecordAwardServiceRequest>(ArbitrationTrigger.RecordAwardService, "裁决书送达", [Registrar, Arbitrator], onTribunal, hint: "以送达回证上的签收日期为准", check: Sync<RecordAwardServiceRequest>(CheckAwardService));

        Machine.Configure(State.Applied)
            .Permit(ArbitrationTrigger.ReferToPreCaseMediation, State.InPreCaseMediation)
            .Permit(ArbitrationTrigger.SubmitForReview, State.AcceptanceReview)
            .Permit(ArbitrationTrigger.Withdraw, State.Closed);

        Machine.Configure(State.InPreCaseMediation)
            .OnEntryFromAsync(referToPreCase, OpenPreCaseMediation)
            .Permit(ArbitrationTrigger.PreCaseMediationSettled, State.Closed)
            .Permit(ArbitrationTrigger.PreCaseMediationFailed, State.AcceptanceReview);

        Machine.Configure(State.AcceptanceReview)
            .Permit(ArbitrationTrigger.Accept, State.Accepted)
            .Permit(ArbitrationTrigger.Refuse, State.Closed)
            .Permit(ArbitrationTrigger.Withdraw, State.Closed);

        // The proceedings: any of them may end by withdrawal or termination, be suspended, or have
        // the award period extended once.
        Machine.Configure(State.InProceedings)
            .Permit(ArbitrationTrigger.Withdraw, State.Closed)
            .Permit(ArbitrationTrigger.Terminate, State.Closed)
            .Permit(ArbitrationTrigger.Suspend, State.Suspended)
            .PermitIf(ArbitrationTrigger.ProposeSuspension, State.SuspensionProposed, Describe(NoSuspensionProposed, "没有待批准的中止申请"))
            .InternalTransitionAsyncIf(extend, Describe(NotYetExtended, "审理期限此前未延长过（第四十三条：只能延长一次）"), ApproveExtension)
            .InternalTransitionAsyncIf(convert, Describe(TrackIsSimplified, "本案适用简易程序"), ConvertToOrdinary)
            .InternalTransitionAsyncIf(answer, Describe(HasBeenServed, "仲裁申请书副本已送达被申请人"), RecordAnswer)
            .InternalTransitionAsync(amend, AmendClaims)
            .InternalTransitionAsync(addParty, AddParty)
            .InternalTransitionAsync(counterclaim, Counterclaim)
            .InternalTransitionAsyncIf(advance, Describe(MayRuleOnAdvanceExecution, "仲裁庭已组成且本案尚未裁决先予执行"), RuleOnAdvanceExecution)
            .InternalTransitionAsyncIf(correct, Describe(AnAwardIssued, "本案已制发裁决书"), CorrectAward);

        Machine.Configure(State.Accepted)
            .SubstateOf(State.InProceedings)
            .OnEntryFromAsync(accept, AcceptApplication)
            .Permit(ArbitrationTrigger.Serve, State.Served);

        Machine.Configure(State.Served)
            .SubstateOf(State.InProceedings)
            .OnEntryFromAsync(serve, RecordService)
            .Permit(ArbitrationTrigger.FormTribunal, State.TribunalFormed);

        Machine.Configure(State.TribunalFormed)
            .SubstateOf(State.InProceedings)
            .OnEntryFromAsync(formTribunal, SeatTribunal)
            .Permit(ArbitrationTrigger.ScheduleHearing, State.HearingScheduled)
            .Permit(ArbitrationTrigger.IssueMediationStatement, State.StatementDelivery);

        Machine.Configure(State.HearingScheduled)
            .SubstateOf(State.InProceedings)
            .OnEntryFromAsync(schedule, ScheduleHearing)
            .OnEntryFromAsync(postpone, ScheduleHearing)
            .PermitReentry(ArbitrationTrigger.PostponeHearing)
            .Permit(ArbitrationTrigger.RecordHearing, State.Heard)
            .Permit(ArbitrationTrigger.DeemWithdrawn, State.Closed)
            .Permit(ArbitrationTrigger.IssueMediationStatement, State.StatementDelivery);

        Machine.Configure(State.Heard)
            .SubstateOf(State.InProceedings)
            .OnEntryFromAsync(hear, RecordHearing)
            .InternalTransitionAsyncIf(partialAward, Describe(SeveralClaimsOpen, "尚有两项以上请求未裁决"), GivePartialAward)
            .Permit(ArbitrationTrigger.Award, State.Closed)
            .Permit(ArbitrationTrigger.IssueMediationStatement, State.StatementDelivery);

        // 劳动争议调解仲裁法 art. 42: the statement binds once both parties have signed for it; a party
        // who goes back on it before then sends the case back to where it stood, to be heard or awarded.
        Machine.Configure(State.StatementDelivery)
            .SubstateOf(State.InProceedings)
            .OnEntryFromAsync(statement, IssueMediationStatement)
            .OnEntryFromAsync(statementReceived, RecordStatementReceipt)
            .PermitDynamic(statementReceived, r => CompletesStatement(r) ? State.Closed : State.StatementDelivery, "whether every party has signed",
                new DynamicStateInfos { { State.Closed, "both sides signed" }, { State.StatementDelivery, "a side yet to sign" } })
            .PermitDynamic(statementRefused, _ => Case.StatementIssuedFrom ?? State.Heard, "where the statement was issued from",
                new DynamicStateInfos { { State.TribunalFormed, "issued before a hearing was set" }, { State.HearingScheduled, "issued with a hearing set" }, { State.Heard, "issued after the hearing" } })
            .OnExit(SupersedeIfRefused, "Supersede the statement a party refused");

        // 办案规则 art. 47: the tribunal proposes, the commission decides; until it does the period runs on.
        Machine.Configure(State.SuspensionProposed)
            .SubstateOf(State.InProceedings)
            .OnEntryFromAsync(proposeSuspension, ProposeSuspension)
            .Permit(ArbitrationTrigger.Suspend, State.Suspended)
            .PermitDynamic(ArbitrationTrigger.RejectSuspension, () => Case.SuspendedFrom ?? State.Accepted, "the state the suspension was proposed from")
            .OnExit(ClearRejectedProposal, "Clear a rejected proposal");

        // 中止: the period stops until the cause is gone; resuming returns to where the case was.
        Machine.Configure(State.Suspended)
            .OnEntryFromAsync(suspend, Suspend)
            .OnExit(() => (Case.SuspendedFrom, Case.SuspendedOn, Case.SuspensionGround, Case.SuspensionReason, Case.SuspensionProposedOn) = (null, null, null, null, null), "Clear the suspension")
            .PermitDynamic(ArbitrationTrigger.Resume, () => Case.SuspendedFrom ?? State.Accepted, "the state the case was suspended from");

        // Closed is final: the law gives no reopening of an arbitration case. A party who disagrees
        // sues in court (劳动争议调解仲裁法 arts. 48–50); a withdrawn applicant files anew.
        Machine.Configure(State.Closed)
            .OnEntryFromAsync(preCaseSettled, _ => Close(ClosureType.SettledInPreCaseMediation), "Close as SettledInPreCaseMediation")
            .OnEntryFromAsync(refuse, Refuse)
            .OnEntryFromAsync(withdraw, _ => Close(ClosureType.Withdrawal), "Close as Withdrawal")
            .OnEntryFromAsync(deemWithdrawn, _ => Close(ClosureType.DeemedWithdrawal), "Close as DeemedWithdrawal")
            .OnEntryFromAsync(terminate, _ => Close(ClosureType.Termination), "Close as Termination")
            .OnEntryFromAsync(award, GiveAward)
            .OnEntryFromAsync(statementReceived, TakeEffect)
            .InternalTransitionAsyncIf(awardServed, Describe(AwardAwaitsService, "本案以裁决结案且裁决书尚未登记送达"), RecordAwardService)
            .InternalTransitionAsyncIf(afterAward, Describe(DecidedOnTheMerits, "本案以裁决或调解书结案"), RecordAfterAward)
            .InternalTransitionAsyncIf(correct, AnAwardIssued, CorrectAward);
    }

    protected override ArbitrationState State
    {
        get => Case.State;
        set => Case.State = value;
    }

    bool ActorSitsOnTribunalIfArbitrator() =>
        Context.Actor.Role != Arbitrator || Case.Tribunal.Any(s => s.ArbitratorId == Context.Actor.Id);

    bool NotYetExtended() => Case.ExtensionDays is null;

    /// <summary>The claims a partial award has not decided: the final award decides these.</summary>
    IEnumerable<Claim> OpenClaims => Case.Claims.Where(c => c.PartiallyAwardedOn is null);

    bool SeveralClaimsOpen() => OpenClaims.Count() >= 2;

    bool MayRuleOnAdvanceExecution() => Case.Tribunal.Count > 0 && Case.AdvanceExecutionOn is null;
    bool NoSuspensionProposed() => Case.State != State.SuspensionProposed;
    bool HasBeenServed() => Case.ServedOn is not null;
    bool AwardAwaitsService() => Case.ClosureType == ClosureType.Award && Case.AwardServedOn is null;
    bool AnAwardIssued() => IssuedAwards.Any();

    /// <summary>The awards this case has issued, each a document of its own: the partial award, and the final and non-final awards.</summary>
    IEnumerable<AwardDocument> IssuedAwards
    {
        get
        {
            if (Case.PartialAwardOn is not null) yield return AwardDocument.PartialAward;
            if (Case.ClosureType != ClosureType.Award) yield break;
            if (OpenClaims.Any(c => c.IsFinal == true)) yield return AwardDocument.FinalAward;
            if (OpenClaims.Any(c => c.IsFinal != true)) yield return AwardDocument.ArbitrationAward;
        }
    }

    bool DecidedOnTheMerits() => Case.ClosureType is ClosureType.Award or ClosureType.MediationStatement;
    bool TrackIsSimplified() => Case.Track == ProcedureTrack.Simplified;

    // The checks: each runs before its transition fires and throws RuleViolation when the request
    // does not fit the case; the entry actions below only change the case and record it.

    async Task CheckPreCaseOrganisation(PreCaseMediationRequest request)
    {
        var organisation = await Context.Db.Organisations.FindAsync(request.MediationOrganisationId ?? Case.OrganisationId);
        Require.That(organisation?.Kind is OrganisationKind.ArbitrationCommission or OrganisationKind.MediationCommittee,
            "mediationOrganisationId", "须为仲裁委员会或劳动争议调解组织");
    }

    void CheckAcceptance(AcceptRequest request)
    {
        Require.That(request.Track == ProcedureTrack.Collective || !CollectiveDispute.IsCollectiveContract(Case), "track",
            "工会就履行集体合同争议申请的，按集体争议处理");
        switch (request.Track)
        {
            case ProcedureTrack.Simplified:
                Require.That(request.SimplifiedGround is not null, "simplifiedGround", "适用简易程序时必须填写（办案规则第56条）");
                break;
            case ProcedureTrack.Collective:
                // Ten or more workers with a common claim (劳动争议调解仲裁法 art. 7), or a trade union over a
                // collective contract (劳动合同法 art. 56). Representatives are optional; if elected, three to five.
                var workers = CollectiveDispute.Workers(Case);
                Require.That(CollectiveDispute.Is(Case), "track",
                    $"集体争议须有{CollectiveDispute.MinimumWorkers}名以上劳动者申请人（本申请有{workers}名），或由工会就履行集体合同争议申请");
                var representatives = Case.Parties.Count(p => p.Role == PartyRole.Applicant && p.IsRepresentative);
                Require.That(representatives == 0 || representatives is >= CollectiveDispute.MinimumRepresentatives and <= CollectiveDispute.MaximumRepresentatives, "track",
                    $"推举代表人的，须为{CollectiveDispute.MinimumRepresentatives}至{CollectiveDispute.MaximumRepresentatives}名，本申请有{representatives}名");
                break;
        }
    }

    /// <summary>The clock that says when service by public notice is deemed done (办案规则 art. 46: its time is not counted).</summary>
    public const string PublicNoticeClock = "public-notice";

    void CheckService(ServeRequest request)
    {
        Require.That(request.ServedOn >= Case.AcceptedOn && request.ServedOn <= Context.Today, "servedOn", "须在受理之日至今天之间");
        Require.That(request.Method != ServiceMethod.PublicNotice || Context.Clocks.Definitions.ContainsKey(PublicNoticeClock),
            "method", "公告送达期间未配置（法定期限 public-notice），请联系管理员");
    }

    async Task CheckTribunal(FormTribunalRequest request)
    {
        // Ordinary and collective cases sit three arbitrators, the simplified track one (办案规则 arts. 56, 63).
        var ids = request.MemberIds.Prepend(request.PresidingArbitratorId).ToList();
        var needed = Case.Track == ProcedureTrack.Simplified ? 1 : 3;
        Require.That(ids.Distinct().Count() == needed && ids.Count == needed, "memberIds", $"{Labels.Of(Case.Track)}的仲裁庭由{needed}名不同的仲裁员组成");
        await CheckArbitrators(ids, "memberIds");
    }

    async Task CheckArbitrators(List<int> ids, string field)
    {
        var found = await Context.Db.Users.CountAsync(u => ids.Contains(u.Id) && u.Role == Arbitrator && u.OrganisationId == Case.OrganisationId);
        Require.That(found == ids.Distinct().Count(), field, "须为本仲裁委的仲裁员");
    }

    void CheckHearingNotice(ScheduleHearingRequest request)
    {
        // 劳动争议调解仲裁法 art. 35: written notice at least 5 days before the hearing, read as working days.
        var earliest = Context.Calendar.AddWorkingDays(Context.Today, 5);
        Require.That(DateOnly.FromDateTime(request.HearingAt) >= earliest, "hearingAt", $"须在通知之日5个工作日以后，即不早于{earliest:yyyy-MM-dd}");
        Require.Filled(request.Place, "place");
    }

    void CheckHearing(RecordHearingRequest request) =>
        Require.That(!(Case.HearingAt is { } at && request.HeardOn < DateOnly.FromDateTime(at) || request.HeardOn > Context.Today),
            "heardOn", "须在排定的开庭时间至今天之间");

    void CheckAward(AwardRequest request)
    {
        // Every claim not decided by a partial award is decided now, and none above what was asked (不告不理).
        var decided = request.Claims.Select(c => c.ClaimId).ToHashSet();
        var missing = OpenClaims.Where(c => !decided.Contains(c.Id)).Select(c => c.Id).ToList();
        Require.That(missing.Count == 0 && decided.Count == request.Claims.Count, "claims", $"每项请求须裁决且只裁决一次；未裁决：{string.Join("、", missing)}");
        foreach (var (entry, index) in request.Claims.Select((c, i) => (c, i)))
        {
            var claim = OpenClaims.SingleOrDefault(c => c.Id == entry.ClaimId);
            Require.That(claim is not null, $"claims[{index}].claimId", "不是本案尚未裁决的请求事项（先行裁决已处理的不再裁决）");
            Require.That(entry.AmountAwarded >= 0 && !(claim!.Amount is { } asked && entry.AmountAwarded > asked),
                $"claims[{index}].amountAwarded", "须在0至请求金额之间");
        }
        Require.Filled(request.Decision, "decision");
        Require.That(request.PaymentDays is >= 0 and <= 90, "paymentDays", "须在0至90日之间");
    }

    /// <summary>The entries of a partial award or advance-execution ruling that decide something now, each an open claim of the case within what was asked.</summary>
    List<(Claim Claim, decimal Amount)> Chosen(List<ClaimAmount> entries)
    {
        var chosen = new List<(Claim, decimal)>();
        Require.That(entries.Select(e => e.ClaimId).Distinct().Count() == entries.Count, "claims", "每项请求只能出现一次");
        foreach (var (entry, index) in entries.Select((c, i) => (c, i)))
        {
            if (entry.Amount is not { } amount) continue;
            var claim = OpenClaims.SingleOrDefault(c => c.Id == entry.ClaimId);
            Require.That(claim is not null, $"claims[{index}].claimId", "不是本案尚未裁决的请求事项");
            Require.That(amount >= 0 && !(claim!.Amount is { } asked && amount > asked), $"claims[{index}].amount", "须在0至请求金额之间");
            chosen.Add((claim, amount));
        }
        return chosen;
    }

    // 劳动争议调解仲裁法 art. 43 para. 2: the clear part decided, something left for the final award.
    void CheckPartialAward(PartialAwardRequest request)
    {
        var chosen = Chosen(request.Claims);
        Require.That(chosen.Count > 0, "claims", "须至少对一项请求先行裁决");
        Require.That(chosen.Count < OpenClaims.Count(), "claims", "全部请求均已清楚的，应当直接裁决，而非先行裁决");
        Require.Filled(request.Decision, "decision");
        Require.That(request.PaymentDays is >= 0 and <= 90, "paymentDays", "须在0至90日之间");
    }

    // 劳动争议调解仲裁法 art. 44: the kinds of claim it names, on both of its conditions, on a worker's application.
    void CheckAdvanceExecution(AdvanceExecutionRequest request)
    {
        var rules = Context.InterimAwards;
        Require.That(Case.Parties.Any(p => p.Id == request.ApplicantId && p.Kind == PartyKind.Worker && p.Role == PartyRole.Applicant),
            "applicantId", "须为本案作为申请人的劳动者");
        var chosen = Chosen(request.Claims);
        Require.That(chosen.Count > 0, "claims", "须至少对一项请求裁决先予执行");
        foreach (var (entry, index) in request.Claims.Select((c, i) => (c, i)))
        {
            if (entry.Amount is null) continue;
            var claim = Case.Claims.Single(c => c.Id == entry.ClaimId);
            Require.That(!claim.IsCounterclaim && rules.AdvanceTypes.Contains(claim.Type), $"claims[{index}].claimId",
                $"{Labels.Of(claim.Type)}不属可以先予执行的请求（第四十四条；可先予执行的：{string.Join("、", rules.AdvanceTypes.Order().Select(t => Labels.Of(t)))}）");
            Require.That(entry.Amount > 0, $"claims[{index}].amount", "先予执行的金额须大于0");
        }
        var rightsClear = rules.Condition("rightsClear");
        var hardship = rules.Condition("seriousHardship");
        Require.That(request.RightsClear, "rightsClear", $"须{rightsClear.Text}（{rightsClear.Source}）");
        Require.That(request.SeriousHardship, "seriousHardship", $"须认定{hardship.Text}（{hardship.Source}）");
        Require.Filled(request.Facts, "facts");
    }

    static void CheckStatement(MediationStatementRequest request)
    {
        Require.Filled(request.Terms, "terms");
        Require.That(request.Amount is not < 0, "amount", "不能为负数");
    }

    static void CheckSuspensionProposal(SuspendRequest request) =>
        Require.That(request.Ground is not null, "ground", "须选择办案规则第四十七条所列的中止事由");

    void CheckSuspension(SuspendRequest request) =>
        Require.That(request.Ground is not null || Case.State == State.SuspensionProposed && Case.SuspensionGround is not null,
            "ground", "须选择办案规则第四十七条所列的中止事由");

    // 劳动争议调解仲裁法 art. 43: one extension, approved by the commission head, of at most what the award clock allows.
    void CheckExtension(ExtendRequest request) => Context.Clocks.CheckExtension("award", request.Days, "days");

    async Task CheckConversion(ConvertToOrdinaryRequest request)
    {
        if (Case.Tribunal.Count == 0) return;
        var added = request.AdditionalMemberIds.Distinct().ToList();
        Require.That(added.Count == 2 && !added.Any(id => Case.Tribunal.Any(s => s.ArbitratorId == id)), "additionalMemberIds", "须选择另外两名仲裁员");
        await CheckArbitrators(added, "additionalMemberIds");
    }

    void CheckAnswer(RecordAnswerRequest request) =>
        Require.That(request.ReceivedOn >= Case.ServedOn && request.ReceivedOn <= Context.Today, "receivedOn", "须在送达之日至今天之间");

    void CheckClaims(List<ClaimInput> claims)
    {
        var intake = new Intake();
        intake.Claims(claims, required: true, Context.Today);
        if (!intake.IsValid) throw new RuleViolation(intake.Errors.First().Key, intake.Errors.First().Value[0]);
    }

    static void CheckParty(AddPartyRequest request)
    {
        Require.That(request.Party.Kind != PartyKind.Agent && request.Party.Role != PartyRole.Agent, "party.kind", "代理人不能作为当事人追加，应随其代理的当事人加入");
        var intake = new Intake();
        intake.Party("party", request.Party);
        if (!intake.IsValid) throw new RuleViolation(intake.Errors.First().Key, intake.Errors.First().Value[0]);
    }

    /// <summary>Those who must sign for a mediation statement before it binds: both sides (art. 42).</summary>
    IEnumerable<Party> Signatories => Case.Parties.Where(p => p.Role is PartyRole.Applicant or PartyRole.Respondent);

    IEnumerable<DocumentReceipt> StatementReceipts => Case.Receipts.Where(r => r.Document == StatementTemplate && !r.Superseded);

    const string StatementTemplate = "mediation-statement";

    bool CompletesStatement(StatementReceiptRequest request) =>
        Signatories.All(p => p.Id == request.PartyId || StatementReceipts.Any(r => r.PartyId == p.Id));

    Party CheckStatementParty(long partyId, string field)
    {
        var party = Case.Parties.SingleOrDefault(p => p.Id == partyId && p.IsCaseParty);
        Require.That(party is not null, field, "须为本案的申请人、被申请人或第三人");
        Require.That(!StatementReceipts.Any(r => r.PartyId == partyId), field, $"{party!.Name}已签收调解书");
        return party;
    }

    void CheckStatementReceipt(StatementReceiptRequest request)
    {
        CheckStatementParty(request.PartyId, "partyId");
        Require.That(request.ReceivedOn >= Case.StatementIssuedOn && request.ReceivedOn <= Context.Today, "receivedOn", "须在调解书制发之日至今天之间");
    }

    void CheckStatementRefusal(StatementRefusalRequest request) => CheckStatementParty(request.PartyId, "partyId");

    /// <summary>
    /// Who may do what after the decision (劳动争议调解仲裁法 arts. 47–51): a mediation statement is not open to
    /// suit; the employer may not sue on a final award, only apply to set it aside; the worker may sue on any award.
    /// </summary>
    void CheckAfterAward(AfterAwardRequest request)
    {
        var party = Case.Parties.SingleOrDefault(p => p.Id == request.PartyId && p.Role is PartyRole.Applicant or PartyRole.Respondent);
        Require.That(party is not null, "partyId", "须为本案的申请人或被申请人");
        Require.That(request.On >= Case.ClosedOn && request.On <= Context.Today, "on", "须在结案之日至今天之间");
        Require.Filled(request.Court, "court");
        var employer = party!.Kind == PartyKind.Employer;
        switch (request.Kind)
        {
            case AfterAwardKind.Suit:
                Require.That(Case.ClosureType == ClosureType.Award, "kind", "调解书发生法律效力后不能就同一争议起诉");
                Require.That(!employer || Case.Claims.Any(c => c.IsFinal != true), "kind", "终局裁决对用人单位发生法律效力，用人单位不能起诉，只能申请撤销（第四十七条、第四十九条）");
                break;
            case AfterAwardKind.SetAside:
                Require.That(Case.ClosureType == ClosureType.Award && Case.Claims.Any(c => c.IsFinal == true), "kind", "只有终局裁决可以申请撤销（第四十九条）");
                Require.That(employer, "partyId", "申请撤销终局裁决的应为用人单位（第四十九条）");
                break;
        }
    }

    /// <summary>
    /// 办案规则 art. 53: a correction puts right the words of the award, never its decision. The words to
    /// correct must stand in its facts found or reasoning, where they are replaced; an omitted item is added
    /// to the reasoning. What is awarded on each claim is not open to correction.
    /// </summary>
    void CheckCorrection(CorrectAwardRequest request)
    {
        Require.That(IssuedAwards.Contains(request.Document), "document", $"本案未制发{Labels.Of(request.Document)}");
        Require.Filled(request.Corrected, "corrected");
        if (request.Kind == CorrectionKind.Omission)
        {
            Require.That(string.IsNullOrWhiteSpace(request.Original), "original", "遗漏事项的补正不填原文");
            return;
        }
        Require.Filled(request.Original, "original");
        Require.That(request.Original!.Trim() != request.Corrected.Trim(), "corrected", "须与原文不同");
        var (facts, reasoning) = AwardTexts(request.Document);
        Require.That((facts ?? "").Contains(request.Original.Trim()) || (reasoning ?? "").Contains(request.Original.Trim()), "original",
            $"须为{Labels.Of(request.Document)}“经审理查明”或“仲裁庭认为”中的原文；裁决结果不能补正");
    }

    (string? Facts, string? Reasoning) AwardTexts(AwardDocument document) => document == AwardDocument.PartialAward
        ? (Case.PartialFactsFound, Case.PartialDecision)
        : (Case.FactsFound, Case.Decision);

    void CheckAwardService(RecordAwardServiceRequest request) =>
        Require.That(request.ServedOn >= Case.ClosedOn && request.ServedOn <= Context.Today, "servedOn", "须在裁决之日至今天之间");

    async Task OpenPreCaseMediation(PreCaseMediationRequest request)
    {
        var mediation = new MediationCase
        {
            OrganisationId = request.MediationOrganisationId ?? Case.OrganisationId,
            ReceivedOn = Context.Today,
            IsPreCaseMediation = true,
            ArbitrationCaseId = Case.Id,
            Summary = Case.Summary,
            State = MediationState.Registered,
        };
        CaseCopy.PartiesAndClaims(Case, mediation);
        await Context.IssueCaseNumberAsync(mediation);
        await Context.OpenAsync(mediation, "open-pre-case-mediation");
        await Context.Db.SaveChangesAsync();
        Case.PreCaseMediationId = mediation.Id;
    }

    async Task AcceptApplication(AcceptRequest request)
    {
        Case.Track = request.Track;
        Case.AcceptedOn = Context.Today;
        await Context.IssueCaseNumberAsync(Case);
        Context.IssueDocument(Case, "acceptance-notice");
    }

    Task Refuse(NoParameters request)
    {
        Case.NonAcceptanceReason = ReasonOf(request);
        Context.IssueDocument(Case, "non-acceptance-notice");
        return Close(ClosureType.NonAcceptance);
    }

    Task RecordService(ServeRequest request)
    {
        Case.ServedOn = request.ServedOn;
        Case.ServiceMethod = request.Method;
        Context.IssueDocument(Case, "answer-notice");
        // 公告送达: served on the day the notice period ends; until then the award period stands still.
        Case.ServiceDeemedOn = request.Method == ServiceMethod.PublicNotice
            ? Context.Clocks.Definitions[PublicNoticeClock] is var notice && notice.Unit == ClockUnit.CalendarDays
                ? Context.Calendar.AddCalendarDays(request.ServedOn, notice.Days)
                : Context.Calendar.AddWorkingDays(request.ServedOn, notice.Days)
            : null;
        return Task.CompletedTask;
    }

    Task SeatTribunal(FormTribunalRequest request)
    {
        Case.Tribunal = request.MemberIds.Prepend(request.PresidingArbitratorId)
            .Select(id => new TribunalSeat { ArbitratorId = id, IsPresiding = id == request.PresidingArbitratorId }).ToList();
        Case.TribunalFormedOn = Context.Today;
        Case.AssigneeId = request.PresidingArbitratorId;
        Context.IssueDocument(Case, "tribunal-notice");
        return Task.CompletedTask;
    }

    Task ScheduleHearing(ScheduleHearingRequest request)
    {
        Case.HearingAt = request.HearingAt;
        Case.HearingPlace = request.Place;
        Case.HearingNoticeOn = Context.Today;
        Context.IssueDocument(Case, "hearing-notice");
        return Task.CompletedTask;
    }

    Task RecordHearing(RecordHearingRequest request)
    {
        Case.HeardOn = request.HeardOn;
        return Task.CompletedTask;
    }

    Task GiveAward(AwardRequest request)
    {
        foreach (var entry in request.Claims)
            Case.Claims.Single(c => c.Id == entry.ClaimId).AmountAwarded = entry.AmountAwarded;
        Case.Decision = request.Decision;
        Case.FactsFound = request.FactsFound;
        Case.PaymentDays = request.PaymentDays;
        Case.Clerk = request.Clerk;
        // What is awarded on each item, against the minimum wage in force on the day, decides which items
        // are final; final and non-final items go into separate awards, each with its own rights (办案规则 art. 50).
        Context.FinalAward.Mark(Case, Context.Today);
        if (OpenClaims.Any(c => c.IsFinal == true)) Context.IssueDocument(Case, "final-award");
        if (OpenClaims.Any(c => c.IsFinal != true)) Context.IssueDocument(Case, "arbitration-award");
        return Close(ClosureType.Award);
    }

    Task GivePartialAward(PartialAwardRequest request, Transition _)
    {
        var chosen = Chosen(request.Claims);
        foreach (var (claim, amount) in chosen)
        {
            claim.AmountAwarded = amount;
            claim.PartiallyAwardedOn = Context.Today;
        }
        Case.PartialAwardOn = Context.Today;
        Case.PartialDecision = request.Decision;
        Case.PartialFactsFound = request.FactsFound;
        Case.PartialPaymentDays = request.PaymentDays;
        // Each item is final or not on its own amount, against the minimum wage in force on the day it is decided.
        Context.FinalAward.Mark(chosen.Select(c => c.Claim), Case, Context.Today);
        Context.IssueDocument(Case, "partial-award");
        return Task.CompletedTask;
    }

    Task RuleOnAdvanceExecution(AdvanceExecutionRequest request, Transition _)
    {
        var chosen = Chosen(request.Claims);
        Case.AdvanceExecutionOn = Context.Today;
        Case.AdvanceExecutionPartyId = request.ApplicantId;
        Case.AdvanceExecutionAmount = chosen.Sum(c => c.Amount);
        Case.AdvanceExecutionClaims = string.Join("；", chosen.Select(c => $"{Labels.Of(c.Claim.Type)}{Documents.DocumentModel.Money(c.Amount)}元"));
        Case.AdvanceExecutionReason = request.Facts.Trim();
        Context.IssueDocument(Case, "advance-execution");
        return Task.CompletedTask;
    }

    Task IssueMediationStatement(MediationStatementRequest request, Transition transition)
    {
        Case.Decision = request.Terms;
        Case.SettlementAmount = request.Amount;
        Case.StatementIssuedOn = Context.Today;
        Case.StatementIssuedFrom = transition.Source;
        Context.IssueDocument(Case, StatementTemplate);
        return Task.CompletedTask;
    }

    Task RecordStatementReceipt(StatementReceiptRequest request)
    {
        Case.Receipts.Add(new DocumentReceipt { PartyId = request.PartyId, Document = StatementTemplate, ReceivedOn = request.ReceivedOn, Method = request.Method });
        return Task.CompletedTask;
    }

    /// <summary>The last signature: the statement binds, and the case closes as mediated on that day.</summary>
    Task TakeEffect(StatementReceiptRequest request)
    {
        RecordStatementReceipt(request);
        var effective = StatementReceipts.Max(r => r.ReceivedOn);
        Case.Close(ClosureType.MediationStatement, effective);
        return Task.CompletedTask;
    }

    void SupersedeIfRefused(Transition transition)
    {
        if (transition.Trigger != ArbitrationTrigger.RefuseStatement) return;
        foreach (var receipt in StatementReceipts.ToList()) receipt.Superseded = true;
        (Case.StatementIssuedOn, Case.StatementIssuedFrom, Case.SettlementAmount, Case.Decision) = (null, null, null, null);
    }

    Task ProposeSuspension(SuspendRequest request, Transition transition)
    {
        Case.SuspendedFrom = transition.Source;
        Case.SuspensionGround = request.Ground;
        Case.SuspensionReason = ReasonOf(request);
        Case.SuspensionProposedOn = Context.Today;
        return Task.CompletedTask;
    }

    void ClearRejectedProposal(Transition transition)
    {
        if (transition.Trigger != ArbitrationTrigger.RejectSuspension) return;
        (Case.SuspendedFrom, Case.SuspensionGround, Case.SuspensionReason, Case.SuspensionProposedOn) = (null, null, null, null);
    }

    /// <summary>The head's decision: from a proposal it keeps where the case stood before it, and its ground unless the head names another.</summary>
    Task Suspend(SuspendRequest request, Transition transition)
    {
        if (transition.Source != State.SuspensionProposed) Case.SuspendedFrom = transition.Source;
        Case.SuspensionGround = request.Ground ?? Case.SuspensionGround;
        Case.SuspensionReason = ReasonOf(request);
        Case.SuspendedOn = Context.Today;
        Context.IssueDocument(Case, "suspension-decision");
        return Task.CompletedTask;
    }

    Task ApproveExtension(ExtendRequest request, Transition _)
    {
        Case.ExtensionDays = request.Days;
        Case.ExtensionApprovedOn = Context.Today;
        Case.ExtensionReason = ReasonOf(request);
        Context.IssueDocument(Case, "extension-notice");
        return Task.CompletedTask;
    }

    Task ConvertToOrdinary(ConvertToOrdinaryRequest request, Transition _)
    {
        // 办案规则 art. 61: the period still runs from acceptance.
        if (Case.Tribunal.Count > 0)
            Case.Tribunal.AddRange(request.AdditionalMemberIds.Distinct().Select(id => new TribunalSeat { ArbitratorId = id }));
        Case.Track = ProcedureTrack.Ordinary;
        return Task.CompletedTask;
    }

    Task RecordAnswer(RecordAnswerRequest request, Transition _)
    {
        Case.AnsweredOn = request.ReceivedOn;
        return Task.CompletedTask;
    }

    Task AmendClaims(AmendClaimsRequest request, Transition _) => AddClaims(request.Claims, counterclaim: false);

    Task Counterclaim(CounterclaimRequest request, Transition _) => AddClaims(request.Claims, counterclaim: true);

    Task AddClaims(List<ClaimInput> claims, bool counterclaim)
    {
        var added = Intake.ToClaims(claims);
        added.ForEach(c => c.IsCounterclaim = counterclaim);
        Case.Claims.AddRange(added);
        // A claim added later is brought on the day it is added: its limitation is assessed to that day.
        Context.Limitation.Mark(Case, added, claims, Context.Today, Context.Calendar);
        RestartPeriod();
        return Task.CompletedTask;
    }

    Task AddParty(AddPartyRequest request, Transition _)
    {
        Case.Parties.AddRange(Intake.ToParties([request.Party]));
        RestartPeriod();
        return Task.CompletedTask;
    }

    /// <summary>办案规则 art. 46: the award period runs again from the day of the change.</summary>
    void RestartPeriod()
    {
        Case.PeriodRestartedOn = Context.Today;
    }

    Task RecordAfterAward(AfterAwardRequest request, Transition _)
    {
        Case.AfterAward.Add(new AfterAwardEvent { Kind = request.Kind, PartyId = request.PartyId, On = request.On, Court = request.Court.Trim(), CourtReference = request.CourtReference });
        return Task.CompletedTask;
    }

    Task CorrectAward(CorrectAwardRequest request, Transition _)
    {
        var corrected = request.Corrected.Trim();
        var (facts, reasoning) = AwardTexts(request.Document);
        if (request.Kind == CorrectionKind.Omission) reasoning = string.IsNullOrEmpty(reasoning) ? corrected : $"{reasoning}\n{corrected}";
        else
        {
            var original = request.Original!.Trim();
            (facts, reasoning) = (facts?.Replace(original, corrected), reasoning?.Replace(original, corrected));
        }
        if (request.Document == AwardDocument.PartialAward) (Case.PartialFactsFound, Case.PartialDecision) = (facts, reasoning);
        else (Case.FactsFound, Case.Decision) = (facts, reasoning);
        var template = TemplateOf(request.Document);
        Case.Corrections.Add(new AwardCorrection
        {
            Document = template, Kind = request.Kind, Original = request.Original?.Trim() is { Length: > 0 } o ? o : null,
            Corrected = corrected, Reason = ReasonOf(request), On = Context.Today,
        });
        // The decision to correct, served on the parties, and the award as corrected: its next version.
        Context.IssueDocument(Case, "correction-decision");
        Context.IssueDocument(Case, template);
        return Task.CompletedTask;
    }

    public static string TemplateOf(AwardDocument document) => document switch
    {
        AwardDocument.FinalAward => "final-award",
        AwardDocument.PartialAward => "partial-award",
        _ => "arbitration-award",
    };

    Task RecordAwardService(RecordAwardServiceRequest request, Transition _)
    {
        Case.AwardServedOn = request.ServedOn;
        return Task.CompletedTask;
    }

    Task Close(ClosureType type)
    {
        Case.Close(type, Context.Today);
        return Task.CompletedTask;
    }
}
