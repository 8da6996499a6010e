using System.Text.Json;
using System.Text.Json.Nodes;
using CaseFlow.Domain;
using CaseFlow.Features.Cases;
using CaseFlow.Features.Shared;
using CaseFlow.Features.Shared.Forms;
using CaseFlow.Infrastructure;
using CaseFlow.Workflows;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseFlow.Features.Projects;

/// <summary>
/// The brigade's forms on a project — registering or editing it, a transfer or payment of the wage
/// account, a wage deposit, a month's payroll — generated from the API requests' declared fields and
/// taken by the API's own handlers in its transaction boundary, so that the rules are the API's.
/// </summary>
[Allow(typeof(ProjectEndpoints), nameof(ProjectEndpoints.Keep))]
public sealed class LedgerModel(CaseServices services, TimeProvider time, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : UiPage
{
    sealed record LedgerForm(Type Request, string Title, Func<LedgerModel, object, Task<IResult>> Take);

    static readonly Dictionary<string, LedgerForm> Forms = new()
    {
        ["new"] = new(typeof(ProjectRequest), "登记工程项目", (m, r) => ProjectEndpoints.RegisterAsync((ProjectRequest)r, m.HttpContext, m.Db, m.Clock)),
        ["edit"] = new(typeof(ProjectRequest), "编辑项目信息", (m, r) => ProjectEndpoints.EditAsync(m.Project!.Id, (ProjectRequest)r, m.HttpContext, m.Db, m.Clock)),
        ["account"] = new(typeof(AccountEntryRequest), "登记专用账户收支", (m, r) => WageLedgerEndpoints.RecordEntryAsync(m.Project!.Id, (AccountEntryRequest)r, m.HttpContext, m.Db, m.Clock)),
        ["deposit"] = new(typeof(DepositRequest), "登记工资保证金", (m, r) => WageLedgerEndpoints.LodgeDepositAsync(m.Project!.Id, (DepositRequest)r, m.HttpContext, m.Db, m.Clock)),
        ["payroll"] = new(typeof(PayrollRequest), "登记工资支付表", (m, r) => WageLedgerEndpoints.RecordPayrollAsync(m.Project!.Id, (PayrollRequest)r, m.HttpContext, m.Db, m.Clock)),
    };

    Data.CaseFlowDbContext Db => services.Db;
    TimeProvider Clock => time;

    public string Name { get; private set; } = "";
    public string Title { get; private set; } = "";
    public ConstructionProject? Project { get; private set; }
    public GeneratedForm Form { get; private set; } = null!;
    public int? Version { get; private set; }

    public IReadOnlyList<ErrorLink> ErrorLinks =>
        Form.FormErrors.Select(e => new ErrorLink("", e))
            .Concat(Form.Errors.Select(e => new ErrorLink(e.Key, $"{(Form.LabelOf(e.Key) is { Length: > 0 } label ? label + "：" : "")}{e.Value}")))
            .ToList();

    public async Task<IActionResult> OnGetAsync([FromRoute] string ledger, [FromRoute] long? id)
    {
        if (await LoadAsync(ledger, id) is { } refused) return refused;
        var today = WorkflowContext.TodayBy(time);
        if (Project is { } project && Name == "edit")
        {
            Version = project.Version;
            Fill(JsonSerializer.SerializeToNode(project, json.Value.SerializerOptions)!.AsObject(), "");
        }
        foreach (var p in Form.Parameters.Where(p => p.Type == "date" && p.Required)) Form.Set(p.Name, today.ToString("yyyy-MM-dd"));
        if (Name == "payroll")
        {
            var month = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
            Form.Set("month", month.ToString("yyyy-MM-dd"));
            Form.Set("paidByGeneralContractor", "true");
        }
        if (Name == "new") Form.Set("status", nameof(ProjectStatus.UnderConstruction));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] string ledger, [FromRoute] long? id)
    {
        if (await LoadAsync(ledger, id) is { } refused) return refused;
        Form.Load(Request.Form);
        Version = int.TryParse(Request.Form["version"], out var version) ? version : null;
        if (GeneratedForm.IsAddRow(Request.Form)) return Page();
        var body = Form.Bind(("version", Version is { } v ? JsonValue.Create(v) : null));
        if (body is null || Form.Read(body, Forms[Name].Request, json.Value.SerializerOptions) is not { } request) return Page();

        var answer = ApiAnswer.Of(await Transaction.RunAsync(HttpContext, () => Forms[Name].Take(this, request)));
        if (answer.Succeeded)
        {
            var projectId = Project?.Id ?? (answer.Value as ProjectView)?.Project.Id;
            return Redirect($"/projects/{projectId}?done={Name}");
        }
        if (answer.Status == StatusCodes.Status404NotFound) return NotFound();
        if (answer.Problem?.Extensions.ContainsKey("currentVersion") == true)
            Form.FormErrors.Add("提交前其他人已修改了本项目，您填写的内容已保留。请打开项目页核对后重新编辑。");
        foreach (var (field, rules) in answer.Errors) Form.Errors[field] = string.Join("；", rules);
        if (answer.Errors.Count == 0 && Form.FormErrors.Count == 0) Form.FormErrors.Add(answer.Problem?.Detail ?? "保存失败，未保存任何内容");
        return Page();
    }

    async Task<IActionResult?> LoadAsync(string form, long? id)
    {
        if (!Forms.TryGetValue(form, out var definition) || (form == "new") != (id is null)) return NotFound();
        if (await ProjectEndpoints.MayEditAsync(CurrentUser, services.Db) is not null) return Forbid();
        (Name, Title) = (form, definition.Title);
        if (id is { } projectId)
        {
            Project = await ProjectEndpoints.Find(services.Db, CurrentUser, projectId);
            if (Project is null) return NotFound();
        }
        var picks = new Dictionary<PickSource, IReadOnlyList<ValueInfo>>(await Picks.ForAsync(services.Db, null, CurrentUser.OrganisationId));
        if (Project is not null) picks[PickSource.ProjectWorkers] = await RecentWorkersAsync(Project.Id);
        Form = new GeneratedForm(ActionParameters.Describe(definition.Request).Where(p => p.Name != "version").ToList(), picks);
        return null;
    }

    /// <summary>The workers a payroll is for: on the roster and on site at some time in the last two months.</summary>
    async Task<IReadOnlyList<ValueInfo>> RecentWorkersAsync(long projectId)
    {
        var since = WorkflowContext.TodayBy(time).AddMonths(-2);
        var workers = await services.Db.ProjectWorkers.AsNoTracking().Where(w => w.ProjectId == projectId && (w.LeftOn == null || w.LeftOn >= since))
            .OrderBy(w => w.Crew).ThenBy(w => w.Id).ToListAsync();
        return workers.Select(w => new ValueInfo(w.Id.ToString(), $"{w.Name}（{w.Crew ?? w.Trade ?? "—"}）")).ToList();
    }

    /// <summary>Puts a stored value into the form under its field's path: objects field by field, lists row by row.</summary>
    void Fill(JsonObject node, string prefix)
    {
        foreach (var (name, value) in node)
        {
            var path = prefix + name;
            switch (value)
            {
                case JsonObject inner: Fill(inner, path + "."); break;
                case JsonArray list:
                    for (var i = 0; i < list.Count; i++)
                        if (list[i] is JsonObject row) Fill(row, $"{path}[{i}].");
                    Form.SetRows(path, Math.Max(1, list.Count));
                    break;
                case JsonValue scalar when scalar.GetValueKind() is JsonValueKind.True or JsonValueKind.False:
                    Form.Set(path, scalar.GetValue<bool>() ? "true" : null);
                    break;
                case JsonValue scalar: Form.Set(path, scalar.GetValueKind() == JsonValueKind.String ? scalar.GetValue<string>() : scalar.ToJsonString()); break;
            }
        }
    }
}
