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
    /// <summary>When employment ended: the limitation of remuneration claims runs from here.</summary>
    [Display(Name = "劳动关系终止之日", Description = "拖欠劳动报酬的，仲裁时效自劳动关系终止之日起一年（劳动争议调解仲裁法第二十七条第四款）")]
    public DateOnly? EmploymentEndedOn { get; init; }
    /// <summary>The employment still lasts: remuneration owed during it is not barred.</summary>
    [Display(Name = "劳动关系仍存续", Description = "存续期间拖欠劳动报酬的，不受一年时效限制")]
    public bool EmploymentContinues { get; init; }
}

public static class OpenArbitration
{
    /// <summary>Who takes an application for arbitration: the commission's registrars (立案).</summary>
    public static readonly Access Opens = new("only the commission's registrars take applications for arbitration", [Role.Registrar])
    {
        OrganisationKinds = [OrganisationKind.ArbitrationCommission],
    };

    public static void MapOpenArbitration(this RouteGroupBuilder api) =>
        api.MapPost("arbitration-cases", Handle)
            .Allow(Opens)
            .AddEndpointFilter(new IdempotencyFilter(CaseKinds.Arbitration))
            .AddEndpointFilter<TransactionFilter>()
            .WithTags(CaseKinds.Arbitration.Segment)
            .WithSummary(Summary);

    /// <summary>Opens the case for the signed-in user: the API's endpoint and the web UI's intake form both call this.</summary>
    public static Task<IResult> Handle(OpenArbitrationRequest request, HttpContext http, CaseServices services) =>
                OpenCase.Handle(CaseKinds.Arbitration, http, services, Opens,
                    (intake, context) =>
                    {
                        intake.ReceivedOn(request.ReceivedOn, context.Today);
                        intake.Text("summary", request.Summary, 4000, required: false);
                        intake.Parties(request.Parties, applicantRequired: true);
                        intake.Claims(request.Claims, required: true, request.ReceivedOn);
                        if (request.EmploymentEndedOn > request.ReceivedOn) intake.Fail("employmentEndedOn", "不能晚于收到申请之日");
                        if (request.EmploymentContinues && request.EmploymentEndedOn is not null) intake.Fail("employmentContinues", "已填劳动关系终止之日的，劳动关系不再存续");
                        if (!intake.IsValid) return Task.FromResult<Case?>(null);
                        var @case = new ArbitrationCase
                        {
                            State = ArbitrationState.Applied,
                            ReceivedOn = request.ReceivedOn,
                            Summary = request.Summary,
                            Track = request.Track,
                            EmploymentEndedOn = request.EmploymentEndedOn,
                            EmploymentContinues = request.EmploymentContinues,
                            Parties = Intake.ToParties(request.Parties),
                            Claims = Intake.ToClaims(request.Claims),
                        };
                        // Limitation is a defence, not a condition of acceptance: each claim is assessed and warned about, none refused.
                        context.Limitation.Mark(@case, @case.Claims, request.Claims, request.ReceivedOn, context.Calendar);
                        return Task.FromResult<Case?>(@case);
                    }, request);

    const string Summary = "申请 Opens an arbitration application (registrar); the case number is issued at acceptance";
}
