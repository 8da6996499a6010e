using CaseFlow.Data;
using CaseFlow.Domain;
using CaseFlow.Features.Arbitration;
using CaseFlow.Features.Inspection;
using CaseFlow.Features.Mediation;
using CaseFlow.Workflows;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Features.Cases;

/// <summary>
/// One kind of case as the API and the web UI address it: its route segments, its states, how it
/// loads, its workflow.
/// </summary>
public sealed record CaseKindInfo(
    CaseKind Kind,
    string Segment,
    Type StateType,
    Func<CaseFlowDbContext, IQueryable<Case>> Load,
    Func<WorkflowContext, ICaseWorkflow> Blank,
    Type IntakeType,
    Infrastructure.Access Opens,
    Func<ActionRequest, Microsoft.AspNetCore.Http.HttpContext, CaseServices, Task<Microsoft.AspNetCore.Http.IResult>> Open)
{
    /// <summary>The web UI's segment: <c>/cases/arbitration/12</c>.</summary>
    public string Page => Kind.ToString().ToLowerInvariant();

    /// <summary>A stored state name in Chinese.</summary>
    public string StateLabel(string state) => Labels.Of(StateType, state);

    /// <summary>An event's action in Chinese: a workflow action's label, or one of the moves CaseFlow records itself.</summary>
    public string ActionLabel(string action) =>
        (actionLabels ??= Blank(WorkflowContext.ForDescription()).Actions.ToDictionary(a => a.Name, a => a.Label)).GetValueOrDefault(action)
        ?? action switch
        {
            "open" => "登记",
            "open-pre-case-mediation" => "登记案前约调",
            "open-referred-from-mediation" => "调解不成转入",
            "issue-document" => "制发文书",
            "correct-document" => "制发更正文书",
            _ => action,
        };

    IReadOnlyDictionary<string, string>? actionLabels;
}

public static class CaseKinds
{
    public static readonly CaseKindInfo Mediation = new(
        CaseKind.Mediation, "mediation-cases", typeof(MediationState),
        db => db.MediationCases.Include(c => c.Parties).Include(c => c.Claims).Include(c => c.Sessions).Include(c => c.PaymentSchedule).Include(c => c.Confirmations).AsSplitQuery(),
        context => new MediationWorkflow(new MediationCase { State = MediationState.Registered }, context),
        typeof(OpenMediationRequest), OpenMediation.Opens, (request, http, services) => OpenMediation.Handle((OpenMediationRequest)request, http, services));

    public static readonly CaseKindInfo Arbitration = new(
        CaseKind.Arbitration, "arbitration-cases", typeof(ArbitrationState),
        db => db.ArbitrationCases.Include(c => c.Parties).Include(c => c.Claims).Include(c => c.Tribunal).ThenInclude(s => s.Arbitrator).Include(c => c.Receipts).Include(c => c.AfterAward).Include(c => c.Corrections).AsSplitQuery(),
        context => new ArbitrationWorkflow(new ArbitrationCase { State = ArbitrationState.Applied }, context),
        typeof(OpenArbitrationRequest), OpenArbitration.Opens, (request, http, services) => OpenArbitration.Handle((OpenArbitrationRequest)request, http, services));

    public static readonly CaseKindInfo Inspection = new(
        CaseKind.Inspection, "inspection-cases", typeof(InspectionState),
        db => db.InspectionCases.Include(c => c.Parties).Include(c => c.Claims).Include(c => c.Activities).Include(c => c.Arrears).Include(c => c.Project).AsSplitQuery(),
        context => new InspectionWorkflow(new InspectionCase { State = InspectionState.Received }, context),
        typeof(OpenInspectionRequest), OpenInspection.Opens, (request, http, services) => OpenInspection.Handle((OpenInspectionRequest)request, http, services));

    public static readonly IReadOnlyList<CaseKindInfo> All = [Mediation, Arbitration, Inspection];

    /// <summary>The intake page's rule: whoever opens cases of some kind; the page then applies its kind's own rule.</summary>
    public static readonly Infrastructure.Access OpensAny = new("only the users who open cases of some kind",
        All.SelectMany(k => k.Opens.Roles).Distinct().ToList())
    {
        OrganisationKinds = All.SelectMany(k => k.Opens.OrganisationKinds ?? []).Distinct().ToList(),
    };

    public static CaseKindInfo? FromSegment(string segment) => All.FirstOrDefault(k => k.Segment == segment);
    public static CaseKindInfo Of(CaseKind kind) => All.Single(k => k.Kind == kind);
    public static CaseKindInfo? FromPage(string page) => All.FirstOrDefault(k => k.Page == page);
}
