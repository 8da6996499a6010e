namespace CaseFlow.Domain;

/// <summary>A worker, employer or agent as they stand in one case.</summary>
public class Party
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public PartyRole Role { get; set; }
    public PartyKind Kind { get; set; }
    public required string Name { get; set; }
    /// <summary>居民身份证号码 of a worker or agent, checked against GB 11643.</summary>
    public string? IdNumber { get; set; }
    /// <summary>统一社会信用代码 of an employer, checked against GB 32100.</summary>
    public string? CreditCode { get; set; }
    public string? Phone { get; set; }
    public string? Address { get; set; }
    /// <summary>One of the 3–5 elected representatives of a collective dispute (劳动争议调解仲裁法 art. 7).</summary>
    public bool IsRepresentative { get; set; }
    /// <summary>For an agent: the party represented.</summary>
    public long? RepresentsPartyId { get; set; }
    public Party? RepresentsParty { get; set; }

    /// <summary>当事人 in the strict sense: an applicant, a respondent or a third party; not an agent nor a worker a complaint names.</summary>
    public bool IsCaseParty => Role is PartyRole.Applicant or PartyRole.Respondent or PartyRole.ThirdParty;
}

/// <summary>
/// One suffix of a name some party bears, for the case list's search by any part of a name: the parties whose name
/// contains what was typed are those whose name has a suffix starting with it, an index range however many cases
/// there are (a <c>LIKE '%…%'</c> reads every party). One row per suffix of each distinct name, written with the party
/// (<see cref="Data.CaseFlowDbContext"/>) and never removed: a name no party bears any more matches nothing.
/// </summary>
public class PartyNameSuffix
{
    /// <summary>The characters of a suffix the index holds; a longer search is checked against the name itself.</summary>
    public const int Length = 100;

    public required string Suffix { get; set; }
    public required string Name { get; set; }

    /// <summary>The suffixes of <paramref name="name"/>, by characters (a character beyond the basic plane is one, not two halves).</summary>
    public static IEnumerable<string> Of(string name)
    {
        var characters = name.EnumerateRunes().Select(r => r.ToString()).ToArray();
        for (var i = 0; i < characters.Length; i++) yield return string.Concat(characters.Skip(i).Take(Length));
    }

    /// <summary>What a search looks up: the text's first <see cref="Length"/> characters.</summary>
    public static string Key(string text) => Of(text).FirstOrDefault() ?? "";
}

/// <summary>请求事项: one claim with the elements of 要素式办案.</summary>
public class Claim
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public ClaimType Type { get; set; }
    public string? Description { get; set; }
    /// <summary>Amount claimed, in yuan; absent for non-monetary claims.</summary>
    public decimal? Amount { get; set; }
    public DateOnly? PeriodFrom { get; set; }
    public DateOnly? PeriodTo { get; set; }
    /// <summary>Start of employment, an element of 要素式办案.</summary>
    public DateOnly? EmploymentStart { get; set; }
    /// <summary>Monthly wage standard the claim is computed on.</summary>
    public decimal? WageStandard { get; set; }
    public decimal? AmountAdmitted { get; set; }
    public decimal? AmountAwarded { get; set; }
    /// <summary>A claim of the respondent's counterclaim (反申请).</summary>
    public bool IsCounterclaim { get; set; }
    /// <summary>终局裁决: whether the award on this claim is final (劳动争议调解仲裁法 art. 47); decided with the award, on the amount awarded.</summary>
    public bool? IsFinal { get; set; }
    /// <summary>The day a partial award (先行裁决, art. 43 para. 2) decided this claim; the final award leaves it alone.</summary>
    public DateOnly? PartiallyAwardedOn { get; set; }
    /// <summary>仲裁时效 as assessed at intake (劳动争议调解仲裁法 art. 27); absent on mediation and inspection claims.</summary>
    public LimitationStatus? LimitationStatus { get; set; }
    /// <summary>The last day the claim could be brought within the limitation, when it runs.</summary>
    public DateOnly? LimitationExpiresOn { get; set; }
    /// <summary>The computation in words, step by step, with the articles.</summary>
    public string? LimitationNote { get; set; }
    /// <summary>The facts the limitation was computed from (known-on date, interruptions, suspensions), as JSON.</summary>
    public string? LimitationFacts { get; set; }

    public static bool IsMonetary(ClaimType type) => type is not (ClaimType.ConfirmEmploymentRelationship or ClaimType.Other or ClaimType.CollectiveContract);
}
