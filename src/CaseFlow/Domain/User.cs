using Microsoft.AspNetCore.Identity;

namespace CaseFlow.Domain;

/// <summary>A person who works cases: one role in one organisation.</summary>
public class User : IdentityUser<int>
{
    public required string DisplayName { get; set; }
    public Role Role { get; set; }
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    /// <summary>分管镇街: for an inspector, the towns (by their committee's code, comma-separated) whose projects' warnings come to them.</summary>
    public string? Towns { get; set; }
    /// <summary>停用: a departing clerk keeps their name on every case they worked, but signs in no more.</summary>
    public DateTimeOffset? DisabledAt { get; set; }
    /// <summary>Set when an administrator gives the user a password: they choose their own before anything else.</summary>
    public bool MustChangePassword { get; set; }
    public DateTimeOffset? PasswordChangedAt { get; set; }

    public bool IsDisabled => DisabledAt is not null;
}

/// <summary>
/// One change to a user account — created, edited, a password set or changed, disabled, enabled, unlocked,
/// locked out — with who made it and when: the account's audit trail. No password is ever in it.
/// </summary>
public class UserEvent
{
    public long Id { get; set; }
    public int UserId { get; set; }
    /// <summary>The administrator who made the change; null for the set-up command and for the sign-in itself (a lockout).</summary>
    public int? ActorId { get; set; }
    public required string ActorName { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Action { get; set; }
    public string? Details { get; set; }
}
