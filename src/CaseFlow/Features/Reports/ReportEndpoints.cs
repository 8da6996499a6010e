using System.Text;
using CaseFlow.Data;
using CaseFlow.Domain;
using CaseFlow.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using CaseFlow.Features.Documents;

namespace CaseFlow.Features.Reports;

/// <summary>The period and scope of a report, as the query string gives them.</summary>
public sealed record PlanReportQuery(int Year, int? Quarter, int? Month, bool Ytd = false, int? OrganisationId = null, string Format = "json")
{
    public (Period? Period, IResult? Problem) Resolve(DateOnly today)
    {
        if (Year is < 2000 or > 2100) return (null, Problems.Invalid("year", "must be from 2000 to 2100"));
        if ((Quarter is not null ? 1 : 0) + (Month is not null ? 1 : 0) + (Ytd ? 1 : 0) > 1)
            return (null, Problems.Invalid("quarter", "give at most one of quarter, month and ytd"));
        if (Quarter is < 1 or > 4) return (null, Problems.Invalid("quarter", "must be from 1 to 4"));
        if (Month is < 1 or > 12) return (null, Problems.Invalid("month", "must be from 1 to 12"));
        if (Format is not ("json" or "csv" or "xlsx" or "pdf")) return (null, Problems.Invalid("format", "must be json, csv, xlsx or pdf"));
        var period = Quarter is { } q ? new Period(new DateOnly(Year, q * 3 - 2, 1), new DateOnly(Year, q * 3, 1).AddMonths(1).AddDays(-1), $"{Year} Q{q}")
            : Month is { } m ? new Period(new DateOnly(Year, m, 1), new DateOnly(Year, m, 1).AddMonths(1).AddDays(-1), $"{Year}-{m:00}")
            : Ytd ? new Period(new DateOnly(Year, 1, 1), Year == today.Year ? today : new DateOnly(Year, 12, 31), $"{Year} year to date")
            : new Period(new DateOnly(Year, 1, 1), new DateOnly(Year, 12, 31), $"{Year}");
        if (period.From > today) return (null, Problems.Invalid("year", $"the period {period.Label} has not begun"));
        return (period, null);
    }
}

public static class ReportEndpoints
{
    /// <summary>
    /// The report a user asked for, scoped as they may see it: the bureau reports on the whole city and
    /// any organisation, everyone else on their own. The API's endpoint and the web UI's page both ask here.
    /// </summary>
    public static async Task<(PlanReport? Report, string Name, IResult? Problem)> BuildForAsync(CurrentUser user, ReportingDbContext db, PlanReportQuery query, TimeProvider time,
        Inspection.GroupDisputeRules groups, ReplicaFreshness freshness, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().ToOffset(Workflows.WorkflowContext.ChinaOffset).DateTime);
        var (period, problem) = query.Resolve(today);
        if (problem is not null) return (null, "", problem);

        var own = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == user.OrganisationId);
        var organisation = query.OrganisationId ?? (own.Kind == OrganisationKind.Bureau ? null : own.Id);
        if (own.Kind != OrganisationKind.Bureau && organisation != own.Id)
            return (null, "", Problems.Forbidden("only the bureau's users report on the whole city or on other organisations"));
        if (organisation is { } id && !await db.Organisations.AnyAsync(o => o.Id == id))
            return (null, "", Problems.Invalid("organisationId", "is not an organisation"));

        var replica = await freshness.AwaitAsync(cancellationToken);
        var report = await PlanReport.BuildAsync(db, period!, organisation, today, groups) with { Replica = replica };
        return (report, $"plan-indicators-{period!.Label.Replace(' ', '-')}{(organisation is { } o ? $"-org{o}" : "")}", null);
    }

    public static void MapReports(this RouteGroupBuilder api) =>
        api.MapGet("reports/plan-indicators", async Task<IResult> (HttpContext http, ReportingDbContext db, TimeProvider time, Seeds seeds, IPdfRenderer renderer, Inspection.GroupDisputeRules groups,
                ReplicaFreshness freshness, [AsParameters] PlanReportQuery query) =>
            {
                var (report, name, problem) = await BuildForAsync(CurrentUser.From(http.User), db, query, time, groups, freshness, http.RequestAborted);
                if (problem is not null) return problem;
                return query.Format switch
                {
                    "csv" => TypedResults.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ReportExport.Csv(report!))).ToArray(), "text/csv; charset=utf-8", $"{name}.csv"),
                    "xlsx" => TypedResults.File(ReportExport.Xlsx(report!), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{name}.xlsx"),
                    "pdf" => TypedResults.File(await ReportDocument.PrintAsync(report!, DocumentTemplates.Folder(seeds), DocumentTemplates.Css(seeds), renderer, http.RequestAborted),
                        "application/pdf", $"{name}.pdf"),
                    _ => TypedResults.Ok(report!),
                };
            })
            .Allow(Access.SignedIn)
            .WithTags("reports")
            .WithSummary("The plan's indicators for a year, quarter, month or year to date, city-wide or for one organisation, with components, targets, breakdowns and a projection; format=json, csv, xlsx or pdf");
}
