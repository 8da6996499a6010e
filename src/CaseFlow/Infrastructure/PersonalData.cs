using CaseFlow.Domain;

namespace CaseFlow.Infrastructure;

/// <summary>
/// Personal data by role (ASVS 8.3): resident ID numbers, phone numbers and wage-card numbers in full for the
/// people who work the cases, masked for everyone else — one rule for the API, the pages and the exports.
/// </summary>
public static class PersonalData
{
    /// <summary>Case parties: everyone who works cases sees them in full; analysts and administrators see masks.</summary>
    public static bool SeesPartiesInFull(this CurrentUser user) => user.Role is not (Role.Analyst or Role.Administrator);

    /// <summary>The workers of a construction project's ledger: the brigade's inspectors and head in full.</summary>
    public static bool SeesWorkersInFull(this CurrentUser user) => user.Role is Role.Inspector or Role.Head;

    /// <summary>440783********123X: the region and the last four.</summary>
    public static string? IdNumber(string? value, bool full) => value is null || full || value.Length == 0 ? value : ResidentIdNumber.Mask(value);

    /// <summary>138****0000: the network and the last four digits.</summary>
    public static string? Phone(string? value, bool full) =>
        value is null || full ? value : value.Length >= 7 ? string.Concat(value.AsSpan(0, 3), new string('*', value.Length - 7), value.AsSpan(value.Length - 4)) : new string('*', value.Length);

    /// <summary>****1234: a wage card's last four digits.</summary>
    public static string? Card(string? value, bool full) => value is { Length: > 4 } && !full ? $"****{value[^4..]}" : value;
}
