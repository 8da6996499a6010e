using CaseFlow.Domain;
using CaseFlow.Features.Arbitration;
using CaseFlow.Features.Inspection;
using CaseFlow.Features.Mediation;
using CaseFlow.Features.Projects;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Data;

/// <summary>The one database of CaseFlow: the same model on SQLite and on MySQL/MariaDB.</summary>
public class CaseFlowDbContext : IdentityDbContext<User, IdentityRole<int>, int>
{
    /// <summary>
    /// The one public constructor, as a pooled context needs (the application leases its contexts from a pool: making
    /// one costs a request 0.2 ms and opening its connection 0.4 ms more than a kept one's, the province benchmark).
    /// </summary>
    public CaseFlowDbContext(DbContextOptions<CaseFlowDbContext> options) : this((DbContextOptions)options) { }

    protected CaseFlowDbContext(DbContextOptions options) : base(options)
    {
        Directory = options.FindExtension<Microsoft.EntityFrameworkCore.Infrastructure.CoreOptionsExtension>()?.ApplicationServiceProvider
            ?.GetService(typeof(OrganisationDirectory)) as OrganisationDirectory;
        // No savepoint around each save inside the request's transaction (the pool gives a context back with what its
        // constructor set, whatever a lease changed). EF Core ignores a failure to release one, and a Galera node that
        // aborts a transaction for a conflicting write from another node reports it on the next statement, whichever it
        // is: reported on the RELEASE, the abort went unseen, the rest of the request ran outside any transaction and its
        // COMMIT answered success for a write that was gone. Without savepoints the abort surfaces as an error and the
        // request is retried. A failed save is never followed by another in the same transaction: the request is
        // retried, or answers with a problem and is rolled back.
        Database.AutoSavepointsEnabled = false;
    }

    /// <summary>The organisations held in memory by the application; null for a context made without it (tools, tests).</summary>
    public OrganisationDirectory? Directory { get; }

    /// <summary>
    /// The organisation as this context tracks it: the one it tracks already, else the directory's copy attached as
    /// unchanged (no round trip), else read.
    /// </summary>
    public async Task<Organisation?> OrganisationAsync(int id)
    {
        if (Organisations.Local.FindEntry(id)?.Entity is { } tracked) return tracked;
        if (Directory?.Copy(id) is not { } known) return await Organisations.FindAsync(id);
        Organisations.Attach(known);
        return known;
    }

    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<UserEvent> UserEvents => Set<UserEvent>();
    public DbSet<Features.Clocks.ReferenceVersion> ReferenceVersions => Set<Features.Clocks.ReferenceVersion>();
    public DbSet<CaseNumberFormat> CaseNumberFormats => Set<CaseNumberFormat>();
    public DbSet<CaseNumberSequence> CaseNumberSequences => Set<CaseNumberSequence>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<ArbitrationCase> ArbitrationCases => Set<ArbitrationCase>();
    public DbSet<MediationCase> MediationCases => Set<MediationCase>();
    public DbSet<InspectionCase> InspectionCases => Set<InspectionCase>();
    public DbSet<Party> Parties => Set<Party>();
    public DbSet<PartyNameSuffix> PartyNameSuffixes => Set<PartyNameSuffix>();
    public DbSet<Claim> Claims => Set<Claim>();
    public DbSet<CaseEvent> CaseEvents => Set<CaseEvent>();
    public DbSet<MediationSession> MediationSessions => Set<MediationSession>();
    public DbSet<Instalment> Instalments => Set<Instalment>();
    public DbSet<InspectionActivity> InspectionActivities => Set<InspectionActivity>();
    public DbSet<WorkerArrears> WorkerArrears => Set<WorkerArrears>();
    public DbSet<TribunalSeat> TribunalSeats => Set<TribunalSeat>();
    public DbSet<DocumentReceipt> DocumentReceipts => Set<DocumentReceipt>();
    public DbSet<AfterAwardEvent> AfterAwardEvents => Set<AfterAwardEvent>();
    public DbSet<AwardCorrection> AwardCorrections => Set<AwardCorrection>();
    public DbSet<AgreementConfirmation> AgreementConfirmations => Set<AgreementConfirmation>();
    public DbSet<ConstructionProject> ConstructionProjects => Set<ConstructionProject>();
    public DbSet<ProjectWorker> ProjectWorkers => Set<ProjectWorker>();
    public DbSet<ProjectEvent> ProjectEvents => Set<ProjectEvent>();
    public DbSet<WageAccountEntry> WageAccountEntries => Set<WageAccountEntry>();
    public DbSet<WageDeposit> WageDeposits => Set<WageDeposit>();
    public DbSet<Payroll> Payrolls => Set<Payroll>();
    public DbSet<PayrollLine> PayrollLines => Set<PayrollLine>();
    public DbSet<ProjectWarning> ProjectWarnings => Set<ProjectWarning>();
    public DbSet<BlacklistEntry> BlacklistEntries => Set<BlacklistEntry>();
    public DbSet<DecisionNumberSequence> DecisionNumberSequences => Set<DecisionNumberSequence>();

    /// <summary>The construction projects whose ledger this unit of work changed: the transaction boundary evaluates their warnings again before it commits.</summary>
    public HashSet<long> ChangedProjects { get; } = [];

    /// <summary>What to do once the request's transaction has committed (and only then), with this context: see <see cref="Infrastructure.Transaction"/>.</summary>
    public List<Func<CaseFlowDbContext, Task<bool>>> AfterCommit { get; } = [];

    /// <summary>Rows to add once the next save has given the new cases their ids (an intake's idempotency key), saved with the history's seals.</summary>
    public List<Action> OnceIdsAssigned { get; } = [];
    public DbSet<Features.Clocks.ClockDefinition> ClockDefinitions => Set<Features.Clocks.ClockDefinition>();
    public DbSet<Features.Clocks.CaseClock> CaseClocks => Set<Features.Clocks.CaseClock>();
    public DbSet<Features.Clocks.CalendarEntry> CalendarEntries => Set<Features.Clocks.CalendarEntry>();
    public DbSet<Features.Reports.CaseConclusion> CaseConclusions => Set<Features.Reports.CaseConclusion>();
    public DbSet<Features.Reports.PlanIndicator> PlanIndicators => Set<Features.Reports.PlanIndicator>();
    public DbSet<Features.Reports.PlanTarget> PlanTargets => Set<Features.Reports.PlanTarget>();
    public DbSet<Features.Documents.CaseDocument> CaseDocuments => Set<Features.Documents.CaseDocument>();
    public DbSet<Features.Documents.DocumentTemplate> DocumentTemplates => Set<Features.Documents.DocumentTemplate>();

    /// <summary>What one unit of work gathered is forgotten when the context is given back (to the pool, or for good).</summary>
    public override void Dispose()
    {
        ForgetUnitOfWork();
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        ForgetUnitOfWork();
        return base.DisposeAsync();
    }

    void ForgetUnitOfWork()
    {
        ChangedProjects.Clear();
        AfterCommit.Clear();
        OnceIdsAssigned.Clear();
    }

    /// <summary>
    /// Long texts of the one wide Cases table are stored off-row: MySQL counts a varchar's full width
    /// against its 64 KB row limit. <c>text</c> means the same on SQLite and MySQL.
    /// </summary>
    const string LongText = "text";

    /// <summary>
    /// Saves, sealing every new case event onto its case's hash chain first (<see cref="Workflows.HistoryChain"/>).
    /// The events of a case being opened are sealed once the insert has given the case its id, in a second
    /// statement of the same transaction.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await IndexPartyNamesAsync(cancellationToken);
        var unsealed = Unsealed();
        if (unsealed.Count == 0 && OnceIdsAssigned.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        var saved = 0;
        if (unsealed.Count == 0 || unsealed.Any(u => u.Case.Id <= 0 || Entry(u.Case).Property(c => c.Id).IsTemporary))
            saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        // What waited for the new cases' ids is written with the seals, in the same round trip.
        foreach (var then in OnceIdsAssigned) then();
        OnceIdsAssigned.Clear();
        foreach (var (@case, events) in unsealed) Workflows.HistoryChain.Seal(@case, events);
        return saved + await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>
    /// The suffixes of the names of parties being added or renamed (<see cref="PartyNameSuffix"/>), written ahead of the
    /// parties in the same transaction; a suffix already there is left alone (two cases naming the same person). A new
    /// party is given its case's kind and organisation (<see cref="PartyCase"/>).
    /// </summary>
    async Task IndexPartyNamesAsync(CancellationToken cancellationToken)
    {
        var changed = ChangeTracker.Entries<Party>()
            .Where(e => e.State == EntityState.Added || (e.State == EntityState.Modified && e.Property(p => p.Name).IsModified)).ToList();
        var cases = changed.Any(e => e.State == EntityState.Added) ? ChangeTracker.Entries<Case>().Select(c => c.Entity).ToList() : [];
        foreach (var added in changed.Where(e => e.State == EntityState.Added)) PartyCase.Stamp(added, cases);
        var names = changed.Select(e => e.Entity.Name).Where(n => !string.IsNullOrEmpty(n)).Distinct().ToList();
        if (names.Count == 0) return;
        var rows = names.SelectMany(n => PartyNameSuffix.Of(n).Select(s => (Suffix: s, Name: n))).Distinct().ToList();
        var values = string.Join(", ", rows.Select((_, i) => $"({{{2 * i}}}, {{{2 * i + 1}}})"));
        var insert = Database.IsSqlite() ? "INSERT OR IGNORE" : "INSERT IGNORE";
        await Database.ExecuteSqlRawAsync($"{insert} INTO PartyNameSuffixes (Suffix, Name) VALUES {values}",
            rows.SelectMany(r => new object[] { r.Suffix, r.Name }), cancellationToken);
    }

    List<(Case Case, List<CaseEvent> Events)> Unsealed()
    {
        var added = ChangeTracker.Entries<CaseEvent>().Where(e => e.State == EntityState.Added && e.Entity.Hash == null).Select(e => e.Entity).ToHashSet();
        if (added.Count == 0) return [];
        return ChangeTracker.Entries<Case>().Select(c => (Case: c.Entity, Events: c.Entity.Events.Where(added.Contains).ToList()))
            .Where(x => x.Events.Count > 0).ToList();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        configuration.Properties<decimal>().HavePrecision(18, 2);
        configuration.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configuration.Properties<string>().HaveMaxLength(400);
    }

    protected override void OnModelCreating(ModelBuilder model)
    {
        base.OnModelCreating(model);
        if (Database.IsMySql())
        {
            // utf8mb4 for every Chinese character; unicode_ci sorts names the same on MariaDB and MySQL.
            model.HasCharSet("utf8mb4");
            model.UseCollation("utf8mb4_unicode_ci");
        }

        // Identity's composite keys, short enough for MySQL's 3072-byte index limit in utf8mb4.
        model.Entity<IdentityUserLogin<int>>(login =>
        {
            login.Property(l => l.LoginProvider).HasMaxLength(128);
            login.Property(l => l.ProviderKey).HasMaxLength(128);
        });
        model.Entity<IdentityUserToken<int>>(token =>
        {
            token.Property(t => t.LoginProvider).HasMaxLength(128);
            token.Property(t => t.Name).HasMaxLength(128);
        });

        model.Entity<User>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(100);
            user.Property(u => u.Towns).HasMaxLength(400);
            user.HasOne(u => u.Organisation).WithMany().HasForeignKey(u => u.OrganisationId);
            user.Ignore(u => u.IsDisabled);
        });
        model.Entity<Features.Clocks.ReferenceVersion>(v =>
        {
            v.HasKey(x => x.Name);
            v.Property(x => x.Name).HasMaxLength(40);
        });
        model.Entity<UserEvent>(e =>
        {
            e.Property(x => x.ActorName).HasMaxLength(100);
            e.Property(x => x.Action).HasMaxLength(40);
            e.Property(x => x.Details).HasMaxLength(2000);
            e.HasIndex(x => new { x.UserId, x.Id });
            e.HasOne<User>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Restrict);
        });

        model.Entity<Organisation>(org =>
        {
            org.Property(o => o.EnterpriseCreditCode).HasMaxLength(18);
            org.HasIndex(o => o.Code).IsUnique();
            org.Property(o => o.Code).HasMaxLength(40);
            org.Property(o => o.Name).HasMaxLength(100);
            org.HasOne(o => o.Parent).WithMany().HasForeignKey(o => o.ParentId);
            org.HasMany(o => o.CaseNumberFormats).WithOne().HasForeignKey(f => f.OrganisationId);
        });
        model.Entity<CaseNumberFormat>().HasKey(f => new { f.OrganisationId, f.Kind });
        model.Entity<CaseNumberSequence>().HasKey(s => new { s.OrganisationId, s.Kind, s.Year });

        model.Entity<Case>(c =>
        {
            c.ToTable("Cases");
            c.Property(x => x.LastEventHash).HasMaxLength(64);
            c.HasDiscriminator(x => x.Kind)
                .HasValue<MediationCase>(CaseKind.Mediation)
                .HasValue<ArbitrationCase>(CaseKind.Arbitration)
                .HasValue<InspectionCase>(CaseKind.Inspection);
            c.Property(x => x.StateName).HasColumnName("State").HasMaxLength(40);
            c.Property(x => x.Version).IsConcurrencyToken();
            c.Property(x => x.CaseNumber).HasMaxLength(80);
            c.Property(x => x.Summary).HasMaxLength(4000).HasColumnType(LongText);
            c.Property(x => x.LimitationNote).HasMaxLength(2000).HasColumnType(LongText);
            c.HasIndex(x => x.CaseNumber).IsUnique();
            c.HasIndex(x => new { x.OrganisationId, x.Kind, x.CaseYear, x.CaseSequence }).IsUnique();
            c.HasIndex(x => new { x.OrganisationId, x.Kind, x.StateName });
            c.HasIndex(x => new { x.Kind, x.ReceivedOn });
            c.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId);
            c.HasMany(x => x.Parties).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
            c.HasMany(x => x.Claims).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
            c.HasMany(x => x.Events).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
            c.HasMany(x => x.Clocks).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
            c.HasMany(x => x.Conclusions).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
            c.HasMany(x => x.Documents).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
            // The plan indicators count cases accepted or received in a period, city-wide or per organisation.

            c.Ignore(x => x.IsClosed);
            c.Ignore(x => x.TotalClaimed);
        });

        model.Entity<ArbitrationCase>(a =>
        {
            a.Ignore(x => x.State);
            a.Property(x => x.Decision).HasMaxLength(8000).HasColumnType(LongText);
            a.Property(x => x.FactsFound).HasMaxLength(8000).HasColumnType(LongText);
            a.Property(x => x.PartialDecision).HasMaxLength(8000).HasColumnType(LongText);
            a.Property(x => x.PartialFactsFound).HasMaxLength(8000).HasColumnType(LongText);
            a.Property(x => x.AdvanceExecutionReason).HasMaxLength(4000).HasColumnType(LongText);
            a.Property(x => x.Clerk).HasMaxLength(100);
            a.Property(x => x.SuspensionReason).HasMaxLength(2000);
            a.Property(x => x.ExtensionReason).HasMaxLength(2000);
            a.HasMany(x => x.Tribunal).WithOne().HasForeignKey(t => t.CaseId);
            a.HasMany(x => x.Receipts).WithOne().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
            a.HasMany(x => x.AfterAward).WithOne().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
            a.HasMany(x => x.Corrections).WithOne().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
            a.HasIndex(x => new { x.Kind, x.AcceptedOn, x.OrganisationId, x.Track });
            // The cases pending at a period's start: those still open or closed since, not every case ever accepted.
            a.HasIndex(x => new { x.Kind, x.ClosedOn, x.AcceptedOn, x.OrganisationId, x.Track });
        });
        model.Entity<DocumentReceipt>(r =>
        {
            r.Property(x => x.Document).HasMaxLength(100);
            r.HasOne<Party>().WithMany().HasForeignKey(x => x.PartyId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<AfterAwardEvent>(e =>
        {
            e.Property(x => x.Court).HasMaxLength(100);
            e.Property(x => x.CourtReference).HasMaxLength(100);
            e.HasOne<Party>().WithMany().HasForeignKey(x => x.PartyId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<AgreementConfirmation>(e =>
        {
            e.Property(x => x.Body).HasMaxLength(100);
            e.Property(x => x.Reference).HasMaxLength(100);
            e.Property(x => x.Note).HasMaxLength(2000);
        });
        model.Entity<AwardCorrection>(e =>
        {
            e.Property(x => x.Document).HasMaxLength(100);
            e.Property(x => x.Original).HasMaxLength(2000).HasColumnType(LongText);
            e.Property(x => x.Corrected).HasMaxLength(4000).HasColumnType(LongText);
            e.Property(x => x.Reason).HasMaxLength(2000);
        });
        model.Entity<TribunalSeat>(t =>
        {
            t.HasKey(x => new { x.CaseId, x.ArbitratorId });
            t.HasOne(x => x.Arbitrator).WithMany().HasForeignKey(x => x.ArbitratorId);
        });

        model.Entity<MediationCase>(m =>
        {
            m.Ignore(x => x.State);
            m.Property(x => x.AgreementTerms).HasMaxLength(8000).HasColumnType(LongText);
            m.HasMany(x => x.Sessions).WithOne().HasForeignKey(s => s.CaseId);
            m.HasMany(x => x.PaymentSchedule).WithOne().HasForeignKey(s => s.CaseId);
            m.HasMany(x => x.Confirmations).WithOne().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<MediationSession>(s =>
        {
            s.Property(x => x.ApplicantPosition).HasMaxLength(2000);
            s.Property(x => x.RespondentPosition).HasMaxLength(2000);
            s.Property(x => x.Outcome).HasMaxLength(2000);
        });

        model.Entity<InspectionCase>(i =>
        {
            i.Ignore(x => x.State);
            i.Ignore(x => x.ArrearsOwed);
            i.Ignore(x => x.ArrearsPaid);
            i.Ignore(x => x.AllArrearsPaid);
            i.Ignore(x => x.OrderedToPay);
            i.Property(x => x.OrderedViolations).HasMaxLength(200);
            i.Property(x => x.PenaltyViolations).HasMaxLength(200);
            i.Property(x => x.PenaltyBasis).HasMaxLength(2000).HasColumnType(LongText);
            i.Property(x => x.PenaltyTerms).HasMaxLength(2000).HasColumnType(LongText);
            i.Property(x => x.DefenceStatement).HasMaxLength(4000).HasColumnType(LongText);
            i.Property(x => x.HearingRecord).HasMaxLength(4000).HasColumnType(LongText);
            i.Property(x => x.LegalReviewer).HasMaxLength(100);
            i.Property(x => x.LegalReviewOpinion).HasMaxLength(2000).HasColumnType(LongText);
            i.Property(x => x.PenaltyDecisionNumber).HasMaxLength(60);
            i.Property(x => x.BlacklistGrounds).HasMaxLength(1000);
            i.Property(x => x.BlacklistIncident).HasMaxLength(1000);
            i.Property(x => x.BlacklistDecisionNumber).HasMaxLength(60);
            i.Property(x => x.BlacklistTerms).HasMaxLength(1000);
            i.Property(x => x.RectificationRequirements).HasMaxLength(4000).HasColumnType(LongText);
            i.HasOne(x => x.Project).WithMany().HasForeignKey(x => x.ProjectId);
            i.HasIndex(x => new { x.Kind, x.ReceivedOn, x.OrganisationId, x.Source });
            // Complaint cases filed (立案) in a period and before it, read from the index alone.
            i.HasIndex(x => new { x.Kind, x.AcceptedOn, x.OrganisationId, x.Source });
            i.HasMany(x => x.Activities).WithOne().HasForeignKey(s => s.CaseId);
            i.HasMany(x => x.Arrears).WithOne().HasForeignKey(s => s.CaseId);
        });
        model.Entity<InspectionActivity>().Property(x => x.Notes).HasMaxLength(4000);
        model.Entity<WorkerArrears>().HasOne(x => x.Party).WithMany().HasForeignKey(x => x.PartyId).OnDelete(DeleteBehavior.Restrict);

        model.Entity<Party>(p =>
        {
            // The case's kind and organisation, copied onto each of its parties (a case keeps both for good), so that the
            // search by name finds the cases of a kind and of the user's organisations from this index alone: a name found
            // in eighteen thousand cases of a province does not mean eighteen thousand cases to look up.
            p.Property<CaseKind>(PartyCase.Kind);
            p.Property<int>(PartyCase.Organisation);
            p.HasIndex(nameof(Party.Name), PartyCase.Kind, PartyCase.Organisation, nameof(Party.CaseId));
            p.HasIndex(x => x.IdNumber);
            p.HasIndex(x => x.CreditCode);
            p.HasOne(x => x.RepresentsParty).WithMany().HasForeignKey(x => x.RepresentsPartyId).OnDelete(DeleteBehavior.Restrict);
        });
        model.Entity<PartyNameSuffix>(s =>
        {
            s.HasKey(x => new { x.Suffix, x.Name });
            s.Property(x => x.Suffix).HasMaxLength(PartyNameSuffix.Length);
        });
        model.Entity<Claim>(c =>
        {
            c.Property(x => x.Description).HasMaxLength(2000);
            c.Property(x => x.LimitationNote).HasMaxLength(4000).HasColumnType(LongText);
            c.Property(x => x.LimitationFacts).HasMaxLength(20000).HasColumnType(LongText);
        });
        model.Entity<CaseEvent>(e =>
        {
            e.HasIndex(x => new { x.CaseId, x.Sequence }).IsUnique();
            e.Property(x => x.Parameters).HasMaxLength(1_000_000);
            e.Property(x => x.Reason).HasMaxLength(2000);
            e.Property(x => x.Documents).HasMaxLength(400);
            e.Property(x => x.Hash).HasMaxLength(64).IsFixedLength();
            e.Property(x => x.PreviousHash).HasMaxLength(64);
        });
        model.Entity<ConstructionProject>(p =>
        {
            p.HasIndex(x => x.OrganisationId);
            p.Property(x => x.Name).HasMaxLength(200);
            p.Property(x => x.PermitNumber).HasMaxLength(50);
            p.Property(x => x.Town).HasMaxLength(40);
            p.Property(x => x.Location).HasMaxLength(200);
            p.Property(x => x.DeveloperName).HasMaxLength(200);
            p.Property(x => x.DeveloperCreditCode).HasMaxLength(18);
            p.Property(x => x.GeneralContractorName).HasMaxLength(200);
            p.Property(x => x.GeneralContractorCreditCode).HasMaxLength(18);
            p.Property(x => x.WageOfficerName).HasMaxLength(50);
            p.Property(x => x.WageOfficerPhone).HasMaxLength(30);
            p.Property(x => x.WageAccount).HasMaxLength(100);
            p.Property(x => x.Version).IsConcurrencyToken();
            p.HasMany(x => x.Participants).WithOne().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<ProjectParticipant>(p =>
        {
            p.Property(x => x.Name).HasMaxLength(200);
            p.Property(x => x.CreditCode).HasMaxLength(18);
            p.Property(x => x.LeaderName).HasMaxLength(50);
            p.Property(x => x.LeaderPhone).HasMaxLength(30);
        });
        model.Entity<ProjectWorker>(w =>
        {
            w.HasIndex(x => new { x.ProjectId, x.IdNumber }).IsUnique();
            w.HasOne<ConstructionProject>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
            w.Property(x => x.Name).HasMaxLength(100);
            w.Property(x => x.IdNumber).HasMaxLength(18);
            w.Property(x => x.Trade).HasMaxLength(50);
            w.Property(x => x.Crew).HasMaxLength(100);
            w.Property(x => x.WageCardBank).HasMaxLength(100);
            w.Property(x => x.WageCardNumber).HasMaxLength(30);
        });
        model.Entity<WageAccountEntry>(e =>
        {
            e.HasIndex(x => new { x.ProjectId, x.On });
            e.HasOne<ConstructionProject>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.Reference).HasMaxLength(100);
        });
        model.Entity<WageDeposit>(d =>
        {
            d.HasIndex(x => x.ProjectId);
            d.HasOne<ConstructionProject>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
            d.Property(x => x.ContractorName).HasMaxLength(200);
            d.Property(x => x.ContractorCreditCode).HasMaxLength(18);
            d.Property(x => x.Basis).HasMaxLength(500);
            d.Property(x => x.ReductionReason).HasMaxLength(500);
            d.Ignore(x => x.Held);
        });
        model.Entity<Payroll>(p =>
        {
            p.HasIndex(x => new { x.ProjectId, x.Month });
            p.HasOne<ConstructionProject>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
            p.Property(x => x.Employer).HasMaxLength(200);
            p.HasMany(x => x.Lines).WithOne().HasForeignKey(x => x.PayrollId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<PayrollLine>(l =>
        {
            l.HasIndex(x => x.WorkerId);
            l.HasOne(x => x.Worker).WithMany().HasForeignKey(x => x.WorkerId).OnDelete(DeleteBehavior.Restrict);
            l.Ignore(x => x.Balance);
        });
        model.Entity<BlacklistEntry>(b =>
        {
            b.HasIndex(x => x.CaseId);
            b.HasIndex(x => new { x.ExpiresOn, x.RemovedOn });
            b.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
            b.Property(x => x.EmployerName).HasMaxLength(200);
            b.Property(x => x.CreditCode).HasMaxLength(18);
            b.Property(x => x.DecisionNumber).HasMaxLength(60);
            b.Property(x => x.Grounds).HasMaxLength(1000);
            b.Property(x => x.RemovalReason).HasMaxLength(500);
            b.Property(x => x.Pledge).HasMaxLength(1000);
        });
        model.Entity<DecisionNumberSequence>(d =>
        {
            d.HasKey(x => new { x.OrganisationId, x.Series, x.Year });
            d.Property(x => x.Series).HasMaxLength(40);
        });
        model.Entity<ProjectWarning>(w =>
        {
            w.HasIndex(x => new { x.ProjectId, x.ResolvedOn });
            w.HasIndex(x => new { x.ResolvedOn, x.Level });
            w.HasOne<ConstructionProject>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
            w.Property(x => x.Rule).HasMaxLength(40);
            w.Property(x => x.Subject).HasMaxLength(40);
            w.Property(x => x.Detail).HasMaxLength(500);
        });
        model.Entity<ProjectEvent>(e =>
        {
            e.HasIndex(x => x.ProjectId);
            e.HasOne<ConstructionProject>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.Actor).HasMaxLength(100);
            e.Property(x => x.Action).HasMaxLength(40);
            e.Property(x => x.Changes).HasColumnType(LongText);
        });
        model.Entity<Features.Clocks.ClockDefinition>(d =>
        {
            d.HasKey(x => x.Code);
            d.Property(x => x.Code).HasMaxLength(40);
            d.Property(x => x.Description).HasMaxLength(1000);
        });
        model.Entity<Features.Clocks.CaseClock>(c =>
        {
            c.Property(x => x.Code).HasMaxLength(40);
            c.HasIndex(x => new { x.CaseId, x.Code }).IsUnique();
            // Worklists: an organisation's running clocks by due date, in the order the worklist reads them.
            c.HasIndex(x => new { x.OrganisationId, x.Status, x.ObligedBy, x.DueOn, x.CaseId });
            // Warnings and the report's projection: the clocks due by a day, by code and organisation.
            c.HasIndex(x => new { x.Status, x.DueOn, x.Code, x.OrganisationId });
        });
        model.Entity<Features.Reports.CaseConclusion>(c =>
        {
            c.Property(x => x.Outcome).HasMaxLength(40);
            // Covering indexes: the indicator counts read nothing but these columns.
            c.HasIndex(x => new { x.Kind, x.ConcludedOn, x.OrganisationId, x.Track, x.IsMediatedSettlement, x.IsPreCaseMediation, x.IsComplaint, x.Outcome });
            c.HasIndex(x => new { x.Kind, x.ReopenedOn, x.OrganisationId, x.IsComplaint });
        });
        model.Entity<Features.Reports.PlanIndicator>(i =>
        {
            i.HasKey(x => new { x.Plan, x.Number });
            i.Property(x => x.Plan).HasMaxLength(40);
            i.HasMany(x => x.Targets).WithOne().HasForeignKey(t => new { t.Plan, t.Number }).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<Features.Reports.PlanTarget>(t =>
        {
            t.HasKey(x => new { x.Plan, x.Number, x.Year });
            t.Property(x => x.Plan).HasMaxLength(40);
            t.Property(x => x.Text).HasMaxLength(40);
        });
        model.Entity<Features.Documents.CaseDocument>(d =>
        {
            d.Property(x => x.Template).HasMaxLength(40);
            d.Property(x => x.Title).HasMaxLength(100);
            d.Property(x => x.DocumentNumber).HasMaxLength(80);
            d.Property(x => x.Snapshot).HasMaxLength(1_000_000);
            d.Property(x => x.Sha256).HasMaxLength(64);
            d.Property(x => x.LastError).HasMaxLength(2000);
            d.Property(x => x.Action).HasMaxLength(60);
            d.Property(x => x.IssuedBy).HasMaxLength(100);
            d.Property(x => x.Content).HasMaxLength(50_000_000);
            d.HasIndex(x => new { x.CaseId, x.Template, x.Version }).IsUnique();
            d.HasIndex(x => new { x.Status, x.Id });
        });
        model.Entity<Features.Documents.DocumentTemplate>(t =>
        {
            t.HasKey(x => new { x.Name, x.Version });
            t.Property(x => x.Name).HasMaxLength(40);
            t.Property(x => x.Content).HasMaxLength(1_000_000);
            t.Property(x => x.CreatedBy).HasMaxLength(100);
        });
        model.Entity<Features.Clocks.CalendarEntry>(d =>
        {
            d.HasKey(x => x.Date);
            d.Property(x => x.Name).HasMaxLength(40);
        });
        model.Entity<Features.Cases.IdempotencyKey>(k =>
        {
            k.HasKey(x => new { x.UserId, x.Key });
            k.Property(x => x.Key).HasMaxLength(100);
            k.Property(x => x.RequestHash).HasMaxLength(64);
        });
    }
}

/// <summary>
/// The same model, read-only, for reports: it reads from <c>CaseFlow:Database:ReadConnectionString</c>
/// (a replica) when one is configured, from the primary otherwise.
/// </summary>
public sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options) : CaseFlowDbContext(options)
{
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new InvalidOperationException("the reporting database is read-only");

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("the reporting database is read-only");
}
