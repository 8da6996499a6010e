using CaseFlow.Domain;
using CaseFlow.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace CaseFlow.Features.Cases;

/// <summary>
/// Limitation checks at intake: a warning with its computation that the registrar may override with a
/// recorded reason — never a silent refusal.
/// </summary>
public static class Limitation
{
    /// <summary>
    /// 劳动争议调解仲裁法 art. 27: one year from when the right was known to be infringed; wage arrears
    /// during employment are not barred while it lasts, and then run one year from its end.
    /// </summary>
    public static string? Arbitration(DateOnly receivedOn, DateOnly? infringementKnownOn, DateOnly? employmentEndedOn, IEnumerable<ClaimType> claims)
    {
        var wagesOnly = claims.All(t => t is ClaimType.UnpaidWages or ClaimType.Overtime);
        var (start, basis) = wagesOnly && employmentEndedOn is { } ended
            ? (ended, "employment ended on")
            : infringementKnownOn is { } known ? (known, "the infringement was known on") : (employmentEndedOn, "employment ended on");
        if (start is not { } from) return null;
        var expired = from.AddYears(1);
        return receivedOn > expired
            ? $"1-year limitation (劳动争议调解仲裁法 art. 27): {basis} {from:yyyy-MM-dd}, so the period ran out on {expired:yyyy-MM-dd}; the application was received on {receivedOn:yyyy-MM-dd}, {receivedOn.DayNumber - expired.DayNumber} days later"
            : null;
    }

    /// <summary>劳动保障监察条例 art. 20: a violation neither found nor reported within two years of its end is not pursued.</summary>
    public static string? Inspection(DateOnly receivedOn, DateOnly? violationEndedOn)
    {
        if (violationEndedOn is not { } ended) return null;
        var expired = ended.AddYears(2);
        return receivedOn > expired
            ? $"2-year limitation (劳动保障监察条例 art. 20): the violation ended on {ended:yyyy-MM-dd}, so the period ran out on {expired:yyyy-MM-dd}; the complaint was received on {receivedOn:yyyy-MM-dd}, {receivedOn.DayNumber - expired.DayNumber} days later"
            : null;
    }

    /// <summary>
    /// The limitation note to store, or the problem to answer: a limitation that ran out needs a
    /// reason to go on with, and the reason is kept with the case.
    /// </summary>
    public static (string? Note, IResult? Problem) Check(string? warning, string? overrideReason)
    {
        if (warning is null) return (null, null);
        if (string.IsNullOrWhiteSpace(overrideReason))
            return (null, TypedResults.Problem(
                title: "The limitation period has run out",
                detail: $"{warning}. To register it anyway, send limitationOverrideReason.",
                statusCode: StatusCodes.Status422UnprocessableEntity,
                extensions: new Dictionary<string, object?> { ["warnings"] = new[] { warning }, ["field"] = "limitationOverrideReason" }));
        return ($"{warning}. Registered with the reason: {overrideReason.Trim()}", null);
    }
}
