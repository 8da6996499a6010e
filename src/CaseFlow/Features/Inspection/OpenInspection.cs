using System.ComponentModel.DataAnnotations;
using CaseFlow.Domain;
using CaseFlow.Features.Cases;
using CaseFlow.Infrastructure;
using CaseFlow.Workflows;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Features.Inspection;

/// <summary>A complaint (举报投诉) or a violation found on patrol.</summary>
public sealed record OpenInspectionRequest : Workflows.ActionRequest
{
    [Display(Name = "收到投诉日期")]
    public required DateOnly ReceivedOn { get; init; }
    [Display(Name = "来源")]
    public required ComplaintSource Source { get; init; }
    /// <summary>What is alleged.</summary>
    [Display(Name = "投诉事项")]
    public required string Summary { get; init; }
    /// <summary>The construction project the arrears arose on, if any.</summary>
    [Display(Name = "工程项目", Description = "建筑工地欠薪的，选择所在工程项目")] [Pick(PickSource.Projects)]
    public long? ProjectId { get; init; }
    /// <summary>Complainants, affected workers (each with the arrears owed) and the employer.</summary>
    [Display(Name = "当事人", Description = "投诉人、被拖欠工资的劳动者（填写欠薪金额）和用人单位")]
    public required List<PartyInput> Parties { get; init; }
    [Display(Name = "投诉请求")]
    public List<ClaimInput>? Claims { get; init; }
    /// <summary>When the violation ended (or was last seen): the 2-year limitation runs from here.</summary>
    [Display(Name = "违法行为终了之日", Description = "两年内未被发现或举报的不再查处（劳动保障监察条例第二十条）")]
    public DateOnly? ViolationEndedOn { get; init; }
    /// <summary>Why a complaint past its limitation is registered all the same.</summary>
    [Display(Name = "超过时效仍予登记的理由")]
    public string? LimitationOverrideReason { get; init; }
}

public static class OpenInspection
{
    /// <summary>Who opens an inspection case, from a complaint, a patrol, a warning or a project's arrears.</summary>
    public static readonly Access Opens = new("only the brigade's registrars and inspectors open inspection cases", [Role.Registrar, Role.Inspector])
    {
        OrganisationKinds = [OrganisationKind.InspectionBrigade],
    };

    public static void MapOpenInspection(this RouteGroupBuilder api) =>
        api.MapPost("inspection-cases", Handle)
            .Allow(Opens)
            .AddEndpointFilter(new IdempotencyFilter(CaseKinds.Inspection))
            .AddEndpointFilter<TransactionFilter>()
            .WithTags(CaseKinds.Inspection.Segment)
            .WithSummary(Summary);

    /// <summary>Opens the case for the signed-in user: the API's endpoint and the web UI's intake form both call this.</summary>
    public static Task<IResult> Handle(OpenInspectionRequest request, HttpContext http, CaseServices services) =>
                OpenCase.Handle(CaseKinds.Inspection, http, services, Opens,
                    async (intake, context) =>
                    {
                        intake.ReceivedOn(request.ReceivedOn, context.Today);
                        intake.Text("summary", request.Summary, 4000);
                        // A violation found on patrol has no complainant.
                        intake.Parties(request.Parties, applicantRequired: request.Source != ComplaintSource.Patrol);
                        intake.Claims(request.Claims, required: false, request.ReceivedOn);
                        if (request.ProjectId is { } projectId &&
                            !await context.Db.ConstructionProjects.AnyAsync(p => p.Id == projectId && p.OrganisationId == context.Actor.OrganisationId))
                            intake.Fail("projectId", "不是本大队的工程项目");
                        if (!intake.IsValid) return null;
                        var (note, limitation) = Limitation.Check(Limitation.Inspection(request.ReceivedOn, request.ViolationEndedOn), request.LimitationOverrideReason);
                        if (limitation is not null)
                        {
                            intake.Refuse(limitation);
                            return null;
                        }
                        var parties = Intake.ToParties(request.Parties);
                        return new InspectionCase
                        {
                            State = InspectionState.Received,
                            LimitationNote = note,
                            ReceivedOn = request.ReceivedOn,
                            Source = request.Source,
                            Summary = request.Summary,
                            ProjectId = request.ProjectId,
                            Parties = parties,
                            Claims = Intake.ToClaims(request.Claims),
                            Arrears = request.Parties.Select((p, i) => (p, i)).Where(x => x.p.ArrearsAmount is not null)
                                .Select(x => new WorkerArrears { Party = parties[x.i], AmountOwed = x.p.ArrearsAmount!.Value, PeriodFrom = x.p.ArrearsFrom, PeriodTo = x.p.ArrearsTo })
                                .ToList(),
                        };
                    }, request);

    const string Summary = "举报投诉登记 Registers a complaint (registrar or inspector); the case number is issued at filing";
}
