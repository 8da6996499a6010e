using CaseFlow.Data;
using CaseFlow.Domain;
using CaseFlow.Features.Arbitration;
using CaseFlow.Features.Inspection;
using CaseFlow.Features.Mediation;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Features.Reports;

/// <summary>
/// The day a case was concluded and how — written by the workflows as it happens, so the plan
/// indicators of any past period are counts over dated facts. A reopened case's conclusion keeps its
/// date and gains the day it was reopened.
/// </summary>
public class CaseConclusion
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public CaseKind Kind { get; set; }
    public int OrganisationId { get; set; }
    public DateOnly ConcludedOn { get; set; }
    /// <summary>The closure type, or <c>Agreement</c>/<c>Failed</c> for a mediation concluded before it closes.</summary>
    public required string Outcome { get; set; }
    /// <summary>A mediated settlement: a mediation agreement (also pre-case) or an arbitration 调解书.</summary>
    public bool IsMediatedSettlement { get; set; }
    /// <summary>Arbitration: the procedure track.</summary>
    public ProcedureTrack? Track { get; set; }
    /// <summary>Mediation: a pre-case mediation (案前约调).</summary>
    public bool IsPreCaseMediation { get; set; }
    /// <summary>Inspection: a complaint (举报投诉), not a violation found on patrol.</summary>
    public bool IsComplaint { get; set; }
    public DateOnly? ReopenedOn { get; set; }
}

/// <summary>Records conclusions and reopenings as a case moves (the definitions of shared/domain.md, "The plan targets").</summary>
public static class Conclusions
{
    static readonly string[] OpenMediationStates = [nameof(MediationState.Registered), nameof(MediationState.InMediation)];
    const string Closed = "Closed";

    public static async Task TrackAsync(CaseFlowDbContext db, Case @case, string from, DateOnly today)
    {
        var to = @case.StateName;
        switch (@case)
        {
            // A mediation concludes when it leaves registration and mediation: by agreement, failure or withdrawal.
            case MediationCase m when OpenMediationStates.Contains(from) && !OpenMediationStates.Contains(to):
                var agreed = m.AgreedOn is not null;
                Add(db, m, today, agreed ? "Agreement" : m.ClosureType?.ToString() ?? "Failed", agreed);
                break;
            // Only accepted applications are arbitration cases; the rest close before they are counted. A case concludes
            // on the day its closure took effect: a 调解书 on the day the last party signed for it, which may be recorded later.
            case ArbitrationCase a when to == Closed && from != Closed && a.AcceptedOn is not null:
                Add(db, a, a.ClosedOn ?? today, a.ClosureType!.Value.ToString(), a.ClosureType == ClosureType.MediationStatement);
                break;
            // Likewise only filed complaints (立案) are inspection cases; one refused or withdrawn before filing is not counted.
            case InspectionCase when to == Closed && from != Closed && @case.AcceptedOn is not null:
                Add(db, @case, today, @case.ClosureType!.Value.ToString(), false);
                break;
            case InspectionCase when from == Closed && to != Closed:
                var last = @case.Conclusions.LastOrDefault(c => c.ReopenedOn == null)
                    ?? await db.CaseConclusions.Where(c => c.CaseId == @case.Id && c.ReopenedOn == null)
                        .OrderByDescending(c => c.ConcludedOn).ThenByDescending(c => c.Id).FirstOrDefaultAsync();
                if (last is not null) last.ReopenedOn = today;
                break;
        }
    }

    static void Add(CaseFlowDbContext db, Case @case, DateOnly on, string outcome, bool mediated)
    {
        var conclusion = new CaseConclusion
        {
            Kind = @case.Kind,
            OrganisationId = @case.OrganisationId,
            ConcludedOn = on,
            Outcome = outcome,
            IsMediatedSettlement = mediated,
            Track = (@case as ArbitrationCase)?.Track,
            IsPreCaseMediation = (@case as MediationCase)?.IsPreCaseMediation ?? false,
            IsComplaint = @case is InspectionCase { Source: not ComplaintSource.Patrol },
        };
        if (@case.Id == 0) @case.Conclusions.Add(conclusion);
        else
        {
            conclusion.CaseId = @case.Id;
            db.CaseConclusions.Add(conclusion);
        }
    }
}
