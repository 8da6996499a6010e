using System.Diagnostics;
using CaseFlow.Calendar;
using CaseFlow.Domain;
using CaseFlow.Features.Arbitration;
using CaseFlow.Features.Inspection;
using CaseFlow.Features.Mediation;
using CaseFlow.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Data;

/// <summary>
/// A case history at Kaiping's scale (or a multiple of it) for trying the reports out: every case is
/// opened and moved only by its workflow's actions, on a clock that walks through its own timeline.
/// A case whose timeline runs past the horizon stays open where it is, as real pending cases do.
/// </summary>
/// <remarks>
/// Yearly volumes per unit of scale, after shared/domain.md: about 700 arbitration applications, 1,500
/// mediations across the 15 committees, and 65 inspection complaints, a third of them construction.
/// </remarks>
public sealed class HistoryGenerator(CaseFlowDbContext db, WorkflowServices services, People people, int seed)
{
    public const int ArbitrationsPerYear = 700;
    public const int MediationsPerYear = 1500;
    public const int ComplaintsPerYear = 65;

    readonly Random random = new(seed);
    readonly WorkingCalendar calendar = services.Calendar;
    DemoPeople names = null!;
    Dictionary<string, User> users = [];
    List<Organisation> towns = [];
    Organisation commission = null!, brigade = null!;
    DateOnly horizon;

    /// <summary>Generates <paramref name="from"/>–<paramref name="to"/> at <paramref name="scale"/> times Kaiping's volume; returns the cases made.</summary>
    public async Task<int> RunAsync(int from, int to, double scale, DateOnly horizon, Action<string>? progress = null)
    {
        this.horizon = horizon;
        names = new DemoPeople(people, random);
        users = await db.Users.ToDictionaryAsync(u => u.UserName!);
        var organisations = await db.Organisations.ToListAsync();
        commission = organisations.Single(o => o.Code == "commission");
        brigade = organisations.Single(o => o.Code == "brigade");
        towns = organisations.Where(o => o.Kind == OrganisationKind.MediationCommittee).OrderBy(o => o.Id).ToList();
        foreach (var town in towns.Where(t => !users.ContainsKey($"mediator.{t.Code}")))
            throw new InvalidOperationException($"the history needs the mediator user mediator.{town.Code}: run in demo mode");
        await CaseNumbers.EnsureSequencesAsync(db, Enumerable.Range(from, to - from + 2));

        var made = 0;
        var watch = Stopwatch.StartNew();
        // One transaction per thousand cases; each case is saved and let go as soon as it is made,
        // so the change tracker never grows.
        var transaction = await db.Database.BeginTransactionAsync();
        for (var year = from; year <= to; year++)
        {
            // Every case of the year in the order it was received, so numbers follow the calendar.
            var starts = new List<(DateOnly Day, char Kind)>();
            void Plan(int count, char kind)
            {
                for (var i = 0; i < count; i++) starts.Add((new DateOnly(year, 1, 1).AddDays(random.Next(0, DateTime.IsLeapYear(year) ? 366 : 365)), kind));
            }
            Plan((int)Math.Round(ArbitrationsPerYear * scale), 'A');
            Plan((int)Math.Round(MediationsPerYear * scale), 'M');
            Plan((int)Math.Round(ComplaintsPerYear * scale), 'I');
            foreach (var (day, kind) in starts.OrderBy(s => s.Day))
            {
                if (day > horizon) continue;
                var clock = new Clock(WorkingDay(day));
                switch (kind)
                {
                    case 'A': await Arbitration(clock); break;
                    case 'M': await Mediation(clock); break;
                    default: await Complaint(clock); break;
                }
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
                if (++made % 1000 == 0)
                {
                    await transaction.CommitAsync();
                    await transaction.DisposeAsync();
                    transaction = await db.Database.BeginTransactionAsync();
                    progress?.Invoke($"{made:N0} cases ({made / watch.Elapsed.TotalSeconds:0}/s), now in {day:yyyy-MM}");
                }
            }
        }
        await transaction.CommitAsync();
        await transaction.DisposeAsync();
        return made;
    }

    DateOnly WorkingDay(DateOnly day)
    {
        while (!calendar.IsWorkingDay(day)) day = day.AddDays(1);
        return day;
    }

    sealed class Clock(DateOnly today) : TimeProvider
    {
        public DateOnly Today { get; set; } = today;
        public override DateTimeOffset GetUtcNow() => new DateTimeOffset(Today.ToDateTime(new TimeOnly(10, 0)), WorkflowContext.ChinaOffset).ToUniversalTime();
    }

    /// <summary>Takes an action on the case's own clock, <paramref name="after"/> days on; false once the horizon is passed.</summary>
    async Task<bool> Do(Clock clock, Case @case, string user, string action, ActionRequest? request = null, int after = 0)
    {
        var day = WorkingDay(clock.Today.AddDays(after));
        if (day > horizon) return false;
        clock.Today = day;
        var outcome = await new WorkflowContext(db, Actor.For(users[user]), services with { Time = clock }).WorkflowFor(@case).TakeAsync(action, request ?? new NoParameters());
        return outcome is ActionOutcome.Done ? true : throw new InvalidOperationException($"generated case: {action} by {user} was refused: {outcome}");
    }

    /// <summary>Both sides sign for the mediation statement within days, which makes it binding (劳动争议调解仲裁法 art. 42).</summary>
    async Task SignStatement(Clock clock, ArbitrationCase @case)
    {
        await db.SaveChangesAsync(); // each receipt names its party by id
        foreach (var party in @case.Parties.Where(p => p.Role is PartyRole.Applicant or PartyRole.Respondent).ToList())
        {
            var day = WorkingDay(clock.Today.AddDays(random.Next(0, 4)));
            if (!await Do(clock, @case, "registrar", "record-statement-receipt", new StatementReceiptRequest { PartyId = party.Id, ReceivedOn = day },
                    after: day.DayNumber - clock.Today.DayNumber)) return;
        }
    }

    int Chance() => random.Next(100);

    async Task Open(Clock clock, Case @case, string user) =>
        await new WorkflowContext(db, Actor.For(users[user]), services with { Time = clock }).OpenAsync(@case, "open");

    async Task Arbitration(Clock clock)
    {
        var employer = names.Pick(people.Employers);
        var @case = new ArbitrationCase
        {
            State = ArbitrationState.Applied, OrganisationId = commission.Id, ReceivedOn = clock.Today, Summary = $"与{employer}的劳动争议",
            Parties = names.Parties(Chance() < 3 ? 12 : 1, employer), Claims = names.Claims(clock.Today),
        };
        await Open(clock, @case, "registrar");

        if (Chance() < 25)
        {
            // 案前约调: the application is saved first, for the mediation to point at it.
            await db.SaveChangesAsync();
            if (!await Do(clock, @case, "registrar", "refer-to-pre-case-mediation", new PreCaseMediationRequest())) return;
            var mediation = db.ChangeTracker.Entries<MediationCase>().Select(e => e.Entity).Single(m => m.Id == @case.PreCaseMediationId);
            if (!await Do(clock, mediation, "mediator", "start-mediation", after: 1)) return;
            if (!await Do(clock, mediation, "mediator", "log-session", Session(clock))) return;
            if (Chance() < 60)
            {
                await Do(clock, mediation, "mediator", "record-agreement", new AgreementRequest { Terms = "一次性支付", Amount = Math.Round(@case.TotalClaimed * 0.8m, 2) }, after: 3);
                return;
            }
            if (!await Do(clock, mediation, "mediator", "fail", new NoParameters { Reason = "调解不成" }, after: 3)) return;
        }
        else if (!await Do(clock, @case, "registrar", "submit-for-review")) return;

        if (Chance() < 5)
        {
            await Do(clock, @case, "head", "refuse", new NoParameters { Reason = "不属于受案范围" }, after: 2);
            return;
        }
        var collective = @case.Parties.Count(p => p.Kind == PartyKind.Worker) >= 10;
        var simplified = !collective && Chance() < 40;
        if (!await Do(clock, @case, "registrar", "accept", new AcceptRequest
            {
                Track = collective ? ProcedureTrack.Collective : simplified ? ProcedureTrack.Simplified : ProcedureTrack.Ordinary,
                SimplifiedGround = simplified ? SimplifiedGround.FactsClearWithinAverageWage : null,
            }, after: 2)) return;
        if (!await Do(clock, @case, "registrar", "serve", new ServeRequest { ServedOn = WorkingDay(clock.Today.AddDays(3)), Method = ServiceMethod.Post }, after: 3)) return;
        var outcome = Chance();
        if (outcome < 15)
        {
            await Do(clock, @case, "registrar", "withdraw", new NoParameters { Reason = "双方和解" }, after: random.Next(3, 20));
            return;
        }
        var arbitrators = new[] { "arbitrator", "arbitrator2", "arbitrator3" }.Select(u => users[u].Id).ToList();
        if (!await Do(clock, @case, "head", "form-tribunal", simplified
                ? new FormTribunalRequest { PresidingArbitratorId = arbitrators[random.Next(3)] }
                : new FormTribunalRequest { PresidingArbitratorId = arbitrators[0], MemberIds = arbitrators[1..] }, after: 2)) return;
        var presiding = users.Values.Single(u => u.Id == @case.Tribunal.Single(s => s.IsPresiding).ArbitratorId).UserName!;
        if (outcome < 50)
        {
            if (await Do(clock, @case, presiding, "issue-mediation-statement", new MediationStatementRequest { Terms = "调解结案", Amount = Math.Round(@case.TotalClaimed * 0.85m, 2) }, after: random.Next(5, 25)))
                await SignStatement(clock, @case);
            return;
        }
        var hearing = calendar.AddWorkingDays(clock.Today.AddDays(1), 6);
        if (!await Do(clock, @case, presiding, "schedule-hearing", new ScheduleHearingRequest { HearingAt = hearing.ToDateTime(new TimeOnly(9, 30)), Place = "第一仲裁庭" }, after: 1)) return;
        if (outcome < 53)
        {
            if (hearing <= horizon) await Do(clock, @case, presiding, "deem-withdrawn", new NoParameters { Reason = "无正当理由拒不到庭" }, after: hearing.DayNumber - clock.Today.DayNumber);
            return;
        }
        if (hearing > horizon || !await Do(clock, @case, presiding, "record-hearing", new RecordHearingRequest { HeardOn = hearing }, after: hearing.DayNumber - clock.Today.DayNumber)) return;
        await db.SaveChangesAsync(); // the award names each claim by its id
        await Do(clock, @case, presiding, "award", new AwardRequest
        {
            Claims = @case.Claims.Select(c => new ClaimAward(c.Id, Math.Round((c.Amount ?? 0) * (random.Next(2) == 0 ? 1m : 0.6m), 2))).ToList(),
            Decision = "裁决被申请人支付",
        }, after: random.Next(5, 20));
    }

    async Task Mediation(Clock clock)
    {
        var town = towns[random.Next(towns.Count)];
        var mediator = $"mediator.{town.Code}";
        var employer = names.Pick(people.Employers);
        var @case = new MediationCase
        {
            State = MediationState.Registered, OrganisationId = town.Id, ReceivedOn = clock.Today, Summary = $"与{employer}的工资争议",
            Parties = names.Parties(1, employer), Claims = names.Claims(clock.Today, allowNonMonetary: false),
        };
        var context = new WorkflowContext(db, Actor.For(users[mediator]), services with { Time = clock });
        await context.IssueCaseNumberAsync(@case);
        await context.OpenAsync(@case, "open");
        if (Chance() < 4)
        {
            await Do(clock, @case, mediator, "withdraw", new NoParameters { Reason = "自行协商解决" }, after: 2);
            return;
        }
        if (!await Do(clock, @case, mediator, "start-mediation", after: 1)) return;
        if (!await Do(clock, @case, mediator, "log-session", Session(clock))) return;
        if (Chance() < 78)
        {
            var amount = Math.Round(@case.TotalClaimed * 0.9m, 2);
            var wait = random.Next(1, 10);
            if (!await Do(clock, @case, mediator, "record-agreement", new AgreementRequest
                {
                    Terms = "分期支付", Amount = amount,
                    PaymentSchedule = [new InstalmentTerms(WorkingDay(clock.Today.AddDays(wait)).AddDays(random.Next(5, 12)), amount)],
                }, after: wait)) return;
            await db.SaveChangesAsync(); // a payment names its instalment by id
            var instalment = @case.PaymentSchedule[0];
            var paidOn = instalment.DueOn;
            if (paidOn > horizon) return;
            await Do(clock, @case, mediator, "record-payment", new RecordPaymentRequest { InstalmentId = instalment.Id, PaidOn = paidOn, Amount = instalment.Amount }, after: paidOn.DayNumber - clock.Today.DayNumber);
            await Do(clock, @case, mediator, "confirm-fulfilment");
            return;
        }
        if (!await Do(clock, @case, mediator, "fail", new NoParameters { Reason = "调解不成" }, after: random.Next(3, 15))) return;
        await Do(clock, @case, mediator, "close-without-referral", new NoParameters { Reason = "申请人未申请仲裁" }, after: 5);
    }

    async Task Complaint(Clock clock)
    {
        var construction = Chance() < 33;
        var employer = construction ? "开平市金鸡镇利源劳务分包有限公司" : names.Pick(people.Employers);
        var parties = names.Parties(construction ? random.Next(3, 15) : random.Next(1, 4), employer);
        var @case = new InspectionCase
        {
            State = InspectionState.Received, OrganisationId = brigade.Id, ReceivedOn = clock.Today,
            Source = construction ? ComplaintSource.Hotline12345 : ComplaintSource.Hotline12333, Summary = $"{employer}拖欠工资", Parties = parties,
            Arrears = parties.Where(p => p.Kind == PartyKind.Worker).Select(p => new WorkerArrears { Party = p, AmountOwed = 3000m + random.Next(0, 60) * 250m }).ToList(),
        };
        await Open(clock, @case, "brigade.registrar");
        var outcome = Chance();
        if (outcome < 8)
        {
            await Do(clock, @case, "inspector", "refuse", new NoParameters { Reason = "不属于监察管辖" }, after: 2);
            return;
        }
        if (!await Do(clock, @case, "inspector", "file", after: 2)) return;
        if (!await Do(clock, @case, "inspector", "log-activity", new LogActivityRequest
            {
                Kind = Features.Inspection.ActivityKind.SiteVisit, At = WorkingDay(clock.Today.AddDays(3)).ToDateTime(new TimeOnly(9, 0)), Place = employer, Inspectors = "监察员", Notes = "现场检查",
            }, after: 3)) return;
        if (outcome < 23)
        {
            await Do(clock, @case, "inspector", "close-no-violation", new NoParameters { Reason = "查无违法事实" }, after: 5);
            return;
        }
        if (!await Do(clock, @case, "inspector", "order-rectification", new RectificationOrderRequest { Deadline = calendar.AddWorkingDays(clock.Today, 10), Requirements = "限期支付" }, after: 2)) return;
        var deadline = @case.RectificationDeadline!.Value;
        if (outcome < 93)
        {
            await db.SaveChangesAsync(); // payments name each worker by party id
            foreach (var arrears in @case.Arrears)
                if (!await Do(clock, @case, "inspector", "verify-payment", new VerifyPaymentRequest { PartyId = arrears.PartyId, Amount = arrears.AmountOwed, PaidOn = WorkingDay(clock.Today.AddDays(5)) }, after: 5)) return;
            await Do(clock, @case, "inspector", "confirm-rectified");
            return;
        }
        if (!await Do(clock, @case, "inspector", "record-not-rectified", after: deadline.DayNumber - clock.Today.DayNumber + 1)) return;
        if (!await Do(clock, @case, "brigade.head", "approve-penalty-filing", after: 2)) return;
        if (!await Do(clock, @case, "inspector", "notify-penalty", new PenaltyNoticeRequest { Violations = ["pay-records"], Amount = 20000m, Facts = "未提供工资清单" }, after: 1)) return;
        if (!await Do(clock, @case, "brigade.head", "review-penalty", new PenaltyReviewRequest { Reviewer = "法制审核员", Opinion = "同意", Approved = true }, after: 5)) return;
        if (!await Do(clock, @case, "brigade.head", "penalise", new PenaltyRequest { Amount = 20000m, Description = "行政处罚" }, after: 1)) return;
        if (!await Do(clock, @case, "inspector", "record-penalty-service", new PenaltyServiceRequest { ServedOn = clock.Today, Method = ServiceMethod.InPerson })) return;
        if (!await Do(clock, @case, "brigade.head", "decide-blacklist", new BlacklistRequest { Decision = BlacklistDecision.NotListed, Reason = "未达到列入条件" }, after: 2)) return;
        await Do(clock, @case, "inspector", "close", after: 1);
    }

    LogSessionRequest Session(Clock clock) => new()
    {
        HeldAt = clock.Today.ToDateTime(new TimeOnly(10, 0)), Place = "调解室", Attendees = "双方当事人", Outcome = "继续协商",
    };

    /// <summary>The command: <c>generate-history [from=2021] [to=2025] [scale=1]</c>.</summary>
    public static async Task<int> CommandAsync(IServiceProvider root, string[] args)
    {
        var from = args.Length > 0 ? int.Parse(args[0]) : 2021;
        var to = args.Length > 1 ? int.Parse(args[1]) : 2025;
        var scale = args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1;
        await using var scope = root.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var today = DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetUtcNow().ToOffset(WorkflowContext.ChinaOffset).DateTime);
        var horizon = new DateOnly(to, 12, 31) < today ? new DateOnly(to, 12, 31) : today;
        var generator = new HistoryGenerator(services.GetRequiredService<CaseFlowDbContext>(), services.GetRequiredService<WorkflowServices>(),
            services.GetRequiredService<Seeds>().Read<People>("demo/people.json"), seed: from * 31 + to);
        var watch = Stopwatch.StartNew();
        var made = await generator.RunAsync(from, to, scale, horizon, Console.WriteLine);
        Console.WriteLine($"generated {made:N0} cases for {from}–{to} at {scale}× Kaiping's volume in {watch.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }
}
