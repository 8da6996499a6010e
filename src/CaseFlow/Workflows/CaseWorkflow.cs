using CaseFlow.Domain;
using Stateless;
using Stateless.Reflection;

namespace CaseFlow.Workflows;

/// <summary>
/// An action a workflow offers: its name in the API, its label and hint in Chinese, who may take it,
/// what it carries, and whether it must give a reason.
/// </summary>
public sealed record WorkflowAction(
    string Name,
    string Label,
    string? Hint,
    IReadOnlyList<Role> Roles,
    Type ParameterType,
    string? ActorRule,
    bool RequiresReason)
{
    public IReadOnlyList<ParameterInfo> Parameters => ActionParameters.Describe(ParameterType);

    /// <summary>Actions no role may take are CaseFlow's own, fired when a linked case moves.</summary>
    public bool IsAutomatic => Roles.Count == 0;

    /// <summary>Who may take the action, in the words a refusal gives.</summary>
    public string RoleRule => $"只有{string.Join("、", Roles.Select(r => Labels.Of(r)))}可以办理“{Label}”";
}

/// <summary>What a case workflow does, whatever the kind of case.</summary>
public interface ICaseWorkflow
{
    Case Case { get; }
    IReadOnlyList<WorkflowAction> Actions { get; }
    /// <summary>The actions the context's actor may take now.</summary>
    IReadOnlyList<WorkflowAction> PermittedActions();
    /// <summary>
    /// The permitted actions that move the case on from where it stands: those its own state offers,
    /// as against the ones its superstate offers throughout (suspend, amend claims, extend, …).
    /// What a worklist calls "my actions now".
    /// </summary>
    IReadOnlyList<WorkflowAction> NextSteps();
    Task<ActionOutcome> TakeAsync(string action, ActionRequest request);
    StateMachineInfo GetInfo();
    /// <summary>A guard in words, from the name Stateless reports it by.</summary>
    string DescribeGuard(string name);
}

/// <summary>
/// The machinery every case workflow shares: the Stateless machine bound to the case's state, the
/// table of actions with the roles that may take them, and the checks made before an action is taken,
/// in the order a client needs to hear about them — wrong state, wrong actor, unmet guard, bad
/// parameter, stale version.
/// </summary>
public abstract class CaseWorkflow<TCase, TState, TTrigger> : ICaseWorkflow
    where TCase : Case
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    readonly Dictionary<string, Definition> definitions = [];
    readonly Dictionary<string, string> guardDescriptions = [];

    protected CaseWorkflow(TCase @case, WorkflowContext context)
    {
        Case = @case;
        Context = context;
        Machine = new StateMachine<TState, TTrigger>(() => State, s => State = s);
    }

    public TCase Case { get; }
    Case ICaseWorkflow.Case => Case;
    protected WorkflowContext Context { get; }
    protected StateMachine<TState, TTrigger> Machine { get; }
    protected abstract TState State { get; set; }

    public IReadOnlyList<WorkflowAction> Actions => definitions.Values.Select(d => d.Action).ToList();

    /// <summary>
    /// Declares an action: the trigger, its label (Chinese, as the UI shows it), who may take it, what
    /// it carries, a hint for whoever takes it, whether a reason is required, and the check of its
    /// request against the case. The reason and the check run before the transition fires, so a
    /// refused request leaves the case as it was; entry actions only change state and record it.
    /// </summary>
    protected StateMachine<TState, TTrigger>.TriggerWithParameters<TRequest> Define<TRequest>(
        TTrigger trigger,
        string label,
        Role[] roles,
        (Func<bool> Rule, string Description)? actorRule = null,
        string? hint = null,
        bool requiresReason = false,
        Func<TRequest, Task>? check = null)
        where TRequest : ActionRequest
    {
        var typed = Machine.SetTriggerParameters<TRequest>(trigger);
        var action = new WorkflowAction(ActionName(trigger), label, hint, roles, typeof(TRequest), actorRule?.Description, requiresReason);
        definitions[action.Name] = new Definition(action, trigger, actorRule?.Rule,
            check is null ? null : r => check((TRequest)r),
            r => Machine.FireAsync(typed, (TRequest)r));
        return typed;
    }

    /// <summary>A check that needs no database: it throws <see cref="RuleViolation"/> or returns.</summary>
    protected static Func<TRequest, Task> Sync<TRequest>(Action<TRequest> check) => r =>
    {
        check(r);
        return Task.CompletedTask;
    };

    /// <summary>
    /// Names a guard in words. Guards given to Stateless without a description (internal transitions
    /// take none) are reported by their method name; this is what a client reads instead.
    /// </summary>
    protected Func<bool> Describe(Func<bool> guard, string description)
    {
        guardDescriptions[guard.Method.Name] = description;
        return guard;
    }

    /// <summary>Several described guards, all of which must hold.</summary>
    protected Tuple<Func<bool>, string>[] All(params Func<bool>[] guards) =>
        guards.Select(g => Tuple.Create(g, DescribeGuard(g.Method.Name))).ToArray();

    public static string ActionName(TTrigger trigger) =>
        string.Concat(trigger.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public IReadOnlyList<WorkflowAction> PermittedActions()
    {
        var permitted = Machine.GetPermittedTriggers().ToHashSet();
        return definitions.Values
            .Where(d => permitted.Contains(d.Trigger) && MayAct(d))
            .Select(d => d.Action)
            .ToList();
    }

    public IReadOnlyList<WorkflowAction> NextSteps()
    {
        var own = StepsByState.GetOrAdd(GetType(), _ => GetInfo().States
            .SelectMany(s => s.FixedTransitions.Where(t => !t.IsInternalTransition).Select(t => t.Trigger.UnderlyingTrigger)
                .Concat(s.DynamicTransitions.Select(t => t.Trigger.UnderlyingTrigger))
                .Select(t => (State: s.UnderlyingState.ToString()!, Trigger: t.ToString()!)))
            .ToHashSet());
        var state = State.ToString();
        return PermittedActions().Where(a => own.Contains((state, definitions[a.Name].Trigger.ToString()))).ToList();
    }

    static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, HashSet<(string State, string Trigger)>> StepsByState = new();

    public async Task<ActionOutcome> TakeAsync(string action, ActionRequest request)
    {
        if (!definitions.TryGetValue(action, out var definition) || (definition.Action.IsAutomatic && !Context.Actor.IsSystem))
            return new ActionOutcome.UnknownAction(action, definitions.Values.Where(d => !d.Action.IsAutomatic).Select(d => d.Action.Name).ToList());

        var canFire = Machine.CanFire(definition.Trigger, out var unmet);
        var unmetGuards = (unmet ?? []).Select(DescribeGuard).ToList();
        if (!canFire && unmetGuards.Count == 0)
            return new ActionOutcome.WrongState(Case.StateName, PermittedActions().Select(a => a.Name).ToList());
        if (!MayAct(definition))
            return new ActionOutcome.Forbidden(definition.Action.ActorRule is { } rule && definition.Action.Roles.Contains(Context.Actor.Role!.Value)
                ? rule
                : definition.Action.RoleRule);
        if (!canFire)
            return new ActionOutcome.GuardsUnmet(unmetGuards);
        if (request.Version is { } version && version != Case.Version)
            return new ActionOutcome.Stale(Case.Version);

        if (definition.Action.RequiresReason && string.IsNullOrWhiteSpace(request.Reason))
            return new ActionOutcome.Invalid("reason", "必须填写：本步骤须说明理由");
        if (ActionParameters.TooLong(request) is { } tooLong)
            return new ActionOutcome.Invalid(tooLong.Field, tooLong.Rule);

        if (definition.Check is { } check)
        {
            try
            {
                await check(request);
            }
            catch (RuleViolation violation)
            {
                return new ActionOutcome.Invalid(violation.Field, violation.Rule);
            }
        }

        var from = Case.StateName;
        await definition.Fire(request);
        await Context.RecordAsync(Case, action, from, request);
        return new ActionOutcome.Done(Case);
    }

    public StateMachineInfo GetInfo() => Machine.GetInfo();

    public string DescribeGuard(string name) => guardDescriptions.GetValueOrDefault(name, name);

    /// <summary>The reason of an action declared with <c>requiresReason</c>: one without it was refused before its transition fired.</summary>
    protected static string ReasonOf(ActionRequest request) => request.Reason!;

    bool MayAct(Definition d) =>
        Context.Actor.IsSystem
        || (d.Action.Roles.Contains(Context.Actor.Role!.Value) && (d.ActorRule?.Invoke() ?? true));

    sealed record Definition(WorkflowAction Action, TTrigger Trigger, Func<bool>? ActorRule, Func<ActionRequest, Task>? Check, Func<ActionRequest, Task> Fire);
}

/// <summary>What came of an attempt to take an action.</summary>
public abstract record ActionOutcome
{
    public sealed record Done(Case Case) : ActionOutcome;
    public sealed record UnknownAction(string Action, IReadOnlyList<string> Known) : ActionOutcome;
    public sealed record WrongState(string State, IReadOnlyList<string> Permitted) : ActionOutcome;
    public sealed record Forbidden(string Rule) : ActionOutcome;
    public sealed record GuardsUnmet(IReadOnlyList<string> Guards) : ActionOutcome;
    public sealed record Invalid(string Field, string Rule) : ActionOutcome;
    public sealed record Stale(int CurrentVersion) : ActionOutcome;
}
