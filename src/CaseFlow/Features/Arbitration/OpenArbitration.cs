using System.ComponentModel.DataAnnotations;
using CaseFlow.Domain;
using CaseFlow.Features.Cases;
using CaseFlow.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaseFlow.Features.Arbitration;

/// <summary>An arbitration application (仲裁申请) as the registrar takes it.</summary>
public sealed record OpenArbitrationRequest : Workflows.ActionRequest
{
    [Display(Name = "收到申请日期")]
    public required DateOnly ReceivedOn { get; init; }
    /// <summary>The facts and reasons (事实与理由).</summary>
    [Display(Name = "事实与理由")]
    public string? Summary { get; init; }
    /// <summary>The track the applicant asks for; fixed at acceptance.</summary>
    [Display(Name = "申请适用的程序", Description = "受理时确定")]
    public ProcedureTrack Track { get; init; } = ProcedureTrack.Ordinary;
    [Display(Name = "当事人", Description = "申请人、被申请人及代理人")]
    public required List<PartyInput> Parties { get; init; }
    [Display(Name = "仲裁请求")]
    public required List<ClaimInput> Claims { get; init; }
    /// <summary>When the applicant knew the right was infringed: the 1-year limitation runs from here.</summary>
    [Display(Name = "知道权利被侵害之日", Description = "仲裁时效一年自此起算（劳动争议调解仲裁法第二十七条）")]
    public DateOnly? InfringementKnownOn { get; init; }
    /// <summary>When employment ended: for wage arrears the limitation runs from here.</summary>
    [Display(Name = "劳动关系终止之日", Description = "拖欠劳动报酬的，时效自劳动关系终止之日起算")]
    public DateOnly? EmploymentEndedOn { get; init; }
    /// <summary>Why an application past its limitation is registered all the same.</summary>
    [Display(Name = "超过时效仍予登记的理由")]
    public string? LimitationOverrideReason { get; init; }
}

public static class OpenArbitration
{
    public static void MapOpenArbitration(this RouteGroupBuilder api) =>
        api.MapPost("arbitration-cases", Handle)
            .AddEndpointFilter(new IdempotencyFilter(CaseKinds.Arbitration))
            .AddEndpointFilter<TransactionFilter>()
            .WithTags(CaseKinds.Arbitration.Segment)
            .WithSummary(Summary);

    /// <summary>Opens the case for the signed-in user: the API's endpoint and the web UI's intake form both call this.</summary>
    public static Task<IResult> Handle(OpenArbitrationRequest request, HttpContext http, CaseServices services) =>
                OpenCase.Handle(CaseKinds.Arbitration, http, services, [Role.Registrar], [OrganisationKind.ArbitrationCommission],
                    (intake, context) =>
                    {
                        intake.ReceivedOn(request.ReceivedOn, context.Today);
                        intake.Text("summary", request.Summary, 4000, required: false);
                        intake.Parties(request.Parties, applicantRequired: true);
                        intake.Claims(request.Claims, required: true);
                        if (!intake.IsValid) return Task.FromResult<Case?>(null);
                        var (note, limitation) = Limitation.Check(
                            Limitation.Arbitration(request.ReceivedOn, request.InfringementKnownOn, request.EmploymentEndedOn, request.Claims.Select(c => c.Type)),
                            request.LimitationOverrideReason);
                        if (limitation is not null)
                        {
                            intake.Refuse(limitation);
                            return Task.FromResult<Case?>(null);
                        }
                        return Task.FromResult<Case?>(new ArbitrationCase
                        {
                            LimitationNote = note,
                            State = ArbitrationState.Applied,
                            ReceivedOn = request.ReceivedOn,
                            Summary = request.Summary,
                            Track = request.Track,
                            Parties = Intake.ToParties(request.Parties),
                            Claims = Intake.ToClaims(request.Claims),
                        });
                    }, request);

    const string Summary = "申请 Opens an arbitration application (registrar); the case number is issued at acceptance";
}
