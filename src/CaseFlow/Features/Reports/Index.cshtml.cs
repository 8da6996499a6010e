using CaseFlow.Infrastructure;
using System.Text.Json;
using CaseFlow.Data;
using CaseFlow.Domain;
using CaseFlow.Features.Shared;
using CaseFlow.Workflows;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseFlow.Features.Reports;

/// <summary>
/// 计划指标: the three rates of a year, quarter or month against the plan's targets. The tables and the
/// charts are drawn from the very report <c>GET /api/reports/plan-indicators</c> serves, embedded as JSON.
/// </summary>
[Allow(typeof(Access), nameof(Access.SignedIn))]
public sealed class IndexModel(ReportingDbContext db, TimeProvider time, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, Inspection.GroupDisputeRules groups, ReplicaFreshness freshness) : UiPage
{
    public PlanReport? Report { get; private set; }
    public string ReportJson { get; private set; } = "null";
    public string? Problem { get; private set; }
    public PlanReportQuery Query { get; private set; } = null!;
    public string Period { get; private set; } = "year";
    public IReadOnlyList<ValueInfo> Organisations { get; private set; } = [];
    public int ThisYear { get; private set; }

    public async Task OnGetAsync([FromQuery] int? year, [FromQuery] string? period, [FromQuery] int? quarter, [FromQuery] int? month, [FromQuery] int? organisationId)
    {
        ThisYear = DateOnly.FromDateTime(time.GetUtcNow().ToOffset(WorkflowContext.ChinaOffset).DateTime).Year;
        Period = period is "quarter" or "month" or "ytd" ? period : "year";
        Query = new PlanReportQuery(year ?? ThisYear, Period == "quarter" ? quarter ?? 1 : null, Period == "month" ? month ?? 1 : null, Period == "ytd", organisationId);
        var own = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == CurrentUser.OrganisationId);
        Organisations = own.Kind == OrganisationKind.Bureau
            ? await db.Organisations.AsNoTracking().Where(o => o.Kind != OrganisationKind.Bureau).OrderBy(o => o.Id).Select(o => new ValueInfo(o.Id.ToString(), o.Name)).ToListAsync()
            : [new ValueInfo(own.Id.ToString(), own.Name)];
        var (report, _, problem) = await ReportEndpoints.BuildForAsync(CurrentUser, db, Query, time, groups, freshness, HttpContext.RequestAborted);
        if (problem is not null)
        {
            var answer = ApiAnswer.Of(problem);
            Problem = answer.Problem?.Detail ?? "无法生成报表";
            if (!answer.Succeeded) Response.StatusCode = answer.Status;
            return;
        }
        Report = report;
        // The same JSON as the API's; '<' escaped so that the data cannot close its script element.
        ReportJson = JsonSerializer.Serialize(report, json.Value.SerializerOptions).Replace("<", "\\u003c");
    }

    /// <summary>The API's download of this same report in another format.</summary>
    public string Download(string format) =>
        $"/api/reports/plan-indicators?year={Query.Year}{(Query.Quarter is { } q ? $"&quarter={q}" : "")}{(Query.Month is { } m ? $"&month={m}" : "")}" +
        $"{(Query.Ytd ? "&ytd=true" : "")}{(Query.OrganisationId is { } o ? $"&organisationId={o}" : "")}&format={format}";

    public static string MeasureLabel(Measure measure) => measure switch
    {
        Measure.MediationSuccessRate => "劳动人事争议调解成功率",
        Measure.ArbitrationClosureRate => "劳动人事争议仲裁结案率",
        _ => "劳动保障监察举报投诉案件结案率",
    };
}
