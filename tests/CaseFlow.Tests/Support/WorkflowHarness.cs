using System.Text.Json;
using System.Text.Json.Serialization;
using CaseFlow.Data;
using CaseFlow.Domain;
using CaseFlow.Features.Arbitration;
using CaseFlow.Features.Clocks;
using CaseFlow.Features.Inspection;
using CaseFlow.Features.Mediation;
using CaseFlow.Workflows;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Tests.Support;

/// <summary>
/// The workflows against a private in-memory SQLite database with the seeded organisations and one
/// user per role, for tests that take actions without going through HTTP.
/// </summary>
public sealed class WorkflowHarness : IAsyncDisposable
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    readonly SqliteConnection connection;

    WorkflowHarness(SqliteConnection connection, CaseFlowDbContext db, Seeds seeds, ClockBook clocks)
    {
        this.connection = connection;
        Db = db;
        Calendar = seeds.Calendar();
        Services = new WorkflowServices(Clock, Calendar, clocks, seeds.FinalAwardRules(), seeds.LimitationRules(), seeds.InterimAwardRules(), seeds.ConfirmationRules(), seeds.EnterpriseMediationRules(), seeds.GroupDisputeRules(), seeds.WarningRules(), seeds.EnforcementRules(), Json);
    }

    /// <summary>The rules the workflows follow; a test may change one, as an administrator changes the seeds.</summary>
    public WorkflowServices Services { get; set; }

    public CaseFlowDbContext Db { get; }
    public TestClock Clock { get; } = new(new DateOnly(2026, 11, 2));
    public Calendar.WorkingCalendar Calendar { get; }
    public Organisation Commission => Db.Organisations.Single(o => o.Code == "commission");
    public Organisation Brigade => Db.Organisations.Single(o => o.Code == "brigade");
    public Organisation Sanbu => Db.Organisations.Single(o => o.Code == "sanbu");

    public static async Task<WorkflowHarness> StartAsync()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var options = new DbContextOptionsBuilder<CaseFlowDbContext>()
            .UseSqlite(connection, o => o.MigrationsAssembly(DatabaseSetup.SqliteMigrationsAssembly)).Options;
        var db = new CaseFlowDbContext(options);
        await db.Database.MigrateAsync();
        var seeds = Seeds.Locate(null);
        await seeds.LoadOrganisationsAsync(db);
        await seeds.LoadClocksAsync(db);
        var clocks = new ClockBook();
        await clocks.ReloadAsync(db);
        var harness = new WorkflowHarness(connection, db, seeds, clocks);
        await harness.AddUsersAsync();
        return harness;
    }

    async Task AddUsersAsync()
    {
        var commission = Commission.Id;
        var brigade = Brigade.Id;
        (string Name, Role Role, int Org)[] users =
        [
            ("registrar", Role.Registrar, commission), ("mediator", Role.Mediator, commission), ("arbitrator", Role.Arbitrator, commission),
            ("arbitrator2", Role.Arbitrator, commission), ("arbitrator3", Role.Arbitrator, commission), ("arbitrator4", Role.Arbitrator, commission),
            ("head", Role.Head, commission), ("inspector", Role.Inspector, brigade), ("brigade.head", Role.Head, brigade),
            ("brigade.registrar", Role.Registrar, brigade), ("analyst", Role.Analyst, Db.Organisations.Single(o => o.Code == "bureau").Id),
            ("mediator.sanbu", Role.Mediator, Sanbu.Id),
        ];
        foreach (var (name, role, org) in users)
            Db.Users.Add(new User { UserName = name, NormalizedUserName = name.ToUpperInvariant(), DisplayName = name, Role = role, OrganisationId = org });
        await Db.SaveChangesAsync();
    }

    public User User(string userName) => Db.Users.Single(u => u.UserName == userName);

    public WorkflowContext As(string userName) => new(Db, Actor.For(User(userName)), Services);

    public async Task<ActionOutcome> Take(Case @case, string userName, string action, ActionRequest? request = null)
    {
        var outcome = await As(userName).WorkflowFor(@case).TakeAsync(action, request ?? new NoParameters());
        if (outcome is ActionOutcome.Done) await Db.SaveChangesAsync();
        return outcome;
    }

    /// <summary>Takes the action and fails the test unless it is done.</summary>
    public async Task Do(Case @case, string userName, string action, ActionRequest? request = null)
    {
        var outcome = await Take(@case, userName, action, request);
        Assert.True(outcome is ActionOutcome.Done, $"{action} by {userName}: {outcome}");
    }

    static List<Party> Parties(int workers, int employer, int firstWorker = 1) =>
    [
        .. Enumerable.Range(firstWorker, workers).Select(i => new Party
            { Role = PartyRole.Applicant, Kind = PartyKind.Worker, Name = $"工人{i}", IdNumber = TestIds.Worker(i), IsRepresentative = workers >= 10 && i <= 3 }),
        new Party { Role = PartyRole.Respondent, Kind = PartyKind.Employer, Name = "开平市某建筑工程有限公司", CreditCode = TestIds.Employer(employer) },
    ];

    public async Task<ArbitrationCase> NewApplication(int workers = 1, decimal amount = 12_000m)
    {
        var @case = new ArbitrationCase
        {
            State = ArbitrationState.Applied,
            OrganisationId = Commission.Id,
            ReceivedOn = Clock.Today,
            Parties = Parties(workers, 1),
            Claims = [new Claim { Type = ClaimType.UnpaidWages, Amount = amount }, new Claim { Type = ClaimType.EconomicCompensation, Amount = 6_000m }],
        };
        await As("registrar").OpenAsync(@case, "open");
        await Db.SaveChangesAsync();
        return @case;
    }

    /// <summary>
    /// An application from 2026-11-02 taken on the ordinary track through acceptance, service and a tribunal of
    /// three to its hearing on 2026-11-16, the harness's day afterwards; <paramref name="extra"/> claims join it first.
    /// </summary>
    public async Task<ArbitrationCase> HeardApplication(decimal amount = 12_000m, params Claim[] extra)
    {
        Clock.SetToday(new DateOnly(2026, 11, 2));
        var @case = await NewApplication(amount: amount);
        @case.Claims.AddRange(extra);
        await Db.SaveChangesAsync();
        await Do(@case, "registrar", "submit-for-review");
        await Do(@case, "registrar", "accept", new AcceptRequest { Track = ProcedureTrack.Ordinary });
        await Do(@case, "registrar", "serve", new ServeRequest { ServedOn = Clock.Today, Method = ServiceMethod.Post });
        await Do(@case, "head", "form-tribunal", new FormTribunalRequest { PresidingArbitratorId = User("arbitrator").Id, MemberIds = [User("arbitrator2").Id, User("arbitrator3").Id] });
        await Do(@case, "arbitrator", "schedule-hearing", new ScheduleHearingRequest { HearingAt = new DateTime(2026, 11, 16, 9, 30, 0), Place = "第一仲裁庭" });
        Clock.SetToday(new DateOnly(2026, 11, 16));
        await Do(@case, "arbitrator", "record-hearing", new RecordHearingRequest { HeardOn = Clock.Today });
        return @case;
    }

    public async Task<MediationCase> NewMediation(Organisation? organisation = null)
    {
        var @case = new MediationCase
        {
            State = MediationState.Registered,
            OrganisationId = (organisation ?? Sanbu).Id,
            ReceivedOn = Clock.Today,
            Parties = Parties(1, 2),
            Claims = [new Claim { Type = ClaimType.UnpaidWages, Amount = 8_000m }],
        };
        var context = As("mediator.sanbu");
        await context.IssueCaseNumberAsync(@case);
        await context.OpenAsync(@case, "open");
        await Db.SaveChangesAsync();
        return @case;
    }

    /// <summary>A complaint of <paramref name="workers"/> workers (工人<paramref name="firstWorker"/> onwards), each owed ¥5,000.</summary>
    public async Task<InspectionCase> NewComplaint(int workers = 2, ComplaintSource source = ComplaintSource.Hotline12345, int firstWorker = 1, long? projectId = null)
    {
        var parties = Parties(workers, 3, firstWorker);
        var @case = new InspectionCase
        {
            State = InspectionState.Received,
            OrganisationId = Brigade.Id,
            ReceivedOn = Clock.Today,
            Source = source,
            Summary = "工地拖欠工资",
            ProjectId = projectId,
            Parties = parties,
            Arrears = parties.Where(p => p.Kind == PartyKind.Worker).Select(p => new WorkerArrears { Party = p, AmountOwed = 5_000m }).ToList(),
        };
        await As("inspector").OpenAsync(@case, "open");
        await Db.SaveChangesAsync();
        return @case;
    }

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        await connection.DisposeAsync();
    }
}
