using System.Text.Json;
using System.Text.Json.Serialization;
using CaseFlow.Calendar;
using CaseFlow.Domain;
using CaseFlow.Workflows;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Data;

/// <summary>The reference data in <c>seeds/</c>: organisations, the holiday calendar, demo users.</summary>
public sealed class Seeds(string folder)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public string Folder => folder;

    /// <summary>The seeds folder shipped beside the binaries, or the repository's when run from source.</summary>
    public static Seeds Locate(string? configured)
    {
        if (configured is not null) return new Seeds(configured);
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "seeds", "organisations.json")))
                    return new Seeds(Path.Combine(dir.FullName, "seeds"));
        throw new DirectoryNotFoundException("no seeds/organisations.json beside the binaries or above the working directory; set CaseFlow:SeedsFolder");
    }

    public Features.Arbitration.MinimumWages MinimumWages() =>
        new(Read<MinimumWageFile>("minimum-wage.json").Rates.Select(r => new Features.Arbitration.MinimumWage(r.EffectiveFrom, r.MonthlyAmount, r.Source, r.Confirmed)));

    /// <summary>The final-award rules of <c>seeds/final-award.json</c> over the minimum wages.</summary>
    public Features.Arbitration.FinalAwardRules FinalAwardRules()
    {
        var file = Read<FinalAwardFile>("final-award.json");
        IEnumerable<Features.Arbitration.FinalAwardEntry> Of(List<FinalAwardLine> lines, Features.Arbitration.FinalAwardKind kind) =>
            lines.Select(l => new Features.Arbitration.FinalAwardEntry(l.ClaimType, kind, l.Basis, l.Uncertain));
        return new(MinimumWages(), file.Months, file.Source,
            Of(file.ByAmount, Features.Arbitration.FinalAwardKind.ByAmount)
                .Concat(Of(file.WhateverTheAmount, Features.Arbitration.FinalAwardKind.WhateverTheAmount))
                .Concat(Of(file.NotFinal, Features.Arbitration.FinalAwardKind.NotFinal)));
    }

    /// <summary>The arbitration limitation of <c>seeds/limitation.json</c>.</summary>
    public Features.Arbitration.LimitationRules LimitationRules()
    {
        var file = Read<LimitationFile>("limitation.json");
        List<Features.Arbitration.LegalRule> rules =
        [
            new("仲裁时效一年", file.Source),
            new("时效不是受理条件", file.Acceptance),
            new("劳动报酬争议的时效", file.Remuneration.Source, file.Remuneration.Uncertain),
            new("时效中断", file.Interruption.Source, file.Interruption.AfterExpiry),
            new("时效中止", file.Suspension.Source, file.Suspension.Uncertain),
            new("期间末日为休假日的顺延", file.LastDay.Source),
        ];
        return new(file.Years, file.Remuneration.ClaimTypes.ToHashSet(), file.LastDay.HolidayExtends, rules);
    }

    /// <summary>The partial-award and advance-execution rules of <c>seeds/interim-awards.json</c>.</summary>
    public Features.Arbitration.InterimAwardRules InterimAwardRules()
    {
        var file = Read<InterimFile>("interim-awards.json");
        return new(file.PartialAward.Source, file.PartialAward.Rights, file.AdvanceExecution.Source, file.AdvanceExecution.ClaimTypes.ToHashSet(),
            file.AdvanceExecution.Conditions, file.AdvanceExecution.Security, file.AdvanceExecution.Uncertain);
    }

    public Features.Mediation.ConfirmationRules ConfirmationRules()
    {
        var file = Read<ConfirmationFile>("agreement-confirmation.json");
        return new(file.Routes, file.Joint);
    }

    public Features.Mediation.EnterpriseMediationRules EnterpriseMediationRules()
    {
        var file = Read<EnterpriseFile>("enterprise-mediation.json");
        return new(file.Scope.Rule(), file.Extension.Rule(), file.Referral.Rule());
    }

    sealed record RuleText(string Text, string Source, string? Uncertain)
    {
        public Features.Arbitration.LegalRule Rule() => new(Text, Source, Uncertain);
    }

    public Features.Inspection.GroupDisputeRules GroupDisputeRules()
    {
        var file = Read<GroupFile>("group-disputes.json");
        return new(file.Name, file.MinimumWorkers, new(file.Name, file.Source, file.Uncertain));
    }

    /// <summary>The early-warning rules of the construction wage ledger, <c>seeds/wage-warnings.json</c>.</summary>
    public Features.Projects.WarningRules WarningRules() => new(Read<WarningFile>("wage-warnings.json").Rules);

    /// <summary>The penalty provisions and procedure, the blacklist and the compliance grades, <c>seeds/inspection-enforcement.json</c>.</summary>
    public Features.Users.AccountPolicy AccountPolicy() => Read<Features.Users.AccountPolicy>("account-policy.json");

    public Features.Inspection.EnforcementRules EnforcementRules() => Read<Features.Inspection.EnforcementRules>("inspection-enforcement.json");

    sealed record WarningFile(List<Features.Projects.WarningRule> Rules);
    sealed record GroupFile(string Name, int MinimumWorkers, string Source, string? Uncertain);
    sealed record EnterpriseFile(RuleText Scope, RuleText Extension, RuleText Referral);
    sealed record ConfirmationFile(List<Features.Mediation.ConfirmationRouteRule> Routes, string Joint);
    sealed record InterimPartial(string Source, string Rights);
    sealed record InterimAdvance(string Source, List<ClaimType> ClaimTypes, List<Features.Arbitration.RuleCondition> Conditions, string Security, string? Uncertain);
    sealed record InterimFile(InterimPartial PartialAward, InterimAdvance AdvanceExecution);
    sealed record LimitationPart(string Source, string? Uncertain, string? AfterExpiry, bool HolidayExtends);
    sealed record LimitationFile(string Acceptance, int Years, string Source, LimitationRemuneration Remuneration, LimitationPart Interruption, LimitationPart Suspension, LimitationPart LastDay);
    sealed record LimitationRemuneration(List<ClaimType> ClaimTypes, string Source, string? Uncertain);
    sealed record FinalAwardLine(ClaimType ClaimType, string Basis, string? Uncertain);
    sealed record FinalAwardFile(int Months, string Source, List<FinalAwardLine> ByAmount, List<FinalAwardLine> WhateverTheAmount, List<FinalAwardLine> NotFinal);
    sealed record MinimumWageRate(DateOnly EffectiveFrom, decimal MonthlyAmount, string Source, bool Confirmed);
    sealed record MinimumWageFile(List<MinimumWageRate> Rates);
    sealed record ClockFile(List<Features.Clocks.ClockDefinition> Clocks);

    /// <summary>
    /// Adds the statutory clocks not yet defined; definitions an administrator changed are kept, and a
    /// definition stored before clocks had a longest extension takes the seeded one.
    /// </summary>
    public async Task LoadClocksAsync(CaseFlowDbContext db)
    {
        var existing = await db.ClockDefinitions.ToDictionaryAsync(d => d.Code);
        foreach (var clock in Read<ClockFile>("statutory-clocks.json").Clocks)
        {
            if (!existing.TryGetValue(clock.Code, out var stored)) db.ClockDefinitions.Add(clock);
            else stored.MaxExtensionDays ??= clock.MaxExtensionDays;
        }
        await db.SaveChangesAsync();
    }

    /// <summary>Loads the holiday calendars of <c>seeds/calendar</c> for the years the database has none of.</summary>
    public async Task LoadCalendarAsync(CaseFlowDbContext db)
    {
        var years = (await db.CalendarEntries.Select(e => e.Date).ToListAsync()).Select(d => d.Year).ToHashSet();
        db.CalendarEntries.AddRange(CalendarDays().Where(d => !years.Contains(d.Date.Year))
            .Select(d => new Features.Clocks.CalendarEntry { Date = d.Date, IsWorkingDay = d.IsWorkingDay, Name = d.Name }));
        await db.SaveChangesAsync();
    }

    /// <summary>Loads the plan of <c>seeds/plan-targets.json</c> when the database has none of its indicators.</summary>
    public async Task LoadPlanAsync(CaseFlowDbContext db)
    {
        var plan = Features.Reports.PlanFile.Read(Path.Combine(folder, "plan-targets.json"));
        if (await db.PlanIndicators.AnyAsync(i => i.Plan == plan.Code)) return;
        var (rows, field, rule) = plan.ToRows();
        if (rows is null) throw new InvalidDataException($"plan-targets.json: {field} {rule}");
        await Features.Reports.PlanFile.StoreAsync(db, plan.Code, rows);
    }

    public WorkingCalendar Calendar() => new(CalendarDays());

    /// <summary>The days of every CSV in <c>seeds/calendar</c>.</summary>
    public IEnumerable<CalendarDay> CalendarDays() =>
        Directory.GetFiles(Path.Combine(folder, "calendar"), "*.csv").Order()
            .SelectMany(f => { using var reader = File.OpenText(f); return WorkingCalendar.ReadCsv(reader).ToList(); });

    public T Read<T>(string relativePath) =>
        JsonSerializer.Deserialize<T>(File.ReadAllText(Path.Combine(folder, relativePath)), Json)
            ?? throw new InvalidDataException($"{relativePath} is empty");

    sealed record OrganisationSeed(string Code, string Name, OrganisationKind Kind, string? Parent, Dictionary<CaseKind, string> CaseNumberFormats, string? EnterpriseCreditCode = null);
    sealed record OrganisationFile(List<OrganisationSeed> Organisations);
    public sealed record UserSeed(string UserName, string DisplayName, Role Role, string Organisation, string? Towns = null);
    public sealed record UserFile(string Password, List<UserSeed> Users);

    /// <summary>Adds the organisations and their case-number formats that are not in the database yet.</summary>
    public async Task LoadOrganisationsAsync(CaseFlowDbContext db)
    {
        var file = Read<OrganisationFile>("organisations.json");
        var existing = await db.Organisations.Include(o => o.CaseNumberFormats).ToDictionaryAsync(o => o.Code);
        var added = false;
        foreach (var seed in file.Organisations)
        {
            if (!existing.TryGetValue(seed.Code, out var organisation))
            {
                organisation = new Organisation
                {
                    Code = seed.Code, Name = seed.Name, Kind = seed.Kind, Parent = seed.Parent is null ? null : existing[seed.Parent], EnterpriseCreditCode = seed.EnterpriseCreditCode,
                };
                db.Organisations.Add(organisation);
                existing[seed.Code] = organisation;
                added = true;
            }
            foreach (var (kind, pattern) in seed.CaseNumberFormats)
                if (organisation.CaseNumberFormats.All(f => f.Kind != kind))
                    organisation.CaseNumberFormats.Add(new CaseNumberFormat { Kind = kind, Pattern = pattern });
        }
        await db.SaveChangesAsync();
        // Every running instance takes the new organisations on at its next look at the versions.
        if (added && await db.ReferenceVersions.Where(v => v.Name == Features.Clocks.ReferenceVersion.Organisations).ExecuteUpdateAsync(s => s.SetProperty(v => v.Version, v => v.Version + 1)) == 0)
        {
            db.ReferenceVersions.Add(new Features.Clocks.ReferenceVersion { Name = Features.Clocks.ReferenceVersion.Organisations, Version = 1 });
            await db.SaveChangesAsync();
        }
    }

    /// <summary>The demo users of <c>seeds/demo/users.json</c> and a mediator for every committee.</summary>
    public async Task<string> LoadDemoUsersAsync(CaseFlowDbContext db, UserManager<User> users)
    {
        var file = Read<UserFile>("demo/users.json");
        var organisations = await db.Organisations.ToListAsync();
        var seeds = file.Users.Concat(organisations.Where(o => o.Kind is OrganisationKind.MediationCommittee or OrganisationKind.EnterpriseMediationCommittee)
            .Select(o => new UserSeed($"mediator.{o.Code}", $"{Organisation.PlaceOf(o.Name)}调解员", Role.Mediator, o.Code)));
        foreach (var seed in seeds)
        {
            if (await users.FindByNameAsync(seed.UserName) is not null) continue;
            var user = new User
            {
                UserName = seed.UserName,
                DisplayName = seed.DisplayName,
                Role = seed.Role,
                OrganisationId = organisations.Single(o => o.Code == seed.Organisation).Id,
                Towns = seed.Towns,
            };
            // The demo password is published in the README, so it is set past the password policy: demo users
            // exist only in demo mode.
            user.PasswordHash = users.PasswordHasher.HashPassword(user, file.Password);
            var result = await users.CreateAsync(user);
            if (!result.Succeeded) throw new InvalidOperationException($"demo user {seed.UserName}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
        return file.Password;
    }
}
