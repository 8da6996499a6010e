namespace CaseFlow.Domain;

/// <summary>The bureau, the arbitration commission, a town mediation committee or the inspection brigade.</summary>
public class Organisation
{
    public int Id { get; set; }
    /// <summary>A short stable code used by seeds and configuration, e.g. <c>commission</c>, <c>sanbu</c>.</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public OrganisationKind Kind { get; set; }
    /// <summary>The organisation above this one; its users see this one's cases too.</summary>
    public int? ParentId { get; set; }
    public Organisation? Parent { get; set; }
    public List<CaseNumberFormat> CaseNumberFormats { get; set; } = [];
    /// <summary>An enterprise mediation committee's enterprise, by its unified social credit code: the employer of every dispute it mediates.</summary>
    public string? EnterpriseCreditCode { get; set; }

    /// <summary>The place a town's committee serves, as people say it: 开平市三埠街道劳动争议调解委员会 → 三埠街道.</summary>
    public static string PlaceOf(string name) => name.Replace("开平市", "").Replace("劳动争议调解委员会", "");
}

/// <summary>An organisation's pattern for the numbers of one kind of case, e.g. <c>开劳人仲案字〔{year}〕第{number}号</c>.</summary>
public class CaseNumberFormat
{
    public int OrganisationId { get; set; }
    public CaseKind Kind { get; set; }
    public required string Pattern { get; set; }

    public string Format(int year, int number) =>
        Pattern.Replace("{year}", year.ToString()).Replace("{number}", number.ToString());
}

/// <summary>The last number issued for one organisation, kind of case and year.</summary>
public class CaseNumberSequence
{
    public int OrganisationId { get; set; }
    public CaseKind Kind { get; set; }
    public int Year { get; set; }
    public int LastNumber { get; set; }
}
