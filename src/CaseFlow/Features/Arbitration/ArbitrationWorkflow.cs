using CaseFlow.Domain;
using CaseFlow.Features.Cases;
using CaseFlow.Features.Mediation;
using CaseFlow.Workflows;
using Microsoft.EntityFrameworkCore;
using Stateless;
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
}

/// <summary>
/// 劳动人事争议仲裁: from application through acceptance, service, tribunal and hearing to an award,
/// a mediation statement, a withdrawal or a termination.
/// </summary>
public sealed class ArbitrationWorkflow : CaseWorkflow<ArbitrationCase, ArbitrationState, ArbitrationTrigger>
{
    public ArbitrationWorkflow(ArbitrationCase @case, WorkflowContext context) : base(@case, context)
    {
        var onTribunal = ((Func<bool>)ActorSitsOnTribunalIfArbitrator, "sit on the case's tribunal when acting as an arbitrator");

        var referToPreCase = Define<PreCaseMediationRequest>(ArbitrationTrigger.ReferToPreCaseMediation, "案前约调 Send to pre-case mediation", [Registrar]);
        var preCaseSettled = Define<NoParameters>(ArbitrationTrigger.PreCaseMediationSettled, "案前约调成功 Settled in pre-case mediation", []);
        Define<NoParameters>(ArbitrationTrigger.PreCaseMediationFailed, "案前约调不成 Pre-case mediation failed", []);
        Define<NoParameters>(ArbitrationTrigger.SubmitForReview, "提交受理审查 Submit for acceptance review", [Registrar]);
        var accept = Define<AcceptRequest>(ArbitrationTrigger.Accept, "立案受理 Accept", [Registrar, Head]);
        var refuse = Define<NoParameters>(ArbitrationTrigger.Refuse, "不予受理 Refuse (reason required)", [Head]);
        var serve = Define<ServeRequest>(ArbitrationTrigger.Serve, "送达 Serve the application on the respondent", [Registrar, Arbitrator]);
        var formTribunal = Define<FormTribunalRequest>(ArbitrationTrigger.FormTribunal, "组庭 Form the tribunal", [Head, Registrar]);
        var schedule = Define<ScheduleHearingRequest>(ArbitrationTrigger.ScheduleHearing, "排期 Schedule the hearing", [Arbitrator, Registrar], onTribunal);
        var postpone = Define<ScheduleHearingRequest>(ArbitrationTrigger.PostponeHearing, "延期开庭 Postpone the hearing (reason required)", [Arbitrator], onTribunal);
        var hear = Define<RecordHearingRequest>(ArbitrationTrigger.RecordHearing, "开庭 Record the hearing", [Arbitrator], onTribunal);
        var award = Define<AwardRequest>(ArbitrationTrigger.Award, "裁决 Award", [Arbitrator], onTribunal);
        var statement = Define<MediationStatementRequest>(ArbitrationTrigger.IssueMediationStatement, "调解书 Settle by mediation statement", [Arbitrator], onTribunal);
        var withdraw = Define<NoParameters>(ArbitrationTrigger.Withdraw, "撤回申请 Withdrawal by the applicant", [Registrar, Arbitrator], onTribunal);
        var deemWithdrawn = Define<NoParameters>(ArbitrationTrigger.DeemWithdrawn, "按撤回处理 Deem withdrawn: applicant absent without cause", [Arbitrator], onTribunal);
        var terminate = Define<NoParameters>(ArbitrationTrigger.Terminate, "终结 Terminate (reason required)", [Arbitrator, Head], onTribunal);
        var suspend = Define<NoParameters>(ArbitrationTrigger.Suspend, "中止 Suspend (reason required)", [Arbitrator, Head], onTribunal);
        Define<NoParameters>(ArbitrationTrigger.Resume, "恢复 Resume", [Arbitrator, Head], onTribunal);
        var extend = Define<ExtendRequest>(ArbitrationTrigger.Extend, "延期 Extend the award period (head's approval)", [Head]);
        var convert = Define<ConvertToOrdinaryRequest>(ArbitrationTrigger.ConvertToOrdinary, "转为普通程序 Convert to the ordinary procedure", [Head]);
        var answer = Define<RecordAnswerRequest>(ArbitrationTrigger.RecordAnswer, "答辩 Record the respondent's answer", [Registrar, Arbitrator], onTribunal);
        var amend = Define<AmendClaimsRequest>(ArbitrationTrigger.AmendClaims, "变更请求 Add or amend claims (restarts the period)", [Registrar, Arbitrator], onTribunal);
        var addParty = Define<AddPartyRequest>(ArbitrationTrigger.AddParty, "追加当事人 Add a party (restarts the period)", [Registrar, Arbitrator], onTribunal);
        var counterclaim = Define<CounterclaimRequest>(ArbitrationTrigger.Counterclaim, "反申请 Record a counterclaim (restarts the period)", [Registrar, Arbitrator], onTribunal);
        var awardServed = Define<RecordAwardServiceRequest>(ArbitrationTrigger.RecordAwardService, "裁决书送达 Record service of the award", [Registrar, Arbitrator], onTribunal);

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
            .InternalTransitionAsyncIf(extend, Describe(NotYetExtended, "the award period has not been extended before (art. 43: one extension)"), ApproveExtension)
            .InternalTransitionAsyncIf(convert, Describe(TrackIsSimplified, "the case is on the simplified track"), ConvertToOrdinary)
            .InternalTransitionAsyncIf(answer, Describe(HasBeenServed, "the application has been served on the respondent"), RecordAnswer)
            .InternalTransitionAsync(amend, AmendClaims)
            .InternalTransitionAsync(addParty, AddParty)
            .InternalTransitionAsync(counterclaim, Counterclaim);

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
            .Permit(ArbitrationTrigger.IssueMediationStatement, State.Closed);

        Machine.Configure(State.HearingScheduled)
            .SubstateOf(State.InProceedings)
            .OnEntryFromAsync(schedule, ScheduleHearing)
            .OnEntryFromAsync(postpone, Postpone)
            .PermitReentry(ArbitrationTrigger.PostponeHearing)
            .Permit(ArbitrationTrigger.RecordHearing, State.Heard)
            .Permit(ArbitrationTrigger.DeemWithdrawn, State.Closed)
            .Permit(ArbitrationTrigger.IssueMediationStatement, State.Closed);

        Machine.Configure(State.Heard)
            .SubstateOf(State.InProceedings)
            .OnEntryFromAsync(hear, RecordHearing)
            .Permit(ArbitrationTrigger.Award, State.Closed)
            .Permit(ArbitrationTrigger.IssueMediationStatement, State.Closed);

        // 中止: the period stops until the cause is gone; resuming returns to where the case was.
        Machine.Configure(State.Suspended)
            .OnEntryFromAsync(suspend, Suspend)
            .OnExit(() => (Case.SuspendedFrom, Case.SuspendedOn) = (null, null), "Clear the suspension")
            .PermitDynamic(ArbitrationTrigger.Resume, () => Case.SuspendedFrom ?? State.Accepted, "the state the case was suspended from");

        // Closed is final: the law gives no reopening of an arbitration case. A party who disagrees
        // sues in court (劳动争议调解仲裁法 arts. 48–50); a withdrawn applicant files anew.
        Machine.Configure(State.Closed)
            .OnEntryFromAsync(preCaseSettled, _ => Close(ClosureType.SettledInPreCaseMediation), "Close as SettledInPreCaseMediation")
            .OnEntryFromAsync(refuse, Refuse)
            .OnEntryFromAsync(withdraw, _ => Close(ClosureType.Withdrawal), "Close as Withdrawal")
            .OnEntryFromAsync(deemWithdrawn, r => CloseWithReason(ClosureType.DeemedWithdrawal, r, "to deem the application withdrawn"), "Close as DeemedWithdrawal")
            .OnEntryFromAsync(terminate, r => CloseWithReason(ClosureType.Termination, r, "to terminate"), "Close as Termination")
            .OnEntryFromAsync(award, GiveAward)
            .OnEntryFromAsync(statement, IssueMediationStatement)
            .InternalTransitionAsyncIf(awardServed, Describe(AwardAwaitsService, "the case was closed by an award not yet recorded as served"), RecordAwardService);
    }

    protected override ArbitrationState State
    {
        get => Case.State;
        set => Case.State = value;
    }

    bool ActorSitsOnTribunalIfArbitrator() =>
        Context.Actor.Role != Arbitrator || Case.Tribunal.Any(s => s.ArbitratorId == Context.Actor.Id);

    bool NotYetExtended() => Case.ExtensionDays is null;
    bool HasBeenServed() => Case.ServedOn is not null;
    bool AwardAwaitsService() => Case.ClosureType == ClosureType.Award && Case.AwardServedOn is null;
    bool TrackIsSimplified() => Case.Track == ProcedureTrack.Simplified;

    async Task OpenPreCaseMediation(PreCaseMediationRequest request)
    {
        var organisationId = request.MediationOrganisationId ?? Case.OrganisationId;
        var organisation = await Context.Db.Organisations.FindAsync(organisationId);
        if (organisation is null || organisation.Kind is not (OrganisationKind.ArbitrationCommission or OrganisationKind.MediationCommittee))
            throw new RuleViolation("mediationOrganisationId", "must name the commission or a mediation committee");

        var mediation = new MediationCase
        {
            OrganisationId = organisationId,
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
        switch (request.Track)
        {
            case ProcedureTrack.Simplified when request.SimplifiedGround is null:
                throw new RuleViolation("simplifiedGround", "is required for the simplified track (办案规则 art. 56)");
            case ProcedureTrack.Collective:
                // 劳动争议调解仲裁法 art. 7: ten or more workers with a common claim, represented by 3–5 of them.
                var workers = Case.Parties.Count(p => p.Role == PartyRole.Applicant && p.Kind == PartyKind.Worker);
                if (workers < 10)
                    throw new RuleViolation("track", $"collective needs at least 10 worker applicants; this application has {workers}");
                var representatives = Case.Parties.Count(p => p.Role == PartyRole.Applicant && p.IsRepresentative);
                if (representatives is < 3 or > 5)
                    throw new RuleViolation("track", $"collective needs 3 to 5 elected representatives; this application has {representatives}");
                break;
        }
        Case.Track = request.Track;
        Case.AcceptedOn = Context.Today;
        FinalAward.Mark(Case, Context.MinimumWages, Context.Today);
        await Context.IssueCaseNumberAsync(Case);
        Context.IssueDocument(Case, "acceptance-notice");
    }

    Task Refuse(NoParameters request)
    {
        Case.NonAcceptanceReason = RequireReason(request, "to refuse an application");
        Context.IssueDocument(Case, "non-acceptance-notice");
        return Close(ClosureType.NonAcceptance);
    }

    Task RecordService(ServeRequest request)
    {
        if (request.ServedOn < Case.AcceptedOn || request.ServedOn > Context.Today)
            throw new RuleViolation("servedOn", "must fall between acceptance and today");
        Case.ServedOn = request.ServedOn;
        Case.ServiceMethod = request.Method;
        return Task.CompletedTask;
    }

    async Task SeatTribunal(FormTribunalRequest request)
    {
        // Ordinary and collective cases sit three arbitrators, the simplified track one (办案规则 arts. 56, 63).
        var ids = request.MemberIds.Prepend(request.PresidingArbitratorId).ToList();
        var needed = Case.Track == ProcedureTrack.Simplified ? 1 : 3;
        if (ids.Distinct().Count() != needed || ids.Count != needed)
            throw new RuleViolation("memberIds", $"a {Case.Track} tribunal has {needed} distinct arbitrator(s)");
        await CheckArbitrators(ids, "memberIds");
        Case.Tribunal = ids.Select(id => new TribunalSeat { ArbitratorId = id, IsPresiding = id == request.PresidingArbitratorId }).ToList();
        Case.TribunalFormedOn = Context.Today;
        Case.AssigneeId = request.PresidingArbitratorId;
    }

    async Task CheckArbitrators(List<int> ids, string field)
    {
        var found = await Context.Db.Users.CountAsync(u => ids.Contains(u.Id) && u.Role == Arbitrator && u.OrganisationId == Case.OrganisationId);
        if (found != ids.Distinct().Count())
            throw new RuleViolation(field, "must name arbitrators of the commission");
    }

    Task ScheduleHearing(ScheduleHearingRequest request)
    {
        // 劳动争议调解仲裁法 art. 35: written notice at least 5 days before the hearing, read as working days.
        var earliest = Context.Calendar.AddWorkingDays(Context.Today, 5);
        if (DateOnly.FromDateTime(request.HearingAt) < earliest)
            throw new RuleViolation("hearingAt", $"must be at least 5 working days after the notice, so on or after {earliest:yyyy-MM-dd}");
        if (string.IsNullOrWhiteSpace(request.Place))
            throw new RuleViolation("place", "is required");
        Case.HearingAt = request.HearingAt;
        Case.HearingPlace = request.Place;
        Case.HearingNoticeOn = Context.Today;
        Context.IssueDocument(Case, "hearing-notice");
        return Task.CompletedTask;
    }

    Task Postpone(ScheduleHearingRequest request)
    {
        RequireReason(request, "to postpone a hearing");
        return ScheduleHearing(request);
    }

    Task RecordHearing(RecordHearingRequest request)
    {
        if (Case.HearingAt is { } at && request.HeardOn < DateOnly.FromDateTime(at) || request.HeardOn > Context.Today)
            throw new RuleViolation("heardOn", "must fall between the scheduled hearing and today");
        Case.HeardOn = request.HeardOn;
        return Task.CompletedTask;
    }

    Task GiveAward(AwardRequest request)
    {
        // Every claim is decided, and none above what was asked (不告不理).
        var decided = request.Claims.Select(c => c.ClaimId).ToHashSet();
        var missing = Case.Claims.Where(c => !decided.Contains(c.Id)).Select(c => c.Id).ToList();
        if (missing.Count > 0 || decided.Count != request.Claims.Count)
            throw new RuleViolation("claims", $"must decide every claim exactly once; undecided: {string.Join(", ", missing)}");
        foreach (var (entry, index) in request.Claims.Select((c, i) => (c, i)))
        {
            var claim = Case.Claims.SingleOrDefault(c => c.Id == entry.ClaimId)
                ?? throw new RuleViolation($"claims[{index}].claimId", "is not a claim of this case");
            if (entry.AmountAwarded < 0 || claim.Amount is { } asked && entry.AmountAwarded > asked)
                throw new RuleViolation($"claims[{index}].amountAwarded", "must be between 0 and the amount claimed");
            claim.AmountAwarded = entry.AmountAwarded;
        }
        if (string.IsNullOrWhiteSpace(request.Decision))
            throw new RuleViolation("decision", "is required");
        Case.Decision = request.Decision;
        // The minimum wage in force when the award is made decides which claims are final.
        FinalAward.Mark(Case, Context.MinimumWages, Context.Today);
        Context.IssueDocument(Case, "arbitration-award");
        return Close(ClosureType.Award);
    }

    Task IssueMediationStatement(MediationStatementRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Terms))
            throw new RuleViolation("terms", "is required");
        if (request.Amount < 0)
            throw new RuleViolation("amount", "must not be negative");
        Case.Decision = request.Terms;
        Context.IssueDocument(Case, "mediation-statement");
        return Close(ClosureType.MediationStatement);
    }

    Task Suspend(NoParameters request, Transition transition)
    {
        RequireReason(request, "to suspend a case");
        Case.SuspendedFrom = transition.Source;
        Case.SuspendedOn = Context.Today;
        return Task.CompletedTask;
    }

    Task ApproveExtension(ExtendRequest request, Transition _)
    {
        // 劳动争议调解仲裁法 art. 43: one extension of at most 15 days, approved by the commission head.
        if (request.Days is < 1 or > 15)
            throw new RuleViolation("days", "must be from 1 to 15");
        RequireReason(request, "to extend the award period");
        Case.ExtensionDays = request.Days;
        Case.ExtensionApprovedOn = Context.Today;
        return Task.CompletedTask;
    }

    async Task ConvertToOrdinary(ConvertToOrdinaryRequest request, Transition _)
    {
        // 办案规则 art. 61: the period still runs from acceptance.
        RequireReason(request, "to convert to the ordinary procedure");
        if (Case.Tribunal.Count > 0)
        {
            var added = request.AdditionalMemberIds.Distinct().ToList();
            if (added.Count != 2 || added.Any(id => Case.Tribunal.Any(s => s.ArbitratorId == id)))
                throw new RuleViolation("additionalMemberIds", "must name the two arbitrators who join the sitting one");
            await CheckArbitrators(added, "additionalMemberIds");
            Case.Tribunal.AddRange(added.Select(id => new TribunalSeat { ArbitratorId = id }));
        }
        Case.Track = ProcedureTrack.Ordinary;
    }

    Task RecordAnswer(RecordAnswerRequest request, Transition _)
    {
        if (request.ReceivedOn < Case.ServedOn || request.ReceivedOn > Context.Today)
            throw new RuleViolation("receivedOn", "must fall between service and today");
        Case.AnsweredOn = request.ReceivedOn;
        return Task.CompletedTask;
    }

    Task AmendClaims(AmendClaimsRequest request, Transition _) => AddClaims(request.Claims, counterclaim: false);

    Task Counterclaim(CounterclaimRequest request, Transition _) => AddClaims(request.Claims, counterclaim: true);

    Task AddClaims(List<ClaimInput> claims, bool counterclaim)
    {
        var intake = new Intake();
        intake.Claims(claims, required: true);
        if (!intake.IsValid) throw new RuleViolation(intake.Errors.First().Key, intake.Errors.First().Value[0]);
        var added = Intake.ToClaims(claims);
        added.ForEach(c => c.IsCounterclaim = counterclaim);
        Case.Claims.AddRange(added);
        RestartPeriod();
        return Task.CompletedTask;
    }

    Task AddParty(AddPartyRequest request, Transition _)
    {
        if (request.Party.Kind == PartyKind.Agent || request.Party.Role == PartyRole.Agent)
            throw new RuleViolation("party.kind", "an agent is not a party to add; agents join through their party");
        var intake = new Intake();
        intake.Party("party", request.Party);
        if (!intake.IsValid) throw new RuleViolation(intake.Errors.First().Key, intake.Errors.First().Value[0]);
        Case.Parties.AddRange(Intake.ToParties([request.Party]));
        RestartPeriod();
        return Task.CompletedTask;
    }

    /// <summary>办案规则 art. 46: the award period runs again from the day of the change.</summary>
    void RestartPeriod()
    {
        Case.PeriodRestartedOn = Context.Today;
        FinalAward.Mark(Case, Context.MinimumWages, Context.Today);
    }

    Task RecordAwardService(RecordAwardServiceRequest request, Transition _)
    {
        if (request.ServedOn < Case.ClosedOn || request.ServedOn > Context.Today)
            throw new RuleViolation("servedOn", "must fall between the award and today");
        Case.AwardServedOn = request.ServedOn;
        return Task.CompletedTask;
    }

    Task CloseWithReason(ClosureType type, ActionRequest request, string why)
    {
        RequireReason(request, why);
        return Close(type);
    }

    Task Close(ClosureType type)
    {
        Case.Close(type, Context.Today);
        return Task.CompletedTask;
    }
}
