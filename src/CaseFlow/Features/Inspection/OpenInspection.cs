using CaseFlow.Domain;
using CaseFlow.Features.Cases;
using CaseFlow.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Features.Inspection;

/// <summary>A complaint (举报投诉) or a violation found on patrol.</summary>
public sealed record OpenInspectionRequest : Workflows.ActionRequest
{
    public required DateOnly ReceivedOn { get; init; }
    public required ComplaintSource Source { get; init; }
    /// <summary>What is alleged.</summary>
    public required string Summary { get; init; }
    /// <summary>The construction project the arrears arose on, if any.</summary>
    public long? ProjectId { get; init; }
    /// <summary>Complainants, affected workers (each with the arrears owed) and the employer.</summary>
    public required List<PartyInput> Parties { get; init; }
    public List<ClaimInput>? Claims { get; init; }
    /// <summary>When the violation ended (or was last seen): the 2-year limitation runs from here.</summary>
    public DateOnly? ViolationEndedOn { get; init; }
    /// <summary>Why a complaint past its limitation is registered all the same.</summary>
    public string? LimitationOverrideReason { get; init; }
}

public static class OpenInspection
{
    public static void MapOpenInspection(this RouteGroupBuilder api) =>
        api.MapPost("inspection-cases", Handle)
            .AddEndpointFilter(new IdempotencyFilter(CaseKinds.Inspection))
            .AddEndpointFilter<TransactionFilter>()
            .WithTags(CaseKinds.Inspection.Segment)
            .WithSummary(Summary);

    /// <summary>Opens the case for the signed-in user: the API's endpoint and the web UI's intake form both call this.</summary>
    public static Task<IResult> Handle(OpenInspectionRequest request, HttpContext http, CaseServices services) =>
                OpenCase.Handle(CaseKinds.Inspection, http, services, [Role.Registrar, Role.Inspector], [OrganisationKind.InspectionBrigade],
                    async (intake, context) =>
                    {
                        intake.ReceivedOn(request.ReceivedOn, context.Today);
                        intake.Text("summary", request.Summary, 4000);
                        // A violation found on patrol has no complainant.
                        intake.Parties(request.Parties, applicantRequired: request.Source != ComplaintSource.Patrol);
                        intake.Claims(request.Claims, required: false);
                        if (request.ProjectId is { } projectId &&
                            !await context.Db.ConstructionProjects.AnyAsync(p => p.Id == projectId && p.OrganisationId == context.Actor.OrganisationId))
                            intake.Fail("projectId", "is not a project of this brigade");
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
