using CaseFlow.Data;
using CaseFlow.Domain;
using CaseFlow.Infrastructure;
using CaseFlow.Workflows;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Features.Inspection;

/// <summary>An employer on the list as the public sees it: who, by which decision, why, and until when.</summary>
public sealed record PublicListing(long Id, string EmployerName, string? CreditCode, string DecisionNumber, string Grounds, DateOnly ListedOn, DateOnly ExpiresOn, string Organisation);

/// <summary>An entry as the brigade keeps it, removed or expired ones too.</summary>
public sealed record ListingView(long Id, long CaseId, string EmployerName, string? CreditCode, string DecisionNumber, string Grounds, decimal Unpaid, int Workers,
    DateOnly ListedOn, DateOnly ExpiresOn, DateOnly? RemovedOn, string? RemovalReason, bool Listed, DateOnly EarliestRemoval);

public sealed record RemovalRequest(string Pledge, string Reason);

/// <summary>An employer's 劳动保障守法诚信等级, with the rule that gives it and the cases it rests on.</summary>
public sealed record GradeView(string CreditCode, string? Name, string Grade, string Rule, IReadOnlyList<string> Reasons, IReadOnlyList<string> Cases, DateOnly From, DateOnly To, string Source);

/// <summary>拖欠农民工工资失信联合惩戒对象名单 (人社部令第45号): the public list, early removal, and the compliance grades.</summary>
public static class BlacklistEndpoints
{
    /// <summary>Who removes a listing before its term ends (人社部令第45号).</summary>
    public static readonly Access RemoveEarly = new("only the head removes a listing early", [Role.Head]) { Scope = AccessScope.Listing };

    /// <summary>Who reads an employer's compliance grade.</summary>
    public static readonly Access ReadGrades = new("grades are kept by the brigade and read by the bureau", [Role.Inspector, Role.Head, Role.Registrar, Role.Analyst]);

    public static void MapBlacklist(this RouteGroupBuilder api)
    {
        api.MapGet("public/blacklist", async (CaseFlowDbContext db, TimeProvider time) => TypedResults.Ok(await PublicAsync(db, WorkflowContext.TodayBy(time))))
            .AllowAnonymous()
            .WithTags("blacklist")
            .WithSummary("The public list: employers listed today, with the decision, the grounds and the end of the term");

        var blacklist = api.MapGroup("blacklist").WithTags("blacklist");
        blacklist.MapGet("", async (HttpContext http, CaseFlowDbContext db, WorkflowServices services) =>
                TypedResults.Ok(await ListAsync(db, services, CurrentUser.From(http.User))))
            .Allow(Access.SignedIn)
            .WithSummary("Every listing of the organisations this user may see, removed and expired ones too");

        blacklist.MapPost("{id:long}/remove", RemoveAsync)
            .Allow(RemoveEarly)
            .AddEndpointFilter<TransactionFilter>()
            .WithSummary("Removes a listing early on application: the wages paid, the minimum months listed passed, and a credit pledge (head)");

        api.MapGet("employers/{creditCode}/grade", async (string creditCode, CaseFlowDbContext db, WorkflowServices services) =>
                Results.Ok(await GradeAsync(db, services, creditCode.ToUpperInvariant())))
            .Allow(ReadGrades)
            .WithTags("blacklist")
            .WithSummary("An employer's 劳动保障守法诚信等级 (A/B/C) from the violations recorded in the period, with the rule shown");
    }

    public static async Task<List<PublicListing>> PublicAsync(CaseFlowDbContext db, DateOnly today)
    {
        var entries = await db.BlacklistEntries.AsNoTracking().Where(e => e.ListedOn <= today && e.ExpiresOn > today && (e.RemovedOn == null || e.RemovedOn > today))
            .Join(db.Organisations, e => e.OrganisationId, o => o.Id, (e, o) => new { Entry = e, o.Name }).ToListAsync();
        return entries.OrderByDescending(x => x.Entry.ListedOn).ThenBy(x => x.Entry.Id)
            .Select(x => new PublicListing(x.Entry.Id, x.Entry.EmployerName, x.Entry.CreditCode, x.Entry.DecisionNumber, x.Entry.Grounds, x.Entry.ListedOn, x.Entry.ExpiresOn, x.Name)).ToList();
    }

    public static async Task<List<ListingView>> ListAsync(CaseFlowDbContext db, WorkflowServices services, CurrentUser user)
    {
        var visible = await user.VisibleOrganisationsAsync(db);
        var today = WorkflowContext.TodayBy(services.Time);
        var months = services.Enforcement.Blacklist.EarlyRemovalMonths;
        var entries = await db.BlacklistEntries.AsNoTracking().Where(e => visible.Contains(e.OrganisationId)).OrderByDescending(e => e.ListedOn).ThenBy(e => e.Id).ToListAsync();
        return entries.Select(e => new ListingView(e.Id, e.CaseId, e.EmployerName, e.CreditCode, e.DecisionNumber, e.Grounds, e.Unpaid, e.Workers, e.ListedOn, e.ExpiresOn,
            e.RemovedOn, e.RemovalReason, e.IsListedOn(today), e.ListedOn.AddMonths(months))).ToList();
    }

    /// <summary>Early removal: the API's endpoint and the blacklist page both call this.</summary>
    public static async Task<IResult> RemoveAsync(long id, RemovalRequest request, HttpContext http, CaseFlowDbContext db, WorkflowServices services)
    {
        var user = CurrentUser.From(http.User);
        if (RemoveEarly.Refuses(user) is { } refused) return refused;
        var entry = await db.BlacklistEntries.SingleOrDefaultAsync(e => e.Id == id);
        if (entry is null || !await user.SeesAsync(db, entry.OrganisationId)) return Problems.NotFound($"no listing {id} that this user may see");
        var today = WorkflowContext.TodayBy(services.Time);
        var rules = services.Enforcement.Blacklist;
        if (!entry.IsListedOn(today)) return Problems.Invalid("id", "该单位现不在名单中");
        var intake = new Cases.Intake();
        intake.Text("pledge", request.Pledge, 1000);
        intake.Text("reason", request.Reason, 500);
        if (entry.ListedOn.AddMonths(rules.EarlyRemovalMonths) > today)
            intake.Fail("id", $"列入满{rules.EarlyRemovalMonths}个月（{entry.ListedOn.AddMonths(rules.EarlyRemovalMonths):yyyy年M月d日}）后方可申请提前移出（{rules.EarlyRemoval.Source}）");
        var unpaid = await db.WorkerArrears.Where(a => a.CaseId == entry.CaseId).Select(a => new { a.AmountOwed, a.AmountPaid }).ToListAsync();
        if (unpaid.Any(a => a.AmountPaid < a.AmountOwed))
            intake.Fail("id", $"尚有{unpaid.Count(a => a.AmountPaid < a.AmountOwed)}名劳动者的工资未核实支付，不能提前移出");
        if (!intake.IsValid) return Problems.Invalid(intake.Errors);
        (entry.RemovedOn, entry.Pledge, entry.RemovalReason) = (today, request.Pledge.Trim(), request.Reason.Trim());
        await db.SaveChangesAsync();
        return Results.Ok(entry);
    }

    public static async Task<GradeView> GradeAsync(CaseFlowDbContext db, WorkflowServices services, string creditCode)
    {
        var rules = services.Enforcement.Grades;
        var today = WorkflowContext.TodayBy(services.Time);
        var from = today.AddMonths(-rules.PeriodMonths);
        var caseIds = db.Parties.Where(p => p.CreditCode == creditCode && p.Role == PartyRole.Respondent).Select(p => p.CaseId);
        var cases = await db.InspectionCases.AsNoTracking().Include(c => c.Arrears).Include(c => c.Parties)
            .Where(c => caseIds.Contains(c.Id)
                && (c.RectificationOrderedOn >= from || c.PenaltyDecidedOn >= from || c.TransferredToPoliceOn >= from))
            .ToListAsync();
        var name = cases.SelectMany(c => c.Parties).FirstOrDefault(p => p.CreditCode == creditCode)?.Name
            ?? await db.Parties.Where(p => p.CreditCode == creditCode).Select(p => p.Name).FirstOrDefaultAsync();
        var listed = (await db.BlacklistEntries.AsNoTracking().Where(e => e.CreditCode == creditCode).ToListAsync()).Where(e => e.IsListedOn(today)).ToList();
        var reasons = new List<string>();
        if (cases.Count >= rules.CViolations) reasons.Add($"评价期内被查处{cases.Count}次（{rules.CViolations}次以上）");
        if (cases.Any(c => c.State == InspectionState.NotRectified || c.PenaltyDecidedOn is not null || c.TransferredToPoliceOn is not null))
            reasons.Add("拒不履行责令改正指令（逾期未改正）");
        if (cases.FirstOrDefault(c => c.BlacklistIncident is not null) is { } incident) reasons.Add($"因拖欠工资引发群体性事件、极端事件（{incident.BlacklistIncident}）");
        else if (services.Enforcement.Blacklist.GroupDisputeIsIncident && cases.Any(services.GroupDisputes.Is)) reasons.Add($"因拖欠工资引发{services.GroupDisputes.Name}");
        if (listed.Count > 0) reasons.Add($"被列入失信联合惩戒名单（{listed[0].DecisionNumber}）");
        var grade = reasons.Count > 0 ? "C" : cases.Count > 0 ? "B" : "A";
        if (grade == "B") reasons.Add($"评价期内因劳动保障违法行为被查处{cases.Count}次");
        if (grade == "A") reasons.Add("评价期内未因劳动保障违法行为被查处");
        return new GradeView(creditCode, name, grade, rules.Rules.FirstOrDefault(r => r.Grade == grade)?.Text ?? "", reasons,
            cases.Select(c => c.CaseNumber ?? $"案件{c.Id}").ToList(), from, today, rules.Source);
    }
}
