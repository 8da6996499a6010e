using System.ComponentModel.DataAnnotations;
using CaseFlow.Domain;
using CaseFlow.Features.Cases;
using CaseFlow.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseFlow.Features.Mediation;

/// <summary>A mediation application (调解申请) as a committee registers it.</summary>
public sealed record OpenMediationRequest : Workflows.ActionRequest
{
    [Display(Name = "收到申请日期")]
    public required DateOnly ReceivedOn { get; init; }
    [Display(Name = "纠纷简要情况")]
    public string? Summary { get; init; }
    [Display(Name = "当事人")]
    public required List<PartyInput> Parties { get; init; }
    [Display(Name = "调解请求")]
    public required List<ClaimInput> Claims { get; init; }
}

public static class OpenMediation
{
    /// <summary>Who opens a mediation case: a town's or an enterprise's mediation committee, or the commission's mediators before a case (案前调解).</summary>
    public static readonly Access Opens = new("only registrars and mediators of a mediation committee or the commission open mediation cases", [Role.Registrar, Role.Mediator])
    {
        OrganisationKinds = [OrganisationKind.MediationCommittee, OrganisationKind.EnterpriseMediationCommittee, OrganisationKind.ArbitrationCommission],
    };

    public static void MapOpenMediation(this RouteGroupBuilder api) =>
        api.MapPost("mediation-cases", Handle)
            .Allow(Opens)
            .AddEndpointFilter(new IdempotencyFilter(CaseKinds.Mediation))
            .AddEndpointFilter<TransactionFilter>()
            .WithTags(CaseKinds.Mediation.Segment)
            .WithSummary(Summary);

    /// <summary>Opens the case for the signed-in user: the API's endpoint and the web UI's intake form both call this.</summary>
    public static Task<IResult> Handle(OpenMediationRequest request, HttpContext http, CaseServices services) =>
                OpenCase.Handle(CaseKinds.Mediation, http, services, Opens,
                    async (intake, context) =>
                    {
                        intake.ReceivedOn(request.ReceivedOn, context.Today);
                        intake.Text("summary", request.Summary, 4000, required: false);
                        intake.Parties(request.Parties, applicantRequired: true);
                        intake.Claims(request.Claims, required: true, request.ReceivedOn);
                        var organisation = (await context.Db.Organisations.FindAsync(context.Actor.OrganisationId))!;
                        var enterprise = organisation.Kind == OrganisationKind.EnterpriseMediationCommittee;
                        if (enterprise && !(request.Parties ?? []).Any(p => p.Role == PartyRole.Respondent
                                && string.Equals(p.CreditCode?.Trim(), organisation.EnterpriseCreditCode, StringComparison.OrdinalIgnoreCase)))
                            intake.Fail("parties", $"{context.Enterprise.Scope.Name}：被申请人须为统一社会信用代码 {organisation.EnterpriseCreditCode} 的企业（{context.Enterprise.Scope.Source}）");
                        if (!intake.IsValid) return null;
                        var @case = new MediationCase
                        {
                            State = MediationState.Registered,
                            ReceivedOn = request.ReceivedOn,
                            Summary = request.Summary,
                            OrganisationId = context.Actor.OrganisationId,
                            AtEnterpriseCommittee = enterprise,
                            Parties = Intake.ToParties(request.Parties),
                            Claims = Intake.ToClaims(request.Claims),
                        };
                        // A mediation is numbered when it is registered.
                        await context.IssueCaseNumberAsync(@case);
                        return @case;
                    }, request);

    const string Summary = "登记 Registers a mediation case (registrar or mediator) and numbers it";
}
