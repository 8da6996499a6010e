using CaseFlow.Domain;

namespace CaseFlow.Features.Cases;

/// <summary>A party as given at intake.</summary>
public sealed record PartyInput
{
    public required PartyRole Role { get; init; }
    public required PartyKind Kind { get; init; }
    public required string Name { get; init; }
    /// <summary>居民身份证号码: required for workers, checked for agents when given.</summary>
    public string? IdNumber { get; init; }
    /// <summary>统一社会信用代码: required for employers.</summary>
    public string? CreditCode { get; init; }
    public string? Phone { get; init; }
    public string? Address { get; init; }
    /// <summary>An elected representative of a collective dispute.</summary>
    public bool IsRepresentative { get; init; }
    /// <summary>For an agent: the index in this list of the party represented.</summary>
    public int? RepresentsIndex { get; init; }
    /// <summary>Inspection cases: what this worker is owed.</summary>
    public decimal? ArrearsAmount { get; init; }
    public DateOnly? ArrearsFrom { get; init; }
    public DateOnly? ArrearsTo { get; init; }
}

/// <summary>A claim as given at intake.</summary>
public sealed record ClaimInput
{
    public required ClaimType Type { get; init; }
    public decimal? Amount { get; init; }
    public string? Description { get; init; }
    public DateOnly? PeriodFrom { get; init; }
    public DateOnly? PeriodTo { get; init; }
    public DateOnly? EmploymentStart { get; init; }
    public decimal? WageStandard { get; init; }
}

/// <summary>The checks every intake makes, each failure named by its JSON path.</summary>
public sealed class Intake
{
    readonly Dictionary<string, List<string>> errors = [];

    public bool IsValid => errors.Count == 0 && Problem is null;

    /// <summary>A refusal that is not a field error, such as a limitation that ran out.</summary>
    public Microsoft.AspNetCore.Http.IResult? Problem { get; private set; }

    public void Refuse(Microsoft.AspNetCore.Http.IResult problem) => Problem = problem;
    public IDictionary<string, string[]> Errors => errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public void Fail(string field, string rule)
    {
        if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
        list.Add(rule);
    }

    public void ReceivedOn(DateOnly receivedOn, DateOnly today)
    {
        if (receivedOn > today) Fail("receivedOn", "must not be in the future");
        if (receivedOn < today.AddYears(-5)) Fail("receivedOn", "must be within the last five years");
    }

    public void Text(string field, string? value, int maxLength, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) Fail(field, "is required");
        }
        else if (value.Length > maxLength) Fail(field, $"must have at most {maxLength} characters");
    }

    public void Parties(IReadOnlyList<PartyInput>? parties, bool applicantRequired)
    {
        if (parties is null || parties.Count == 0)
        {
            Fail("parties", "must name at least one party");
            return;
        }
        if (parties.Count > 500) Fail("parties", "must have at most 500 entries");
        if (applicantRequired && !parties.Any(p => p.Role == PartyRole.Applicant))
            Fail("parties", "must include an applicant");
        if (!parties.Any(p => p.Role == PartyRole.Respondent && p.Kind == PartyKind.Employer))
            Fail("parties", "must include a respondent employer");
        for (var i = 0; i < parties.Count; i++)
        {
            var p = parties[i];
            var at = $"parties[{i}]";
            Party(at, p);
            if (p.Kind == PartyKind.Agent && (p.RepresentsIndex is not { } index || index < 0 || index >= parties.Count || parties[index].Kind == PartyKind.Agent))
                Fail($"{at}.representsIndex", "must name the index of a worker or employer in parties");
        }
        var duplicates = parties.Where(p => p.IdNumber is not null).GroupBy(p => p.IdNumber!.ToUpperInvariant()).Where(g => g.Count() > 1);
        foreach (var d in duplicates) Fail("parties", $"names the ID number {ResidentIdNumber.Mask(d.Key)} more than once");
    }

    /// <summary>The checks of one party, its fields named under <paramref name="at"/>.</summary>
    public void Party(string at, PartyInput p)
    {
        Text($"{at}.name", p.Name, 100);
        Text($"{at}.phone", p.Phone, 40, required: false);
        Text($"{at}.address", p.Address, 200, required: false);
        switch (p.Kind)
        {
            case PartyKind.Worker:
                if (ResidentIdNumber.Problem(p.IdNumber) is { } idProblem) Fail($"{at}.idNumber", idProblem);
                break;
            case PartyKind.Employer:
                if (UnifiedSocialCreditCode.Problem(p.CreditCode) is { } codeProblem) Fail($"{at}.creditCode", codeProblem);
                if (p.Role is PartyRole.Agent) Fail($"{at}.role", "an employer cannot be an agent");
                break;
            case PartyKind.Agent:
                if (p.IdNumber is not null && ResidentIdNumber.Problem(p.IdNumber) is { } agentProblem) Fail($"{at}.idNumber", agentProblem);
                if (p.Role != PartyRole.Agent) Fail($"{at}.role", "an agent's role is Agent");
                break;
        }
        if (p.Kind != PartyKind.Agent && p.Role == PartyRole.Agent) Fail($"{at}.role", "only an agent may have the role Agent");
        if (p.IsRepresentative && (p.Role != PartyRole.Applicant || p.Kind != PartyKind.Worker))
            Fail($"{at}.isRepresentative", "only worker applicants may be elected representatives");
        if (p.ArrearsAmount is { } arrears && (arrears <= 0 || p.Kind != PartyKind.Worker))
            Fail($"{at}.arrearsAmount", "must be positive and given for workers only");
        if (p.ArrearsFrom > p.ArrearsTo) Fail($"{at}.arrearsTo", "must not be before arrearsFrom");
    }

    public void Claims(IReadOnlyList<ClaimInput>? claims, bool required)
    {
        if (claims is null || claims.Count == 0)
        {
            if (required) Fail("claims", "must include at least one claim");
            return;
        }
        if (claims.Count > 100) Fail("claims", "must have at most 100 entries");
        for (var i = 0; i < claims.Count; i++)
        {
            var c = claims[i];
            var at = $"claims[{i}]";
            if (c.Amount < 0) Fail($"{at}.amount", "must not be negative");
            if (c.Amount > 1_000_000_000) Fail($"{at}.amount", "must be at most 1,000,000,000 yuan");
            if (c.Amount is null && Claim.IsMonetary(c.Type)) Fail($"{at}.amount", $"is required for a {c.Type} claim");
            if (c.WageStandard < 0) Fail($"{at}.wageStandard", "must not be negative");
            if (c.PeriodFrom > c.PeriodTo) Fail($"{at}.periodTo", "must not be before periodFrom");
            Text($"{at}.description", c.Description, 2000, required: false);
        }
    }

    /// <summary>The parties as stored, agents linked to whom they represent.</summary>
    public static List<Party> ToParties(IReadOnlyList<PartyInput> inputs)
    {
        var parties = inputs.Select(p => new Party
        {
            Role = p.Role,
            Kind = p.Kind,
            Name = p.Name.Trim(),
            IdNumber = p.IdNumber?.ToUpperInvariant(),
            CreditCode = p.CreditCode?.ToUpperInvariant(),
            Phone = p.Phone,
            Address = p.Address,
            IsRepresentative = p.IsRepresentative,
        }).ToList();
        for (var i = 0; i < inputs.Count; i++)
            if (inputs[i].RepresentsIndex is { } index)
                parties[i].RepresentsParty = parties[index];
        return parties;
    }

    public static List<Claim> ToClaims(IReadOnlyList<ClaimInput>? inputs) =>
        (inputs ?? []).Select(c => new Claim
        {
            Type = c.Type,
            Amount = c.Amount,
            Description = c.Description,
            PeriodFrom = c.PeriodFrom,
            PeriodTo = c.PeriodTo,
            EmploymentStart = c.EmploymentStart,
            WageStandard = c.WageStandard,
        }).ToList();
}
