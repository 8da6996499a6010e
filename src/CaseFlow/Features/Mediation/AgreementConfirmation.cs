using System.ComponentModel.DataAnnotations;
using CaseFlow.Calendar;
using CaseFlow.Features.Arbitration;

namespace CaseFlow.Features.Mediation;

/// <summary>Where a mediation agreement is sent to be given the force of a decision.</summary>
public enum ConfirmationRoute
{
    /// <summary>仲裁审查确认: the commission reviews the agreement and issues a 调解书 on it.</summary>
    [Display(Name = "仲裁审查确认")]
    ArbitralReview,
    /// <summary>司法确认: the people's court confirms the agreement, which may then be enforced.</summary>
    [Display(Name = "司法确认")]
    JudicialConfirmation,
}

public enum ConfirmationOutcome
{
    [Display(Name = "确认有效", Description = "仲裁委制作调解书，或人民法院裁定确认调解协议有效")]
    Confirmed,
    [Display(Name = "不予确认", Description = "不予制作调解书，或人民法院裁定驳回申请、确认无效")]
    Refused,
}

/// <summary>An application to have a mediation agreement reviewed or confirmed, and what came of it.</summary>
public class AgreementConfirmation
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public ConfirmationRoute Route { get; set; }
    public DateOnly AppliedOn { get; set; }
    /// <summary>The commission or court applied to.</summary>
    public required string Body { get; set; }
    public string? Reference { get; set; }
    public ConfirmationOutcome? Outcome { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public string? Note { get; set; }
}

/// <summary>One route with its period from the agreement taking effect, its source and what follows.</summary>
public sealed record ConfirmationRouteRule(ConfirmationRoute Route, string Name, int Days, string Source, string Outcome, string? Uncertain);

/// <summary>
/// The routes by which an agreement gains the force of a decision (<c>seeds/agreement-confirmation.json</c>):
/// both parties apply together within a period counted from the day the agreement takes effect.
/// </summary>
public sealed class ConfirmationRules(IReadOnlyList<ConfirmationRouteRule> routes, string joint)
{
    /// <summary>For describing workflows without the seeds: the periods as seeded.</summary>
    public static ConfirmationRules Statute { get; } = new(
    [
        new(ConfirmationRoute.ArbitralReview, "仲裁审查确认", 15, "劳动人事争议仲裁办案规则 第七十四条", "", null),
        new(ConfirmationRoute.JudicialConfirmation, "司法确认", 30, "人民调解法 第三十三条", "", null),
    ], "双方当事人共同申请");

    public string Joint => joint;

    public ConfirmationRouteRule Of(ConfirmationRoute route) => routes.Single(r => r.Route == route);

    /// <summary>The last day to apply: the period counted from the agreement's day, a last day at rest moved to the next working day.</summary>
    public DateOnly LastDay(ConfirmationRoute route, DateOnly agreedOn, WorkingCalendar calendar) => calendar.AddCalendarDays(agreedOn, Of(route).Days);

    /// <summary>The rules with their sources, for the README's list of what the workflows enforce.</summary>
    public IReadOnlyList<LegalRule> Rules =>
    [
        .. routes.Select(r => new LegalRule($"调解协议{r.Name}：自调解协议生效之日起{r.Days}日内申请", r.Source, r.Uncertain)),
        new("调解协议的审查确认须由双方当事人共同申请", joint),
    ];
}
