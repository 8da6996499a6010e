using CaseFlow.Data;
using CaseFlow.Domain;
using CaseFlow.Features.Arbitration;
using CaseFlow.Features.Inspection;
using CaseFlow.Features.Mediation;
using CaseFlow.Workflows;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Features.Cases;

/// <summary>One kind of case as the API addresses it: its route segment, how it loads, its workflow.</summary>
public sealed record CaseKindInfo(
    CaseKind Kind,
    string Segment,
    Func<CaseFlowDbContext, IQueryable<Case>> Load,
    Func<WorkflowContext, ICaseWorkflow> Blank);

public static class CaseKinds
{
    public static readonly CaseKindInfo Mediation = new(
        CaseKind.Mediation, "mediation-cases",
        db => db.MediationCases.Include(c => c.Parties).Include(c => c.Claims).Include(c => c.Sessions).Include(c => c.PaymentSchedule).AsSplitQuery(),
        context => new MediationWorkflow(new MediationCase { State = MediationState.Registered }, context));

    public static readonly CaseKindInfo Arbitration = new(
        CaseKind.Arbitration, "arbitration-cases",
        db => db.ArbitrationCases.Include(c => c.Parties).Include(c => c.Claims).Include(c => c.Tribunal).ThenInclude(s => s.Arbitrator).AsSplitQuery(),
        context => new ArbitrationWorkflow(new ArbitrationCase { State = ArbitrationState.Applied }, context));

    public static readonly CaseKindInfo Inspection = new(
        CaseKind.Inspection, "inspection-cases",
        db => db.InspectionCases.Include(c => c.Parties).Include(c => c.Claims).Include(c => c.Activities).Include(c => c.Arrears).Include(c => c.Project).AsSplitQuery(),
        context => new InspectionWorkflow(new InspectionCase { State = InspectionState.Received }, context));

    public static readonly IReadOnlyList<CaseKindInfo> All = [Mediation, Arbitration, Inspection];

    public static CaseKindInfo? FromSegment(string segment) => All.FirstOrDefault(k => k.Segment == segment);
    public static CaseKindInfo Of(CaseKind kind) => All.Single(k => k.Kind == kind);
}
