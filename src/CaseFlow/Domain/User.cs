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
}
