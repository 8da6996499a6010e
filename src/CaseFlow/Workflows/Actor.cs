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

/// <summary>Thrown when an action's parameters break a rule; becomes a 400 problem naming the field.</summary>
public sealed class RuleViolation(string field, string rule) : Exception($"{field} {rule}")
{
    public string Field { get; } = field;
    public string Rule { get; } = rule;
}
