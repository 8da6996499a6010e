using System.Runtime.CompilerServices;
using CaseFlow.Domain;
using CaseFlow.Features.Arbitration;
using CaseFlow.Features.Inspection;
using CaseFlow.Features.Mediation;
using CaseFlow.Tests.Support;
using CaseFlow.Workflows;
using Stateless.Reflection;

namespace CaseFlow.Tests.Features.Cases;

/// <summary>
/// Walks scripted paths through each machine and checks, against the machine's own description, that
/// together they take every transition; at every step of every path, every action the users may not
/// take is tried by every user and must be refused — for the wrong state, the wrong role or actor, or
/// an unmet guard — without touching the case. A transition added to a machine without a path that
/// takes it, or a refusal kind never seen for an action, fails these tests.
/// </summary>
public sealed class WorkflowCoverageTests
{
    static readonly string[] Users =
        ["registrar", "mediator", "arbitrator", "arbitrator4", "head", "inspector", "brigade.head", "brigade.registrar", "analyst", "mediator.sanbu"];

    sealed class Walk(WorkflowHarness h)
    {
        public WorkflowHarness H => h;
        public List<(Case Case, CaseEvent Event)> Taken { get; } = [];
        public Dictionary<string, HashSet<string>> Refusals { get; } = [];

        /// <summary>Tries every action no user may take now, as every user, then takes the one given.</summary>
        public async Task Do(Case @case, string user, string action, ActionRequest? request = null)
        {
            await Refuse(@case);
            await h.Do(@case, user, action, request);
        }

        public async Task Refuse(Case @case)
        {
            foreach (var userName in Users)
            {
                var workflow = h.As(userName).WorkflowFor(@case);
                var permitted = workflow.PermittedActions().Select(a => a.Name).ToHashSet();
                foreach (var action in workflow.Actions.Where(a => !a.IsAutomatic && !permitted.Contains(a.Name)))
                {
                    var (state, version) = (@case.StateName, @case.Version);
                    var blank = (ActionRequest)RuntimeHelpers.GetUninitializedObject(action.ParameterType);
                    var outcome = await h.As(userName).WorkflowFor(@case).TakeAsync(action.Name, blank);
                    var kind = outcome switch
                    {
                        ActionOutcome.WrongState => "state",
                        ActionOutcome.Forbidden => "actor",
                        ActionOutcome.GuardsUnmet g => "guard:" + string.Join("|", g.Guards),
                        _ => throw new Xunit.Sdk.XunitException($"{userName} taking {action.Name} in {state} was not refused: {outcome}"),
                    };
                    Assert.Equal((state, version), (@case.StateName, @case.Version));
                    (Refusals.TryGetValue(action.Name, out var seen) ? seen : Refusals[action.Name] = []).Add(kind);
                }
            }
        }

        public void Collect(params Case[] cases) => Taken.AddRange(cases.SelectMany(c => c.Events.Select(e => (c, e))));
    }

    static async Task<Walk> Start() => new(await WorkflowHarness.StartAsync());

    static IEnumerable<(string State, string Action, IReadOnlyCollection<string> From)> Transitions(ICaseWorkflow workflow)
    {
        var info = workflow.GetInfo();
        IEnumerable<string> Within(StateInfo s) => s.Substates.SelectMany(Within).Prepend(s.UnderlyingState.ToString()!);
        foreach (var state in info.States)
        {
            var from = Within(state).ToList();
            foreach (var t in state.FixedTransitions)
                yield return (state.UnderlyingState.ToString()!, Kebab(t.Trigger.UnderlyingTrigger.ToString()!), from);
            foreach (var t in state.DynamicTransitions)
                yield return (state.UnderlyingState.ToString()!, Kebab(t.Trigger.UnderlyingTrigger.ToString()!), from);
        }
    }

    static string Kebab(string trigger) =>
        string.Concat(trigger.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    static void AssertEveryTransitionTaken(ICaseWorkflow blank, CaseKind kind, IEnumerable<Walk> walks)
    {
        var taken = walks.SelectMany(w => w.Taken).Where(t => t.Case.Kind == kind).Select(t => (t.Event.Action, t.Event.FromState)).ToHashSet();
        var missing = Transitions(blank).Where(t => !t.From.Any(f => taken.Contains((t.Action, f)))).Select(t => $"{t.State} --{t.Action}-->").ToList();
        Assert.True(missing.Count == 0, $"transitions no path takes: {string.Join(", ", missing)}");
    }

    static void AssertEveryRefusalSeen(ICaseWorkflow blank, IEnumerable<Walk> walks)
    {
        var refusals = walks.SelectMany(w => w.Refusals).GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.SelectMany(r => r.Value).ToHashSet());
        var everyRole = Enum.GetValues<Role>().Length;
        foreach (var action in blank.Actions.Where(a => !a.IsAutomatic))
        {
            Assert.True(refusals.TryGetValue(action.Name, out var seen), $"{action.Name} was never refused");
            Assert.Contains("state", seen);
            if (action.Roles.Count < everyRole) Assert.Contains("actor", seen);
        }
        var guards = blank.GetInfo().States.SelectMany(s => s.FixedTransitions.Concat<TransitionInfo>(s.DynamicTransitions))
            .SelectMany(t => t.GuardConditionsMethodDescriptions.Select(g => blank.DescribeGuard(g.Description)))
            // "Function" is the always-true guard of an unguarded internal transition; the pre-case
            // guards only choose between two destinations and are never both false.
            .Where(d => d is not null && d != "Function" && !d.StartsWith("a pre-case") && !d.StartsWith("not a pre-case"))
            .Distinct().ToList();
        var seenGuards = refusals.Values.SelectMany(v => v).Where(v => v.StartsWith("guard:")).SelectMany(v => v[6..].Split('|')).ToHashSet();
        var unseen = guards.Where(g => !seenGuards.Contains(g) && !seenGuards.Any(s => s.Length > 0 && g.Contains(s))).ToList();
        Assert.True(unseen.Count == 0, $"guards never seen refusing: {string.Join("; ", unseen)}");
    }

    static DateOnly D(string day) => DateOnly.Parse(day);

    static long Party(Case @case, PartyRole role) => @case.Parties.First(p => p.Role == role).Id;

    // ---- Arbitration ----

    static async Task<ArbitrationCase> Heard(Walk w, ProcedureTrack track = ProcedureTrack.Ordinary)
    {
        var h = w.H;
        h.Clock.SetToday(D("2026-11-02"));
        var a = await h.NewApplication();
        await w.Do(a, "registrar", "submit-for-review");
        await w.Do(a, "registrar", "accept", new AcceptRequest { Track = track, SimplifiedGround = track == ProcedureTrack.Simplified ? SimplifiedGround.PartiesAgree : null });
        await w.Do(a, "registrar", "serve", new ServeRequest { ServedOn = h.Clock.Today, Method = ServiceMethod.Post });
        await w.Do(a, "head", "form-tribunal", track == ProcedureTrack.Simplified
            ? new FormTribunalRequest { PresidingArbitratorId = h.User("arbitrator").Id }
            : new FormTribunalRequest { PresidingArbitratorId = h.User("arbitrator").Id, MemberIds = [h.User("arbitrator2").Id, h.User("arbitrator3").Id] });
        await w.Do(a, "arbitrator", "schedule-hearing", new ScheduleHearingRequest { HearingAt = new DateTime(2026, 11, 16, 9, 0, 0), Place = "第一仲裁庭" });
        return a;
    }

    [Fact]
    public async Task Arbitration_paths_take_every_transition_and_every_refusal_is_seen()
    {
        var walks = new List<Walk>();
        async Task Path(Func<Walk, Task<Case[]>> path)
        {
            var w = await Start();
            var cases = await path(w);
            foreach (var c in cases) await w.Refuse(c);
            w.Collect(cases);
            walks.Add(w);
        }

        await Path(async w =>
        {
            var a = await Heard(w);
            await w.Do(a, "arbitrator", "postpone-hearing", new ScheduleHearingRequest { HearingAt = new DateTime(2026, 11, 18, 9, 0, 0), Place = "第二仲裁庭", Reason = "申请人申请延期" });
            w.H.Clock.SetToday(D("2026-11-18"));
            await w.Do(a, "arbitrator", "record-hearing", new RecordHearingRequest { HeardOn = w.H.Clock.Today });
            await w.Do(a, "arbitrator", "award", new AwardRequest { Claims = a.Claims.Select(c => new ClaimAward(c.Id, 1000m)).ToList(), Decision = "支付" });
            await w.Do(a, "registrar", "record-award-service", new RecordAwardServiceRequest { ServedOn = w.H.Clock.Today });
            await w.Do(a, "registrar", "record-after-award", new AfterAwardRequest { Kind = AfterAwardKind.Suit, PartyId = Party(a, PartyRole.Applicant), On = w.H.Clock.Today, Court = "开平市人民法院" });
            return [a];
        });
        await Path(async w =>
        {
            var a = await Heard(w);
            await w.Do(a, "arbitrator", "deem-withdrawn", new NoParameters { Reason = "无正当理由拒不到庭" });
            return [a];
        });
        await Path(async w =>
        {
            var a = await Heard(w);
            await w.Do(a, "arbitrator", "issue-mediation-statement", new MediationStatementRequest { Terms = "分期支付" });
            // The respondent goes back on it before signing: back to the scheduled hearing, then signed by both.
            await w.Do(a, "registrar", "record-statement-receipt", new StatementReceiptRequest { PartyId = Party(a, PartyRole.Applicant), ReceivedOn = w.H.Clock.Today });
            await w.Do(a, "registrar", "refuse-statement", new StatementRefusalRequest { PartyId = Party(a, PartyRole.Respondent), Reason = "被申请人反悔" });
            Assert.Equal(ArbitrationState.HearingScheduled, a.State);
            await w.Do(a, "arbitrator", "issue-mediation-statement", new MediationStatementRequest { Terms = "一次性支付" });
            await w.Do(a, "registrar", "record-statement-receipt", new StatementReceiptRequest { PartyId = Party(a, PartyRole.Respondent), ReceivedOn = w.H.Clock.Today });
            await w.Do(a, "registrar", "record-statement-receipt", new StatementReceiptRequest { PartyId = Party(a, PartyRole.Applicant), ReceivedOn = w.H.Clock.Today });
            Assert.Equal(ArbitrationState.Closed, a.State);
            return [a];
        });
        await Path(async w =>
        {
            var a = await Heard(w);
            w.H.Clock.SetToday(D("2026-11-16"));
            await w.Do(a, "arbitrator", "record-hearing", new RecordHearingRequest { HeardOn = w.H.Clock.Today });
            await w.Do(a, "arbitrator", "issue-mediation-statement", new MediationStatementRequest { Terms = "庭后调解" });
            await w.Do(a, "arbitrator", "refuse-statement", new StatementRefusalRequest { PartyId = Party(a, PartyRole.Applicant), Reason = "申请人反悔" });
            Assert.Equal(ArbitrationState.Heard, a.State);
            var wages = a.Claims.First(c => c.Type == ClaimType.UnpaidWages).Id;
            await w.Do(a, "arbitrator", "advance-execution", new AdvanceExecutionRequest
                { ApplicantId = Party(a, PartyRole.Applicant), Claims = [new(wages, 500m)], RightsClear = true, SeriousHardship = true, Facts = "生活困难" });
            await w.Do(a, "arbitrator", "partial-award", new PartialAwardRequest { Claims = [new(wages, 1000m)], Decision = "工资部分事实清楚，先行裁决" });
            await w.Do(a, "arbitrator", "correct-award", new CorrectAwardRequest { Document = AwardDocument.PartialAward, Kind = CorrectionKind.Clerical, Original = "先行裁决", Corrected = "部分裁决", Reason = "用语有误" });
            await w.Do(a, "arbitrator", "award", new AwardRequest { Claims = a.Claims.Where(c => c.PartiallyAwardedOn is null).Select(c => new ClaimAward(c.Id, 1000m)).ToList(), Decision = "支付" });
            await w.Do(a, "arbitrator", "correct-award", new CorrectAwardRequest { Document = AwardDocument.FinalAward, Kind = CorrectionKind.Omission, Corrected = "仲裁不收费", Reason = "遗漏" });
            return [a];
        });
        await Path(async w =>
        {
            var h = w.H;
            var a = await h.NewApplication();
            await w.Do(a, "registrar", "submit-for-review");
            await w.Do(a, "registrar", "accept", new AcceptRequest { Track = ProcedureTrack.Simplified, SimplifiedGround = SimplifiedGround.FactsClearWithinAverageWage });
            await w.Do(a, "head", "extend", new ExtendRequest { Days = 10, Reason = "案情复杂" });
            await w.Do(a, "registrar", "serve", new ServeRequest { ServedOn = h.Clock.Today, Method = ServiceMethod.Sms });
            await w.Do(a, "registrar", "record-answer", new RecordAnswerRequest { ReceivedOn = h.Clock.Today });
            await w.Do(a, "registrar", "amend-claims", new AmendClaimsRequest { Claims = [new() { Type = ClaimType.Overtime, Amount = 500m }] });
            await w.Do(a, "registrar", "add-party", new AddPartyRequest { Party = new() { Role = PartyRole.ThirdParty, Kind = PartyKind.Employer, Name = "总包单位", CreditCode = TestIds.Employer(9) } });
            await w.Do(a, "registrar", "counterclaim", new CounterclaimRequest { Claims = [new() { Type = ClaimType.Other, Description = "返还借款" }] });
            await w.Do(a, "head", "form-tribunal", new FormTribunalRequest { PresidingArbitratorId = h.User("arbitrator").Id });
            await w.Do(a, "arbitrator", "propose-suspension", new SuspendRequest { Ground = SuspensionGround.AwaitingAssessment, Reason = "等待工伤认定" });
            await w.Do(a, "head", "reject-suspension", new NoParameters { Reason = "工伤认定结论不影响本案审理" });
            Assert.Equal(ArbitrationState.TribunalFormed, a.State);
            await w.Do(a, "arbitrator", "propose-suspension", new SuspendRequest { Ground = SuspensionGround.AwaitingAssessment, Reason = "等待伤残等级鉴定" });
            await w.Do(a, "head", "suspend", new SuspendRequest { Reason = "等待伤残等级鉴定结论" });
            await w.Do(a, "head", "resume");
            Assert.Equal(ArbitrationState.TribunalFormed, a.State);
            await w.Do(a, "head", "suspend", new SuspendRequest { Ground = SuspensionGround.ForceMajeure, Reason = "被申请人所在地受台风影响" });
            await w.Do(a, "arbitrator", "resume");
            await w.Do(a, "head", "convert-to-ordinary", new ConvertToOrdinaryRequest { AdditionalMemberIds = [h.User("arbitrator2").Id, h.User("arbitrator3").Id], Reason = "案情复杂" });
            await w.Do(a, "arbitrator", "issue-mediation-statement", new MediationStatementRequest { Terms = "调解" });
            await w.Do(a, "registrar", "withdraw", new NoParameters { Reason = "双方和解，撤回申请" });
            return [a];
        });
        await Path(async w =>
        {
            var a = await w.H.NewApplication();
            await w.Do(a, "registrar", "refer-to-pre-case-mediation", new PreCaseMediationRequest());
            var m = w.H.Db.ChangeTracker.Entries<MediationCase>().Single().Entity;
            await w.Do(m, "mediator", "start-mediation");
            await w.Do(m, "mediator", "log-session", new LogSessionRequest { HeldAt = new DateTime(2026, 11, 2, 10, 0, 0), Place = "调解室", Attendees = "双方", Outcome = "达成一致" });
            await w.Do(m, "mediator", "record-agreement", new AgreementRequest { Terms = "一次性支付", Amount = 9000m });
            return [a, m];
        });
        await Path(async w =>
        {
            var a = await w.H.NewApplication();
            await w.Do(a, "registrar", "refer-to-pre-case-mediation", new PreCaseMediationRequest());
            var m = w.H.Db.ChangeTracker.Entries<MediationCase>().Single().Entity;
            await w.Do(m, "mediator", "start-mediation");
            await w.Do(m, "mediator", "fail", new NoParameters { Reason = "调解不成" });
            await w.Do(a, "head", "refuse", new NoParameters { Reason = "超过仲裁时效且无正当理由" });
            return [a, m];
        });
        await Path(async w =>
        {
            var a = await w.H.NewApplication();
            await w.Do(a, "registrar", "refer-to-pre-case-mediation", new PreCaseMediationRequest());
            var m = w.H.Db.ChangeTracker.Entries<MediationCase>().Single().Entity;
            await w.Do(m, "mediator", "fail", new NoParameters { Reason = "被申请人拒绝调解" });
            await w.Do(a, "registrar", "withdraw", new NoParameters { Reason = "撤回申请" });
            return [a, m];
        });
        await Path(async w =>
        {
            var a = await w.H.NewApplication();
            await w.Do(a, "registrar", "withdraw", new NoParameters { Reason = "撤回" });
            return [a];
        });
        await Path(async w =>
        {
            var a = await w.H.NewApplication();
            await w.Do(a, "registrar", "submit-for-review");
            await w.Do(a, "registrar", "accept", new AcceptRequest { Track = ProcedureTrack.Ordinary });
            await w.Do(a, "registrar", "withdraw", new NoParameters { Reason = "和解撤回" });
            return [a];
        });
        await Path(async w =>
        {
            var a = await w.H.NewApplication();
            await w.Do(a, "registrar", "submit-for-review");
            await w.Do(a, "registrar", "accept", new AcceptRequest { Track = ProcedureTrack.Ordinary });
            await w.Do(a, "head", "terminate", new NoParameters { Reason = "申请人死亡无继承人" });
            return [a];
        });

        var blank = new ArbitrationWorkflow(new ArbitrationCase { State = ArbitrationState.Applied }, WorkflowContext.ForDescription());
        AssertEveryTransitionTaken(blank, CaseKind.Arbitration, walks);
        AssertEveryRefusalSeen(blank, walks);
        foreach (var w in walks) await w.H.DisposeAsync();
    }

    // ---- Mediation ----

    [Fact]
    public async Task Mediation_paths_take_every_transition_and_every_refusal_is_seen()
    {
        var walks = new List<Walk>();
        async Task Path(Func<Walk, MediationCase, Task> path)
        {
            var w = await Start();
            w.H.Clock.SetToday(D("2026-11-02"));
            var m = await w.H.NewMediation();
            await path(w, m);
            await w.Refuse(m);
            w.Collect(m);
            walks.Add(w);
        }
        const string mediator = "mediator.sanbu";
        LogSessionRequest Session(Walk w) => new() { HeldAt = w.H.Clock.Today.ToDateTime(new TimeOnly(10, 0)), Place = "调解室", Attendees = "双方", Outcome = "协商" };

        await Path(async (w, m) =>
        {
            await w.Do(m, mediator, "start-mediation");
            await w.Do(m, mediator, "log-session", Session(w));
            await w.Do(m, mediator, "record-agreement", new AgreementRequest { Terms = "分期", Amount = 8000m, PaymentSchedule = [new(D("2026-11-10"), 8000m)] });
            await w.Do(m, mediator, "apply-for-confirmation", new ApplyForConfirmationRequest { Route = ConfirmationRoute.ArbitralReview, AppliedOn = w.H.Clock.Today, Body = "开平市劳动人事争议仲裁委员会", Joint = true });
            await w.Do(m, mediator, "record-confirmation", new RecordConfirmationRequest { Outcome = ConfirmationOutcome.Refused, DecidedOn = w.H.Clock.Today, Reason = "协议内容违反法律规定" });
            await w.Do(m, mediator, "apply-for-confirmation", new ApplyForConfirmationRequest { Route = ConfirmationRoute.JudicialConfirmation, AppliedOn = w.H.Clock.Today, Body = "开平市人民法院", Joint = true });
            await w.Do(m, mediator, "record-confirmation", new RecordConfirmationRequest { Outcome = ConfirmationOutcome.Confirmed, DecidedOn = w.H.Clock.Today });
            await w.Do(m, mediator, "record-payment", new RecordPaymentRequest { InstalmentId = m.PaymentSchedule[0].Id, PaidOn = w.H.Clock.Today, Amount = 8000m });
            await w.Do(m, mediator, "confirm-fulfilment");
        });
        await Path(async (w, m) =>
        {
            await w.Do(m, mediator, "start-mediation");
            await w.Do(m, mediator, "log-session", Session(w));
            await w.Do(m, mediator, "record-agreement", new AgreementRequest { Terms = "分期", Amount = 8000m, PaymentSchedule = [new(D("2026-11-10"), 8000m)] });
            w.H.Clock.SetToday(D("2026-11-20"));
            await w.Do(m, mediator, "refer-to-arbitration", new NoParameters { Reason = "逾期未履行" });
        });
        await Path(async (w, m) =>
        {
            await w.Do(m, mediator, "start-mediation");
            await w.Do(m, mediator, "fail", new NoParameters { Reason = "调解不成" });
            await w.Do(m, mediator, "refer-to-arbitration");
        });
        // An enterprise committee's mediation, extended once with both parties' consent.
        await Path(async (w, m) =>
        {
            m.AtEnterpriseCommittee = true;
            await w.Do(m, mediator, "start-mediation");
            await w.Do(m, mediator, "extend-mediation", new ExtendMediationRequest { Days = 10, PartiesAgree = true });
            await w.Do(m, mediator, "fail", new NoParameters { Reason = "调解不成" });
        });
        await Path(async (w, m) =>
        {
            await w.Do(m, mediator, "fail", new NoParameters { Reason = "被申请人拒绝调解" });
            await w.Do(m, mediator, "close-without-referral");
        });
        await Path(async (w, m) => await w.Do(m, mediator, "withdraw", new NoParameters { Reason = "撤回" }));
        await Path(async (w, m) =>
        {
            await w.Do(m, mediator, "start-mediation");
            await w.Do(m, mediator, "withdraw", new NoParameters { Reason = "撤回" });
        });
        await Path(async (w, m) =>
        {
            await w.Do(m, mediator, "start-mediation");
            w.H.Clock.SetToday(D("2026-11-18"));
            await w.Do(m, mediator, "refer-to-arbitration", new NoParameters { Reason = "十五日内未达成协议" });
        });
        // Pre-case mediations, opened from applications: agreement, failure in mediation, failure at once.
        foreach (var end in new[] { "agree", "fail", "fail-at-once" })
        {
            var w = await Start();
            var a = await w.H.NewApplication();
            await w.H.Do(a, "registrar", "refer-to-pre-case-mediation", new PreCaseMediationRequest());
            var m = w.H.Db.ChangeTracker.Entries<MediationCase>().Single().Entity;
            if (end != "fail-at-once")
            {
                await w.Do(m, "mediator", "start-mediation");
                await w.Do(m, "mediator", "log-session", Session(w));
            }
            if (end == "agree")
            {
                await w.Do(m, "mediator", "record-agreement", new AgreementRequest { Terms = "支付", Amount = 1000m });
                await w.Do(m, "mediator", "confirm-fulfilment");
            }
            else await w.Do(m, "mediator", "fail", new NoParameters { Reason = "不成" });
            w.Collect(m);
            walks.Add(w);
        }

        var blank = new MediationWorkflow(new MediationCase { State = MediationState.Registered }, WorkflowContext.ForDescription());
        AssertEveryTransitionTaken(blank, CaseKind.Mediation, walks);
        AssertEveryRefusalSeen(blank, walks);
        foreach (var w in walks) await w.H.DisposeAsync();
    }

    // ---- Inspection ----

    [Fact]
    public async Task Inspection_paths_take_every_transition_and_every_refusal_is_seen()
    {
        var walks = new List<Walk>();
        async Task Path(Func<Walk, InspectionCase, Task> path)
        {
            var w = await Start();
            w.H.Clock.SetToday(D("2026-11-02"));
            var i = await w.H.NewComplaint();
            await path(w, i);
            await w.Refuse(i);
            w.Collect(i);
            walks.Add(w);
        }
        LogActivityRequest Visit(Walk w) => new() { Kind = ActivityKind.SiteVisit, At = w.H.Clock.Today.ToDateTime(new TimeOnly(9, 0)), Place = "工地", Inspectors = "吴国栋", Notes = "检查考勤和工资台账" };

        await Path(async (w, i) =>
        {
            await w.Do(i, "inspector", "file");
            await w.Do(i, "inspector", "log-activity", Visit(w));
            await w.Do(i, "inspector", "record-arrears", new RecordArrearsRequest { WorkerName = "新工人", WorkerIdNumber = TestIds.Worker(55), Amount = 3000m });
            await w.Do(i, "brigade.head", "extend-investigation", new ExtendInvestigationRequest { WorkingDays = 30, Reason = "涉及人数众多" });
            await w.Do(i, "inspector", "order-rectification", new RectificationOrderRequest { Deadline = D("2026-11-12"), Requirements = "限期支付" });
            foreach (var arrears in i.Arrears.ToList())
                await w.Do(i, "inspector", "verify-payment", new VerifyPaymentRequest { PartyId = arrears.PartyId, Amount = arrears.AmountOwed, PaidOn = w.H.Clock.Today });
            await w.Do(i, "inspector", "confirm-rectified");
            await w.Do(i, "brigade.head", "reopen", new ReopenRequest { DecisionReference = "开人社复〔2026〕1号", Reason = "复议撤销" });
            await w.Do(i, "inspector", "close-no-violation", new NoParameters { Reason = "复查无违法" });
        });
        await Path(async (w, i) =>
        {
            await w.Do(i, "inspector", "file");
            await w.Do(i, "inspector", "log-activity", Visit(w));
            await w.Do(i, "inspector", "order-rectification", new RectificationOrderRequest { Deadline = D("2026-11-09"), Requirements = "限期支付" });
            w.H.Clock.SetToday(D("2026-11-10"));
            await w.Do(i, "inspector", "record-not-rectified");
            await w.Do(i, "inspector", "verify-payment", new VerifyPaymentRequest { PartyId = i.Arrears[0].PartyId, Amount = 1000m, PaidOn = w.H.Clock.Today });
            await w.Do(i, "brigade.head", "approve-penalty-filing");
            await w.Do(i, "inspector", "notify-penalty", new PenaltyNoticeRequest { Violations = ["wage-account"], Amount = 60000m, Facts = "未开设农民工工资专用账户" });
            await w.Do(i, "inspector", "record-defence", new DefenceRequest { On = w.H.Clock.Today, Statement = "称已在办理开户" });
            await w.Do(i, "inspector", "request-hearing", new HearingRequestRequest { RequestedOn = w.H.Clock.Today });
            await w.Do(i, "brigade.head", "hold-hearing", new HoldHearingRequest { HeldOn = w.H.Clock.Today, Record = "当事人对事实无异议" });
            w.H.Clock.SetToday(D("2026-11-20"));
            await w.Do(i, "brigade.head", "review-penalty", new PenaltyReviewRequest { Reviewer = "法制审核员", Opinion = "同意", Approved = true });
            await w.Do(i, "brigade.head", "penalise", new PenaltyRequest { Amount = 60000m, Description = "罚款" });
            await w.Do(i, "inspector", "record-penalty-service", new PenaltyServiceRequest { ServedOn = w.H.Clock.Today, Method = CaseFlow.Features.Arbitration.ServiceMethod.InPerson });
            await w.Do(i, "brigade.head", "transfer-to-police", new PoliceTransferRequest { Reference = "开公移〔2026〕5号" });
            await w.Do(i, "brigade.head", "notify-blacklist", new BlacklistNoticeRequest { ExtremeIncident = true, IncidentDescription = "工人聚集讨薪" });
            w.H.Clock.SetToday(D("2026-11-30"));
            await w.Do(i, "brigade.head", "decide-blacklist", new BlacklistRequest { Decision = BlacklistDecision.Listed, Reason = "拒不支付" });
            await w.Do(i, "inspector", "close");
            await w.Do(i, "inspector", "verify-payment", new VerifyPaymentRequest { PartyId = i.Arrears[0].PartyId, Amount = i.Arrears[0].AmountOwed - i.Arrears[0].AmountPaid, PaidOn = w.H.Clock.Today });
        });
        await Path(async (w, i) => await w.Do(i, "inspector", "refuse", new NoParameters { Reason = "不属于管辖" }));
        await Path(async (w, i) => await w.Do(i, "brigade.registrar", "withdraw", new NoParameters { Reason = "撤回投诉" }));

        var blank = new InspectionWorkflow(new InspectionCase { State = InspectionState.Received }, WorkflowContext.ForDescription());
        AssertEveryTransitionTaken(blank, CaseKind.Inspection, walks);
        AssertEveryRefusalSeen(blank, walks);
        foreach (var w in walks) await w.H.DisposeAsync();
    }
}
