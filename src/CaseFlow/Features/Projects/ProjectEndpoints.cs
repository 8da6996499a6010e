using CaseFlow.Data;
using CaseFlow.Domain;
using CaseFlow.Features.Cases;
using CaseFlow.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Features.Projects;

public sealed record OpenProjectRequest
{
    public required string Name { get; init; }
    public string? Location { get; init; }
    public required string DeveloperName { get; init; }
    public string? DeveloperCreditCode { get; init; }
    public required string GeneralContractorName { get; init; }
    public required string GeneralContractorCreditCode { get; init; }
    public string? Subcontractors { get; init; }
    public string? WageAccount { get; init; }
    public decimal? WageDeposit { get; init; }
    public int? RosterSize { get; init; }
}

/// <summary>A project with the arrears of its inspection cases added up.</summary>
public sealed record ProjectView(ConstructionProject Project, int Cases, int OpenCases, int Workers, decimal ArrearsOwed, decimal ArrearsPaid)
{
    public decimal Outstanding => ArrearsOwed - ArrearsPaid;
}

/// <summary>Construction projects (工程项目) and their arrears, project by project.</summary>
public static class ProjectEndpoints
{
    static readonly Role[] Editors = [Role.Inspector, Role.Head, Role.Registrar];

    public static void MapProjects(this RouteGroupBuilder api)
    {
        var projects = api.MapGroup("projects").WithTags("projects");

        projects.MapGet("", async (HttpContext http, ReportingDbContext db) =>
                TypedResults.Ok(await Views(db, await CurrentUser.From(http.User).VisibleOrganisationsAsync(db), null)))
            .WithSummary("The brigade's construction projects with their arrears: owed, verified paid, outstanding");

        projects.MapGet("{id:long}", async (long id, HttpContext http, CaseFlowDbContext db) =>
                (await Views(db, await CurrentUser.From(http.User).VisibleOrganisationsAsync(db), id)).SingleOrDefault() is { } view
                    ? Results.Ok(view)
                    : Problems.NotFound($"no project {id} that this user may see"))
            .WithSummary("One project with its arrears");

        projects.MapPost("", async Task<IResult> (OpenProjectRequest request, HttpContext http, CaseFlowDbContext db, TimeProvider time) =>
            {
                var user = CurrentUser.From(http.User);
                if (!Editors.Contains(user.Role)) return Problems.Forbidden("only the brigade's inspectors, head and registrar register projects");
                if ((await db.Organisations.FindAsync(user.OrganisationId))?.Kind != OrganisationKind.InspectionBrigade)
                    return Problems.Forbidden("projects are registered by the inspection brigade");
                var intake = new Intake();
                intake.Text("name", request.Name, 200);
                intake.Text("developerName", request.DeveloperName, 200);
                intake.Text("generalContractorName", request.GeneralContractorName, 200);
                if (UnifiedSocialCreditCode.Problem(request.GeneralContractorCreditCode) is { } contractor) intake.Fail("generalContractorCreditCode", contractor);
                if (request.DeveloperCreditCode is not null && UnifiedSocialCreditCode.Problem(request.DeveloperCreditCode) is { } developer)
                    intake.Fail("developerCreditCode", developer);
                if (request.WageDeposit < 0) intake.Fail("wageDeposit", "不能为负数");
                if (request.RosterSize < 0) intake.Fail("rosterSize", "不能为负数");
                if (!intake.IsValid) return Problems.Invalid(intake.Errors);
                var project = new ConstructionProject
                {
                    OrganisationId = user.OrganisationId,
                    Name = request.Name,
                    Location = request.Location,
                    DeveloperName = request.DeveloperName,
                    DeveloperCreditCode = request.DeveloperCreditCode?.ToUpperInvariant(),
                    GeneralContractorName = request.GeneralContractorName,
                    GeneralContractorCreditCode = request.GeneralContractorCreditCode.ToUpperInvariant(),
                    Subcontractors = request.Subcontractors,
                    WageAccount = request.WageAccount,
                    WageDeposit = request.WageDeposit,
                    RosterSize = request.RosterSize,
                    CreatedAt = time.GetUtcNow(),
                };
                db.ConstructionProjects.Add(project);
                await db.SaveChangesAsync();
                return TypedResults.Created($"/api/projects/{project.Id}", new ProjectView(project, 0, 0, 0, 0, 0));
            })
            .AddEndpointFilter<TransactionFilter>()
            .WithSummary("Registers a construction project (brigade)");
    }

    static async Task<List<ProjectView>> Views(CaseFlowDbContext db, List<int> visible, long? id)
    {
        var projects = await db.ConstructionProjects.AsNoTracking()
            .Where(p => visible.Contains(p.OrganisationId) && (id == null || p.Id == id))
            .OrderBy(p => p.Name).ToListAsync();
        var ids = projects.Select(p => p.Id).ToList();
        var cases = await db.InspectionCases.AsNoTracking()
            .Where(c => c.ProjectId != null && ids.Contains(c.ProjectId.Value))
            .Select(c => new { ProjectId = c.ProjectId!.Value, Open = c.ClosedOn == null })
            .ToListAsync();
        var arrears = await db.WorkerArrears.AsNoTracking()
            .Join(db.InspectionCases.Where(c => c.ProjectId != null && ids.Contains(c.ProjectId.Value)), a => a.CaseId, c => c.Id,
                (a, c) => new { ProjectId = c.ProjectId!.Value, a.PartyId, a.AmountOwed, a.AmountPaid })
            .ToListAsync();
        return projects.Select(p => new ProjectView(
            p,
            cases.Count(c => c.ProjectId == p.Id),
            cases.Count(c => c.ProjectId == p.Id && c.Open),
            arrears.Count(a => a.ProjectId == p.Id),
            arrears.Where(a => a.ProjectId == p.Id).Sum(a => a.AmountOwed),
            arrears.Where(a => a.ProjectId == p.Id).Sum(a => a.AmountPaid))).ToList();
    }
}
