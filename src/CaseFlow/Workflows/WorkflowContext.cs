using System.Text.Json;
using CaseFlow.Calendar;
using CaseFlow.Data;
using CaseFlow.Domain;
using CaseFlow.Features.Arbitration;
using CaseFlow.Features.Clocks;
using CaseFlow.Features.Inspection;
using CaseFlow.Features.Mediation;

namespace CaseFlow.Workflows;

/// <summary>The application-wide things a workflow uses: clock, calendar, statutory clocks, the final-award, limitation and interim-award rules.</summary>
public sealed record WorkflowServices(TimeProvider Time, WorkingCalendar Calendar, ClockBook Clocks, FinalAwardRules FinalAward, LimitationRules Limitation, InterimAwardRules InterimAwards, ConfirmationRules Confirmation, EnterpriseMediationRules Enterprise, GroupDisputeRules GroupDisputes, Features.Projects.WarningRules Warnings, Features.Inspection.EnforcementRules Enforcement, JsonSerializerOptions Json)
{
    /// <summary>For describing workflows (actions, graphs) without a case to move.</summary>
    public static WorkflowServices Empty { get; } = new(TimeProvider.System, new WorkingCalendar([]), new ClockBook(), FinalAwardRules.None, LimitationRules.Statute, InterimAwardRules.Statute, ConfirmationRules.Statute, EnterpriseMediationRules.Statute, GroupDisputeRules.Plan, Features.Projects.WarningRules.None, Features.Inspection.EnforcementRules.None, JsonSerializerOptions.Default);
}

/// <summary>What a workflow may use while it moves a case: the database, the actor, the clock and the calendar.</summary>
public sealed class WorkflowContext(CaseFlowDbContext db, Actor actor, WorkflowServices services)
{
    /// <summary>China Standard Time; China keeps no daylight saving.</summary>
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>Today's date in China, by the clock given.</summary>
    public static DateOnly TodayBy(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(ChinaOffset).DateTime);

    /// <summary>A context for describing workflows (actions, graphs) without a case to move.</summary>
    public static WorkflowContext ForDescription() => new(null!, new Actor(null, "CaseFlow", null, 0), WorkflowServices.Empty);

    public CaseFlowDbContext Db => db;
    public Actor Actor => actor;
    public WorkingCalendar Calendar => services.Calendar;
    public FinalAwardRules FinalAward => services.FinalAward;
    public LimitationRules Limitation => services.Limitation;
    public InterimAwardRules InterimAwards => services.InterimAwards;
    public ConfirmationRules Confirmation => services.Confirmation;
    public EnterpriseMediationRules Enterprise => services.Enterprise;
    public ClockBook Clocks => services.Clocks;
    public Features.Inspection.EnforcementRules Enforcement => services.Enforcement;
    public Features.Inspection.GroupDisputeRules GroupDisputes => services.GroupDisputes;
    public DateTimeOffset Now => services.Time.GetUtcNow().ToOffset(ChinaOffset);
    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    public Task IssueCaseNumberAsync(Case @case) => CaseNumbers.IssueAsync(db, @case, Today);

    readonly List<(Case Case, string Template)> documents = [];

    /// <summary>
    /// Issues a document with the action being taken: it is recorded, pending, in the same unit of work
    /// as the action and produced from a snapshot of the case as the action leaves it.
    /// </summary>
    public void IssueDocument(Case @case, string template) => documents.Add((@case, template));

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
        var context = new WorkflowContext(db, actor.OnBehalf(), services);
        var outcome = await context.WorkflowFor(linked).TakeAsync(action, request);
        if (outcome is not ActionOutcome.Done)
            throw new InvalidOperationException($"linked case {linked.Id} refused '{action}': {outcome}");
    }

    /// <summary>Adds a new case in its initial state with its first event and its clocks.</summary>
    public async Task OpenAsync(Case @case, string action, ActionRequest? request = null)
    {
        @case.CreatedAt = Now;
        @case.CreatedById = actor.Id ?? 0;
        @case.AssigneeId ??= actor.Id;
        @case.Version = 0;
        db.Cases.Add(@case);
        await RecordAsync(@case, action, "", request);
    }

    /// <summary>
    /// Bumps the case's version, stores the event and recomputes the case's clocks, all in the same
    /// unit of work as the change.
    /// </summary>
    public async Task RecordAsync(Case @case, string action, string from, ActionRequest? request)
    {
        @case.Version++;
        var recorded = new CaseEvent
        {
            Sequence = @case.Version,
            At = Now,
            ActorId = actor.Id,
            ActorName = actor.IsSystem ? $"{actor.Name} (CaseFlow, linked case)" : actor.Name,
            Action = action,
            FromState = from,
            ToState = @case.StateName,
            Parameters = request is null ? null : ActionParameters.ToEventJson(request, services.Json),
            Reason = request?.Reason,
        };
        @case.Events.Add(recorded);
        await CaseClocks.RecomputeAsync(db, @case, services.Clocks, services.Calendar, Today);
        await Features.Reports.Conclusions.TrackAsync(db, @case, from, Today);
        var issued = documents.Where(d => d.Case == @case).Select(d => d.Template).ToList();
        documents.RemoveAll(d => d.Case == @case);
        if (issued.Count > 0)
        {
            recorded.Documents = string.Join(",", issued);
            foreach (var template in issued)
                await Features.Documents.CaseDocuments.RecordAsync(db, @case, template, action, actor.Name, Now);
        }
    }
}
