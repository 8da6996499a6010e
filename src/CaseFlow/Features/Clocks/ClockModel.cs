using System.ComponentModel.DataAnnotations;
using CaseFlow.Domain;

namespace CaseFlow.Features.Clocks;

public enum ClockUnit
{
    [Display(Name = "自然日")]

    CalendarDays,
    [Display(Name = "工作日")]
    WorkingDays,
}

/// <summary>Who must act before the clock runs out: the organisation handling the case, or a party.</summary>
public enum ClockObligation
{
    [Display(Name = "办案机构")]

    Organisation,
    [Display(Name = "当事人")]
    Party,
}

/// <summary>Stored state of a clock; overdue is read against today, not stored.</summary>
public enum ClockStatus
{
    [Display(Name = "计算中")]

    Running,
    /// <summary>Stopped by a suspension (or, for acceptance, by pre-case mediation).</summary>
    [Display(Name = "已中止")]
    Paused,
    [Display(Name = "已完成")]
    Met,
}

/// <summary>
/// A statutory clock as data: its period, its unit and its legal basis. When each clock starts,
/// pauses and is met is the rule of <see cref="ClockRules"/>; how long it runs is this row, which an
/// administrator can change without a release.
/// </summary>
public class ClockDefinition
{
    public required string Code { get; set; }
    public CaseKind CaseKind { get; set; }
    public required string Name { get; set; }
    public required string Description { get; set; }
    public int Days { get; set; }
    public ClockUnit Unit { get; set; }
    public ClockObligation ObligedBy { get; set; }
    public required string LegalBasis { get; set; }
    /// <summary>The most days the period may be extended, once, where its rule allows an extension.</summary>
    public int? MaxExtensionDays { get; set; }
}

/// <summary>One clock of one case, recomputed on each of the case's events.</summary>
public class CaseClock
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    /// <summary>Copied from the case so that worklists read one indexed table.</summary>
    public int OrganisationId { get; set; }
    public CaseKind Kind { get; set; }
    public int? AssigneeId { get; set; }
    public required string Code { get; set; }
    public ClockStatus Status { get; set; }
    public ClockObligation ObligedBy { get; set; }
    public DateOnly StartedOn { get; set; }
    /// <summary>Absent while paused: the due date depends on when the pause ends.</summary>
    public DateOnly? DueOn { get; set; }
    public DateOnly? MetOn { get; set; }
    /// <summary>Days (in the clock's unit) the clock stood still.</summary>
    public int PausedDays { get; set; }
    /// <summary>The years the computation touched that have no holiday calendar loaded, e.g. "2027".</summary>
    public string? MissingCalendarYears { get; set; }
}
