using CaseFlow.Domain;

namespace CaseFlow.Workflows;

/// <summary>Who takes an action: a signed-in user, or CaseFlow itself acting for a linked case.</summary>
public sealed record Actor(int? Id, string Name, Role? Role, int OrganisationId)
{
    public static Actor For(User user) => new(user.Id, user.DisplayName, user.Role, user.OrganisationId);

    /// <summary>CaseFlow moving a linked case on behalf of the user who acted on the other one.</summary>
    public Actor OnBehalf() => this with { Role = null };

    public bool IsSystem => Role is null;
}

/// <summary>
/// Thrown by an action's check when its parameters break a rule; becomes a 400 problem naming the
/// field. Checks run before the transition fires; an entry action never throws it.
/// </summary>
public sealed class RuleViolation(string field, string rule) : Exception($"{field} {rule}")
{
    public string Field { get; } = field;
    public string Rule { get; } = rule;
}

/// <summary>The one-line rules an action's check is made of.</summary>
public static class Require
{
    public static void That(bool holds, string field, string rule)
    {
        if (!holds) throw new RuleViolation(field, rule);
    }

    public static void Filled(string? value, string field) => That(!string.IsNullOrWhiteSpace(value), field, "必须填写");
}
