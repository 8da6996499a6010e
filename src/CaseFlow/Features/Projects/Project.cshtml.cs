using CaseFlow.Data;
using CaseFlow.Domain;
using CaseFlow.Features.Cases;
using CaseFlow.Features.Shared;
using CaseFlow.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Features.Projects;

/// <summary>Reading a project's towns by the code of their mediation committee.</summary>
public static class ProjectPage
{
    public static async Task<IReadOnlyDictionary<string, string>> TownsAsync(CaseFlowDbContext db) =>
        (await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.MediationCommittee).ToListAsync())
        .ToDictionary(o => o.Code, o => Organisation.PlaceOf(o.Name));
}

/// <summary>
/// 工程项目页: the project's record, its participants, its real-name roster with the import, its wage
/// account, deposits and payrolls, and its arrears, which the inspector turns into a case.
/// </summary>
[Allow(typeof(ProjectEndpoints), nameof(ProjectEndpoints.Read))]
public sealed class ProjectModel(CaseServices services, TimeProvider time) : UiPage
{
    /// <summary>The roster rows shown on the page; the whole roster is in the export.</summary>
    public const int RosterShown = 100;

    public ProjectView View { get; private set; } = null!;
    public string? Town { get; private set; }
    public IReadOnlyList<ProjectWorker> Roster { get; private set; } = [];
    public AccountView Account { get; private set; } = null!;
    public IReadOnlyList<WageDeposit> Deposits { get; private set; } = [];
    public IReadOnlyList<Payroll> Payrolls { get; private set; } = [];
    public ProjectArrearsView Arrears { get; private set; } = null!;
    public IReadOnlyList<WarningView> Warnings { get; private set; } = [];
    public Inspection.GradeView? Grade { get; private set; }
    public Inspection.GroupDisputeRules GroupDisputes => services.Services.GroupDisputes;
    public bool MayOpenCases => Inspection.OpenInspection.Opens.Admits(CurrentUser);
    public List<ErrorLink> Errors { get; } = [];
    public string? Notice { get; private set; }
    public bool MayEdit => ProjectEndpoints.Keep.Admits(CurrentUser);
    public bool FullIds => CurrentUser.SeesWorkersInFull();

    public async Task<IActionResult> OnGetAsync(long id, string? done)
    {
        Notice = done switch
        {
            "new" => "工程项目已登记。", "edit" => "项目信息已保存，修改记入项目历史。", "account" => "专用账户收支已登记。",
            "deposit" => "工资保证金已登记。", "payroll" => "工资支付表已登记。", _ => null,
        };
        return await LoadAsync(id) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostRosterAsync(long id, IFormFile? file)
    {
        var project = await ProjectEndpoints.Find(services.Db, CurrentUser, id);
        if (project is null) return NotFound();
        if (file is null || file.Length == 0) Errors.Add(new ErrorLink("file", "请选择花名册文件（CSV 或 XLSX）"));
        else
        {
            RosterFile? roster = null;
            try
            {
                await using var stream = file.OpenReadStream();
                roster = Path.GetExtension(file.FileName).ToLowerInvariant() == ".xlsx" ? RosterImport.ReadXlsx(stream) : RosterImport.ReadCsv(stream);
            }
            catch (Exception e) when (e is InvalidDataException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or FormatException)
            {
                Errors.Add(new ErrorLink("file", $"文件无法读取：{e.Message}"));
            }
            if (roster is not null)
            {
                // In the API's transaction boundary, so that a retried request starts again from the file.
                var answer = ApiAnswer.Of(await Transaction.RunAsync(HttpContext, async () =>
                    await ProjectEndpoints.Find(services.Db, CurrentUser, id) is { } tracked
                        ? await ProjectEndpoints.ImportAsync(services.Db, tracked, roster, CurrentUser, time)
                        : Problems.NotFound($"no project {id} that this user may see")));
                if (answer.Succeeded && answer.Value is RosterImportResult result)
                    Notice = $"已导入{result.Rows}行：新增{result.Added}人，更新{result.Updated}人，花名册共{result.OnRoster}人。";
                else Errors.AddRange(answer.Errors.Select(e => new ErrorLink("file", $"{RowLabel(e.Key)}{e.Value[0]}")));
            }
        }
        services.Db.ChangeTracker.Clear();
        return await LoadAsync(id) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostArrearsCaseAsync(long id)
    {
        var answer = ApiAnswer.Of(await Transaction.RunAsync(HttpContext, () => WageLedgerEndpoints.OpenArrearsCaseAsync(id, HttpContext, services, time)));
        if (answer.Succeeded && answer.Value is CaseView created) return Redirect($"/cases/inspection/{created.Id}");
        Errors.AddRange(answer.Errors.Select(e => new ErrorLink("arrears", e.Value[0])));
        if (answer.Problem?.Detail is { } detail && answer.Errors.Count == 0) Errors.Add(new ErrorLink("arrears", detail));
        services.Db.ChangeTracker.Clear();
        return await LoadAsync(id) ? Page() : NotFound();
    }

    /// <summary>"rows[12].公民身份号码" → "第12行 公民身份号码：".</summary>
    static string RowLabel(string key)
    {
        var match = System.Text.RegularExpressions.Regex.Match(key, @"^rows\[(\d+)\]\.(.+)$");
        return match.Success ? $"第{match.Groups[1].Value}行 {match.Groups[2].Value}：" : "";
    }

    async Task<bool> LoadAsync(long id)
    {
        var db = services.Db;
        var views = await ProjectEndpoints.Views(db, services.Services.GroupDisputes, await CurrentUser.VisibleOrganisationsAsync(db), id);
        if (views.Count == 0) return false;
        View = views[0];
        Town = View.Project.Town is { } t ? (await ProjectPage.TownsAsync(db)).GetValueOrDefault(t, t) : null;
        Roster = await db.ProjectWorkers.AsNoTracking().Where(w => w.ProjectId == id).OrderBy(w => w.Crew).ThenBy(w => w.Id).Take(RosterShown).ToListAsync();
        Account = await WageLedgerEndpoints.AccountAsync(db, id);
        Deposits = await db.WageDeposits.AsNoTracking().Where(d => d.ProjectId == id).OrderBy(d => d.Id).ToListAsync();
        Payrolls = await db.Payrolls.AsNoTracking().Include(p => p.Lines).Where(p => p.ProjectId == id).OrderByDescending(p => p.Month).ToListAsync();
        Arrears = await WageLedgerEndpoints.Arrears(db, id, FullIds);
        var warnings = await WarningEndpoints.ForProjectAsync(db, services.Services.Warnings, id);
        var lastMonth = WorkflowContextToday().AddMonths(-1);
        Grade = View.Project.GeneralContractorCreditCode is { } code ? await Inspection.BlacklistEndpoints.GradeAsync(db, services.Services, code) : null;
        Warnings = warnings.Where(w => w.ResolvedOn is null || w.ResolvedOn >= lastMonth).ToList();
        return true;
    }

    DateOnly WorkflowContextToday() => Workflows.WorkflowContext.TodayBy(time);

    public string Id(string number) => PersonalData.IdNumber(number, FullIds)!;
}
