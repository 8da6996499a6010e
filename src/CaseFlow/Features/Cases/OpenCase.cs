using CaseFlow.Domain;
using CaseFlow.Infrastructure;
using CaseFlow.Workflows;
using Microsoft.AspNetCore.Http;

namespace CaseFlow.Features.Cases;

/// <summary>The steps every intake shares: who may open the case, validation, the first event, 201.</summary>
public static class OpenCase
{
    public static async Task<IResult> Handle(
        CaseKindInfo kind,
        HttpContext http,
        CaseServices services,
        Access opens,
        Func<Intake, WorkflowContext, Task<Case?>> build,
        ActionRequest? request = null)
    {
        var user = CurrentUser.From(http.User);
        var organisation = await services.Db.OrganisationAsync(user.OrganisationId);
        if (organisation is null || !opens.Admits(user.Role, organisation.Kind)) return Problems.Forbidden(opens.Rule);

        var intake = new Intake();
        var context = services.Context(user.Actor);
        var @case = await build(intake, context);
        if (intake.Problem is { } refused) return refused;
        if (!intake.IsValid || @case is null) return Problems.Invalid(intake.Errors);

        @case.OrganisationId = organisation.Id;
        @case.Organisation = organisation;
        await context.OpenAsync(@case, "open", request);
        if (http.Items[typeof(IdempotencyKey)] is IdempotencyKey key)
            services.Db.OnceIdsAssigned.Add(() =>
            {
                key.CaseId = @case.Id;
                key.CreatedAt = context.Now;
                services.Db.Add(key);
            });
        await services.Db.SaveChangesAsync();
        if (@case is Features.Inspection.InspectionCase { ProjectId: { } project }) services.Db.ChangedProjects.Add(project);
        http.Response.Headers.ETag = $"\"{@case.Version}\"";
        return TypedResults.Created($"/api/{kind.Segment}/{@case.Id}", services.View(@case, user));
    }
}
