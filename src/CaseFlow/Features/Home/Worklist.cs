using CaseFlow.Domain;
using CaseFlow.Features.Cases;
using CaseFlow.Features.Clocks;
using CaseFlow.Features.Inspection;
using CaseFlow.Infrastructure;
using CaseFlow.Workflows;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Features.Home;

/// <summary>One open case on a user's worklist: what they may do now and its most pressing clock.</summary>
public sealed record WorkItem(
    CaseKindInfo Kind, long CaseId, string? CaseNumber, string State, string Parties, bool AssignedToMe,
    IReadOnlyList<WorkflowAction> NextSteps, ClockView? Clock, bool Collective, bool GroupDispute)
{
    /// <summary>Collective disputes and group arrears come first among equally urgent work.</summary>
    public bool Priority => Collective || GroupDispute;

    public ClockUrgency Urgency => Clock?.Urgency ?? ClockUrgency.None;
}

/// <summary>我的工作: the counts and the list on a user's home page.</summary>
public sealed record WorkOverview(IReadOnlyList<WorkItem> Items, int ToDo, int InHand, int DueSoon, int Overdue, bool Truncated, int DueSoonDays)
{
    public IEnumerable<WorkItem> ToDoItems => Items.Where(i => i.NextSteps.Count > 0);
}

/// <summary>
/// Builds a user's worklist from the workflows and the statutory clocks: 待办 are the open cases where
/// the workflow offers this user a next step now (<see cref="ICaseWorkflow.NextSteps"/>), 在办 the open
/// cases assigned to them, 即将到期 and 超期 their running clocks within <see cref="DueSoonDays"/> days or
/// past their due date. Overdue first, then clocks past two thirds of their period; within each, collective
/// disputes (<see cref="CollectiveDispute"/>) and group arrears (<see cref="Inspection.GroupDisputeRules"/>) first; then by due date.
/// </summary>
public static class Worklist
{
    /// <summary>How far ahead a clock counts as due soon.</summary>
    public const int DueSoonDays = 7;

    /// <summary>The most recent open cases of each kind looked at; a larger backlog is said to be cut.</summary>
    public const int MaxOpenPerKind = 500;

    public static async Task<WorkOverview> BuildAsync(CaseServices services, CurrentUser user)
    {
        var db = services.Db;
        var today = services.Today;
        var visible = await user.VisibleOrganisationsAsync(db);
        // Heads, analysts and administrators look after the whole organisation, not cases of their own.
        var wholeOrganisation = user.Role is Role.Head or Role.Analyst or Role.Administrator;
        var context = services.Context(user.Actor);
        var definitions = services.Services.Clocks.Definitions;
        var items = new List<WorkItem>();
        var truncated = false;
        foreach (var kind in CaseKinds.All)
        {
            var open = await kind.Load(db).AsNoTracking().Include(c => c.Clocks).OfOrganisations(visible)
                .Where(c => c.ClosedOn == null)
                .OrderByDescending(c => c.Id).Take(MaxOpenPerKind + 1).ToListAsync();
            truncated |= open.Count > MaxOpenPerKind;
            var groupProjects = await services.Services.GroupDisputes.ProjectsAsync(db,
                open.OfType<InspectionCase>().Select(c => c.ProjectId).OfType<long>().ToList());
            foreach (var @case in open.Take(MaxOpenPerKind))
            {
                var steps = context.WorkflowFor(@case).NextSteps();
                var mine = @case.AssigneeId == user.Id;
                if (steps.Count == 0 && !mine && !wholeOrganisation) continue;
                var clock = @case.Clocks
                    .Where(c => c.Status == ClockStatus.Running && c.ObligedBy == ClockObligation.Organisation && definitions.ContainsKey(c.Code))
                    .Select(c => ClockView.Of(c, definitions[c.Code], services.Services.Calendar, today))
                    .OrderByDescending(c => c.Urgency).ThenBy(c => c.DueOn)
                    .FirstOrDefault();
                items.Add(new WorkItem(kind, @case.Id, @case.CaseNumber, kind.StateLabel(@case.StateName), CaseText.Parties(@case), mine, steps, clock,
                    CollectiveDispute.Is(@case), services.Services.GroupDisputes.Is(@case, groupProjects)));
            }
        }
        var ordered = items
            .OrderByDescending(i => i.Urgency)
            .ThenByDescending(i => i.Priority)
            .ThenBy(i => i.Clock?.DueOn ?? DateOnly.MaxValue)
            .ThenByDescending(i => i.NextSteps.Count > 0)
            .ThenBy(i => i.CaseId)
            .ToList();
        return new WorkOverview(
            ordered,
            ToDo: ordered.Count(i => i.NextSteps.Count > 0),
            InHand: ordered.Count(i => i.AssignedToMe || wholeOrganisation),
            DueSoon: ordered.Count(i => i.Clock is { DueOn: { } due } && due >= today && due <= today.AddDays(DueSoonDays)),
            Overdue: ordered.Count(i => i.Urgency == ClockUrgency.Overdue),
            truncated,
            DueSoonDays);
    }
}
