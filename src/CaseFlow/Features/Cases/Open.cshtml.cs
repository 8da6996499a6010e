using CaseFlow.Domain;
using CaseFlow.Features.Shared;
using CaseFlow.Features.Shared.Forms;
using CaseFlow.Infrastructure;
using CaseFlow.Workflows;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CaseFlow.Features.Cases;

/// <summary>
/// 登记: the intake form of each kind, generated from the intake request the API takes and opened by
/// the same handler, with an idempotency key per form so that a double click makes one case.
/// </summary>
[Allow(typeof(CaseKinds), nameof(CaseKinds.OpensAny))]
public sealed class OpenModel(CaseServices services, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : UiPage
{
    public CaseKindInfo Kind { get; private set; } = null!;
    public GeneratedForm Form { get; private set; } = null!;
    public string IdempotencyKey { get; private set; } = "";

    public IReadOnlyList<ParameterInfo> Shown => Form.Parameters.Where(p => p.Required).ToList();
    public IReadOnlyList<ParameterInfo> Folded => Form.Parameters.Where(p => !p.Required).ToList();

    public async Task<IActionResult> OnGetAsync([FromRoute] string kind)
    {
        if (await LoadAsync(kind) is { } missing) return missing;
        IdempotencyKey = Guid.NewGuid().ToString("N");
        // A worker applies against an employer: the usual first two rows.
        Form.Set("receivedOn", services.Today.ToString("yyyy-MM-dd"));
        Form.Set("parties[0].role", nameof(PartyRole.Applicant));
        Form.Set("parties[0].kind", nameof(PartyKind.Worker));
        Form.Set("parties[1].role", nameof(PartyRole.Respondent));
        Form.Set("parties[1].kind", nameof(PartyKind.Employer));
        Form.SetRows("parties", 2);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] string kind)
    {
        if (await LoadAsync(kind) is { } missing) return missing;
        Form.Load(Request.Form);
        IdempotencyKey = Request.Form["idempotencyKey"].ToString();
        if (GeneratedForm.IsAddRow(Request.Form)) return Page();

        var body = Form.Bind();
        if (body is null || Form.Read(body, Kind.IntakeType, json.Value.SerializerOptions) is not ActionRequest request) return Page();
        var result = await new IdempotencyFilter(Kind).RunAsync(HttpContext, IdempotencyKey, request,
            async () => await Transaction.RunAsync(HttpContext, () => Kind.Open(request, HttpContext, services)));
        var answer = ApiAnswer.Of((Microsoft.AspNetCore.Http.IResult)result!);
        if (answer is { Succeeded: true, Value: CaseView created }) return Redirect($"/cases/{Kind.Page}/{created.Id}?done=open");
        foreach (var (field, rules) in answer.Errors) Form.Errors[field] = string.Join("；", rules);
        if (answer.Errors.Count == 0) Form.FormErrors.Add(answer.Problem?.Detail ?? "登记失败，未保存任何内容");
        return Page();
    }

    async Task<IActionResult?> LoadAsync(string kind)
    {
        if (CaseKinds.FromPage(kind) is not { } info) return NotFound();
        if (!info.Opens.Admits(CurrentUser)) return Forbid();
        Kind = info;
        Form = new GeneratedForm(ActionParameters.Describe(info.IntakeType), await Picks.ForAsync(services.Db, null, CurrentUser.OrganisationId));
        return null;
    }

    public IReadOnlyList<ErrorLink> ErrorLinks =>
        Form.FormErrors.Select(e => new ErrorLink("", e))
            .Concat(Form.Errors.Select(e => new ErrorLink(e.Key, Form.LabelOf(e.Key) is { Length: > 0 } label ? $"{label}：{e.Value}" : e.Value)))
            .ToList();
}
