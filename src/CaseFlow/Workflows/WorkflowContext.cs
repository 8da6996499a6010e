using System.Text.Json;
using CaseFlow.Calendar;
using CaseFlow.Data;
using CaseFlow.Domain;
using CaseFlow.Features.Arbitration;
using CaseFlow.Features.Inspection;
using CaseFlow.Features.Mediation;

namespace CaseFlow.Workflows;

/// <summary>What a workflow may use while it moves a case: the database, the actor, the clock and the calendar.</summary>
public sealed class WorkflowContext(
    CaseFlowDbContext db,
    Actor actor,
    TimeProvider time,
    WorkingCalendar calendar,
    JsonSerializerOptions json)
{
    /// <summary>China Standard Time; China keeps no daylight saving.</summary>
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>A context for describing workflows (actions, graphs) without a case to move.</summary>
    public static WorkflowContext ForDescription() =>
        new(null!, new Actor(null, "CaseFlow", null, 0), TimeProvider.System, new WorkingCalendar([]), JsonSerializerOptions.Default);

    public CaseFlowDbContext Db => db;
    public Actor Actor => actor;
    public WorkingCalendar Calendar => calendar;
    public DateTimeOffset Now => time.GetUtcNow().ToOffset(ChinaOffset);
    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    public Task IssueCaseNumberAsync(Case @case) => CaseNumbers.IssueAsync(db, @case, Today);

    /// <summary>Builds the workflow of any case for this context.</summary>
    public ICaseWorkflow WorkflowFor(Case @case) => @case switch
    {
        ArbitrationCase a => new ArbitrationWorkflow(a, this),
        MediationCase m => new MediationWorkflow(m, this),
        InspectionCase i => new InspectionWorkflow(i, this),
        _ => throw new ArgumentOutOfRangeException(nameof(@case)),
    };

    /// <summary>Moves a linked case as CaseFlow itself, on behalf of this context's actor.</summary>
    public async Task TakeLinkedAsync(Case linked, string action, ActionRequest request)
    {
        var context = new WorkflowContext(db, actor.OnBehalf(), time, calendar, json);
        var outcome = await context.WorkflowFor(linked).TakeAsync(action, request);
        if (outcome is not ActionOutcome.Done)
            throw new InvalidOperationException($"linked case {linked.Id} refused '{action}': {outcome}");
    }

    /// <summary>Adds a new case in its initial state with its first event.</summary>
    public void Open(Case @case, string action, ActionRequest? request = null)
    {
        @case.CreatedAt = Now;
        @case.CreatedById = actor.Id ?? 0;
        @case.Version = 0;
        db.Cases.Add(@case);
        Record(@case, action, "", request);
    }

    /// <summary>Bumps the case's version and stores the event in the same unit of work as the change.</summary>
    public void Record(Case @case, string action, string from, ActionRequest? request)
    {
        @case.Version++;
        @case.Events.Add(new CaseEvent
        {
            Sequence = @case.Version,
            At = Now,
            ActorId = actor.Id,
            ActorName = actor.IsSystem ? $"{actor.Name} (CaseFlow, linked case)" : actor.Name,
            Action = action,
            FromState = from,
            ToState = @case.StateName,
            Parameters = request is null ? null : ActionParameters.ToEventJson(request, json),
            Reason = request?.Reason,
        });
    }
}
