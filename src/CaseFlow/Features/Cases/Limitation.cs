using CaseFlow.Domain;
using CaseFlow.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace CaseFlow.Features.Cases;

/// <summary>
/// The inspection limitation at intake: a warning with its computation that the registrar may override
/// with a recorded reason — never a silent refusal. (The arbitration limitation is per claim and never
/// stops an application: <see cref="Arbitration.LimitationRules"/>.)
/// </summary>
public static class Limitation
{
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
