using CaseFlow.Calendar;
using CaseFlow.Domain;
using CaseFlow.Features.Arbitration;
using CaseFlow.Features.Inspection;
using CaseFlow.Features.Mediation;
using CaseFlow.Workflows;

namespace CaseFlow.Features.Clocks;

/// <summary>What a clock measures in one case: when it started, when it stood still, when it was met.</summary>
public sealed record ClockFacts(DateOnly Start, IReadOnlyList<(DateOnly From, DateOnly? To)> Pauses, DateOnly? MetOn, int ExtraDays = 0, DateOnly? CountedBackFrom = null);

/// <summary>
/// When each statutory clock of shared/domain.md starts, stops and is met, read from the case and its
/// events; how many days it runs and in which unit come from its <see cref="ClockDefinition"/>.
/// </summary>
public static class ClockRules
{
    public static IEnumerable<(string Code, ClockFacts Facts)> Facts(Case @case, IReadOnlyList<CaseEvent> events) => @case switch
    {
        MediationCase m => Mediation(m),
        ArbitrationCase a => Arbitration(a, events),
        InspectionCase i => Inspection(i),
        _ => [],
    };

    static IEnumerable<(string, ClockFacts)> Mediation(MediationCase m)
    {
        var concluded = m.AgreedOn ?? m.ClosedOn;
        if (!m.AtEnterpriseCommittee)
        {
            // 劳动争议调解仲裁法 art. 14: the period runs from receipt; an agreement or the case's end meets it.
            yield return ("mediation", new ClockFacts(m.ReceivedOn, [], concluded));
            yield break;
        }
        // 企业劳动争议协商调解规定: the committee takes the application up within its acceptance period, and
        // mediates within its own period from then, extended once if both parties agree.
        yield return ("enterprise-acceptance", new ClockFacts(m.ReceivedOn, [], m.AcceptedOn ?? m.ClosedOn));
        if (m.AcceptedOn is { } accepted)
            yield return ("enterprise-mediation", new ClockFacts(accepted, [], concluded, m.ExtensionDays ?? 0));
    }

    static IEnumerable<(string, ClockFacts)> Arbitration(ArbitrationCase a, IReadOnlyList<CaseEvent> events)
    {
        // The acceptance decision waits while the applicant tries pre-case mediation (案前约调).
        yield return ("acceptance", new ClockFacts(a.ReceivedOn, Pauses(events, nameof(ArbitrationState.InPreCaseMediation)), a.AcceptedOn ?? a.ClosedOn));
        if (a.AcceptedOn is not { } accepted) yield break;

        yield return ("service", new ClockFacts(accepted, [], a.ServedOn ?? a.ClosedOn));
        yield return ("tribunal", new ClockFacts(accepted, [], a.TribunalFormedOn ?? a.ClosedOn));
        if (a.ServedOn is { } served)
            yield return ("answer", new ClockFacts(a.ServiceDeemedOn ?? served, [], a.AnsweredOn ?? a.HeardOn ?? a.ClosedOn));
        // 公告送达: the notice runs its period before service is deemed done.
        if (a.ServedOn is { } published && a.ServiceDeemedOn is not null)
            yield return (ArbitrationWorkflow.PublicNoticeClock, new ClockFacts(published, [], null));
        if (a.HearingNoticeOn is { } notified && a.HearingAt is { } hearing)
            yield return ("hearing-notice", new ClockFacts(notified, [], notified, CountedBackFrom: DateOnly.FromDateTime(hearing)));

        // 办案规则 art. 46: added parties, amended claims and counterclaims restart the period;
        // suspension does not count towards it; the head may extend it once.
        // A mediation statement meets it on the day it is issued; its delivery to the parties is service,
        // and a party who goes back on it before receipt sets the clock running again (art. 42).
        var start = a.PeriodRestartedOn is { } restarted && restarted > accepted ? restarted : accepted;
        var concluded = a.State == ArbitrationState.StatementDelivery || a.ClosureType == ClosureType.MediationStatement
            ? a.StatementIssuedOn ?? a.ClosedOn
            : a.ClosedOn;
        // 办案规则 art. 46: neither the time suspended nor the time of a public notice counts.
        var pauses = Pauses(events, nameof(ArbitrationState.Suspended));
        if (a.ServedOn is { } noticeFrom && a.ServiceDeemedOn is { } deemed) pauses.Add((noticeFrom, deemed));
        yield return ("award", new ClockFacts(start, pauses.Where(p => p.From >= start).ToList(), concluded, a.ExtensionDays ?? 0));

        if (a.ClosureType == ClosureType.Award && a.AwardServedOn is { } received)
        {
            // Non-final claims may go to court within 15 days; a final award binds the employer, who may
            // only apply to set it aside within 30 days, while the worker may still sue (arts. 47–50).
            // A suit or an application to set aside, once recorded, is the party's period used.
            DateOnly? First(AfterAwardKind kind) => a.AfterAward.Where(e => e.Kind == kind).Select(e => (DateOnly?)e.On).Min();
            yield return ("appeal", new ClockFacts(received, [], First(AfterAwardKind.Suit)));
            if (a.Claims.Any(c => c.IsFinal == true))
                yield return ("set-aside", new ClockFacts(received, [], First(AfterAwardKind.SetAside)));
        }
    }

    static IEnumerable<(string, ClockFacts)> Inspection(InspectionCase i)
    {
        yield return ("inspection-acceptance", new ClockFacts(i.ReceivedOn, [], i.AcceptedOn ?? i.ClosedOn));
        if (i.AcceptedOn is { } filed)
            yield return ("investigation", new ClockFacts(filed, [], i.RectificationOrderedOn ?? i.ClosedOn, i.InvestigationExtensionDays ?? 0));
    }

    /// <summary>The stretches the case spent in <paramref name="state"/>, from its events; the last may still be open.</summary>
    static List<(DateOnly From, DateOnly? To)> Pauses(IReadOnlyList<CaseEvent> events, string state)
    {
        var pauses = new List<(DateOnly, DateOnly?)>();
        DateOnly? from = null;
        foreach (var e in events.OrderBy(e => e.Sequence))
        {
            var day = DateOnly.FromDateTime(e.At.ToOffset(WorkflowContext.ChinaOffset).DateTime);
            if (e.ToState == state && e.FromState != state) from = day;
            else if (e.FromState == state && e.ToState != state && from is { } start)
            {
                pauses.Add((start, day));
                from = null;
            }
        }
        if (from is { } open) pauses.Add((open, null));
        return pauses;
    }

    /// <summary>Applies a definition to the facts: the due date on the calendar, and the clock's status.</summary>
    public static (DateOnly? Due, ClockStatus Status, int PausedDays, IReadOnlyList<int> MissingYears) Compute(
        ClockDefinition definition, ClockFacts facts, WorkingCalendar calendar, DateOnly today)
    {
        var open = facts.MetOn is null && facts.Pauses.Any(p => p.To is null);
        var paused = facts.Pauses.Where(p => p.To is not null)
            .Sum(p => definition.Unit == ClockUnit.CalendarDays ? p.To!.Value.DayNumber - p.From.DayNumber : calendar.WorkingDaysBetween(p.From, p.To!.Value));
        // A notice period counts back from the event it announces: the latest day to give notice.
        DateOnly? due = facts.CountedBackFrom is { } announced
            ? calendar.SubtractWorkingDays(announced, definition.Days)
            : open
                ? null
                : definition.Unit == ClockUnit.CalendarDays
                    ? calendar.AddCalendarDays(facts.Start, definition.Days + facts.ExtraDays + paused)
                    : calendar.AddWorkingDays(facts.Start, definition.Days + facts.ExtraDays + paused);
        var status = facts.MetOn is not null ? ClockStatus.Met
            : open ? ClockStatus.Paused
            : ClockStatus.Running;
        var missing = calendar.MissingYears(facts.Start, due ?? today).ToList();
        return (due, status, paused, missing);
    }
}
