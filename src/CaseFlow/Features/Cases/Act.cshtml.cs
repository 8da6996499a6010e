using System.Text.Json;
using System.Text.Json.Nodes;
using CaseFlow.Domain;
using CaseFlow.Features.Shared;
using CaseFlow.Features.Shared.Forms;
using CaseFlow.Infrastructure;
using CaseFlow.Workflows;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseFlow.Features.Cases;

/// <summary>
/// 办理: the form of one action, generated from its declared parameters, taken through the same
/// handler as <c>POST /api/{kind}/{id}/actions/{action}</c>.
/// </summary>
[Allow(typeof(Access), nameof(Access.OnCaseOfRoute))]
public sealed class ActModel(CaseServices services, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : UiPage
{
    public CaseKindInfo Kind { get; private set; } = null!;
    public Case Case { get; private set; } = null!;
    public WorkflowAction? Action { get; private set; }
    public GeneratedForm Form { get; private set; } = null!;
    public int Version { get; private set; }
    public string? Reason { get; private set; }
    public string? NotOpen { get; private set; }

    /// <summary>When someone else changed the case first: what they did since this form was read.</summary>
    public IReadOnlyList<CaseEvent> ChangedSince { get; private set; } = [];

    /// <summary>
    /// The fields shown at once: the required ones and the choices from the case (tribunal members, a
    /// worker); the rest fold under 更多, so that a phone shows the usual form in at most five fields.
    /// </summary>
    public IReadOnlyList<ParameterInfo> Shown => Form.Parameters.Where(p => p.Required || p.Pick is not null).ToList();
    public IReadOnlyList<ParameterInfo> Folded => Form.Parameters.Except(Shown).ToList();

    public async Task<IActionResult> OnGetAsync([FromRoute] string kind, [FromRoute] long id, [FromRoute] string? action)
    {
        // The case page's 下一步 choice arrives as ?step=…
        if (action is null)
            return Request.Query["step"].ToString() is { Length: > 0 } chosen ? Redirect($"/cases/{kind}/{id}/act/{Uri.EscapeDataString(chosen)}") : NotFound();
        if (await LoadAsync(kind, id, action) is { } missing) return missing;
        Version = Case.Version;
        if (Action is null) return Page();
        var today = services.Today;
        var now = services.Services.Time.GetUtcNow().ToOffset(WorkflowContext.ChinaOffset);
        // Sensible defaults: today for dates, this hour for times of something just done, and what the
        // request itself declares (a hearing's parties attended unless the arbitrator says otherwise).
        var declared = Activator.CreateInstance(Action.ParameterType);
        foreach (var p in Form.Parameters)
        {
            if (p.Type == "date") Form.Set(p.Name, today.ToString("yyyy-MM-dd"));
            if (p.Type == "date-time") Form.Set(p.Name, now.ToString("yyyy-MM-ddTHH:00"));
            if (p.Type == "boolean" && Action.ParameterType.GetProperty(p.Name, System.Reflection.BindingFlags.IgnoreCase | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance)?.GetValue(declared) is true)
                Form.Set(p.Name, "true");
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] string kind, [FromRoute] long id, [FromRoute] string? action)
    {
        if (action is null) return NotFound();
        if (await LoadAsync(kind, id, action) is { } missing) return missing;
        Form.Load(Request.Form);
        Version = int.TryParse(Request.Form["version"], out var version) ? version : Case.Version;
        Reason = Request.Form["reason"];
        if (Action is null || GeneratedForm.IsAddRow(Request.Form)) return Page();

        var body = Form.Bind(("version", JsonValue.Create(Version)), ("reason", string.IsNullOrWhiteSpace(Reason) ? null : JsonValue.Create(Reason)));
        if (body is null || Form.Read(body, Action.ParameterType, json.Value.SerializerOptions) is not ActionRequest request) return Page();

        var answer = ApiAnswer.Of(await Transaction.RunAsync(HttpContext, () => CaseEndpoints.Take(Kind, id, action, request, HttpContext, services)));
        if (answer.Succeeded) return Redirect($"/cases/{Kind.Page}/{id}?done={Uri.EscapeDataString(action)}");
        if (answer.Status == StatusCodes.Status404NotFound) return NotFound();
        if (answer.Extension<int?>("currentVersion") is { } current || answer.Problem?.Extensions.ContainsKey("currentVersion") == true)
        {
            ChangedSince = await services.Db.CaseEvents.AsNoTracking().Where(e => e.CaseId == id && e.Sequence > Version).OrderBy(e => e.Sequence).ToListAsync();
            Form.FormErrors.Add("提交前其他人已修改了本案，您填写的内容已保留。请核对下列变化后再次提交。");
            Version = ChangedSince.Count > 0 ? ChangedSince[^1].Sequence : Version;
            return Page();
        }
        foreach (var (field, rules) in answer.Errors) Form.Errors[field] = string.Join("；", rules);
        if (answer.Errors.Count == 0) Form.FormErrors.Add(Explain(answer));
        return Page();
    }

    /// <summary>A refusal that names no field, in words a clerk reads.</summary>
    static string Explain(ApiAnswer answer) => answer.Status switch
    {
        StatusCodes.Status403Forbidden => $"您不能办理此事项：{answer.Problem?.Detail}",
        StatusCodes.Status409Conflict when answer.Problem?.Extensions.ContainsKey("unmetConditions") == true => $"条件未满足：{answer.Problem.Detail}",
        StatusCodes.Status409Conflict => $"案件当前的状态不能办理此事项（{answer.Problem?.Detail}）",
        _ => answer.Problem?.Detail ?? "办理失败，未保存任何内容",
    };

    async Task<IActionResult?> LoadAsync(string kind, long id, string action)
    {
        if (CaseKinds.FromPage(kind) is not { } info) return NotFound();
        Kind = info;
        var found = await CaseEndpoints.FindVisible(info, id, services.Db, CurrentUser, tracking: false);
        if (found is null) return NotFound();
        Case = found;
        var workflow = services.Context(CurrentUser.Actor).WorkflowFor(found);
        Action = workflow.PermittedActions().FirstOrDefault(a => a.Name == action);
        if (Action is null)
            NotOpen = workflow.Actions.Any(a => a.Name == action && !a.IsAutomatic)
                ? $"案件现为“{info.StateLabel(found.StateName)}”，您现在不能办理此事项。"
                : "没有这项办理事项。";
        Form = new GeneratedForm(Action?.Parameters ?? [], await Picks.ForAsync(services.Db, found, found.OrganisationId, services.Services.Enforcement));
        return null;
    }

    /// <summary>The reason every action may carry; required where the action says so.</summary>
    public Field ReasonField => new(Form, ActionParameters.Reason with { Required = Action?.RequiresReason ?? false }, "reason");

    public IReadOnlyList<ErrorLink> ErrorLinks =>
        Form.FormErrors.Select(e => new ErrorLink("", e))
            .Concat(Form.Errors.Select(e => new ErrorLink(e.Key, $"{Label(e.Key)}{e.Value}")))
            .ToList();

    string Label(string path) => path == "reason" ? "理由：" : Form.LabelOf(path) is { Length: > 0 } label ? label + "：" : "";
}
