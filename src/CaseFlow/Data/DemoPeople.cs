using CaseFlow.Domain;

namespace CaseFlow.Data;

public sealed record ProjectSeed(string Name, string Location, string Developer, string Contractor, string Subcontractors, decimal Deposit, int Roster);

/// <summary>The invented people, employers and projects of <c>seeds/demo/people.json</c>.</summary>
public sealed record People(List<string> Surnames, List<string> GivenNames, List<string> Employers, List<ProjectSeed> Projects);

/// <summary>Makes up parties and claims for demo and volume data: valid identity numbers, plausible wages.</summary>
public sealed class DemoPeople(People people, Random random)
{
    int personCounter;

    public People People => people;

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public string PersonName() => Pick(people.Surnames) + Pick(people.GivenNames);

    public string IdNumber()
    {
        var n = ++personCounter;
        var birth = new DateOnly(1968, 1, 1).AddDays(random.Next(0, 365 * 34));
        var first17 = $"440783{birth:yyyyMMdd}{n % 1000:000}";
        return first17 + ResidentIdNumber.CheckCharacter(first17);
    }

    public static string CreditCode(string name)
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var hash = (uint)name.Aggregate(17, (h, c) => h * 31 + c);
        var body = string.Concat(Enumerable.Range(0, 7).Select(i => alphabet[(int)(hash >> (i * 4) & 0x1F) % alphabet.Length]));
        var first17 = $"91440783MA{body}";
        return first17 + UnifiedSocialCreditCode.CheckCharacter(first17);
    }

    public List<Party> Parties(int workers, string employer, PartyRole workerRole = PartyRole.Applicant) =>
    [
        .. Enumerable.Range(0, workers).Select(i => new Party
        {
            Role = workerRole, Kind = PartyKind.Worker, Name = PersonName(), IdNumber = IdNumber(),
            Phone = $"13{random.Next(100000000, 999999999)}", IsRepresentative = workers >= 10 && i < 3,
        }),
        new Party { Role = PartyRole.Respondent, Kind = PartyKind.Employer, Name = employer, CreditCode = CreditCode(employer), Address = employer[..5] },
    ];

    public List<Claim> Claims(DateOnly today, bool allowNonMonetary = true)
    {
        var wage = 3800m + random.Next(0, 31) * 100m;
        var months = random.Next(1, 5);
        var end = today.AddDays(-random.Next(10, 40));
        var claims = new List<Claim>
        {
            new() { Type = ClaimType.UnpaidWages, Amount = wage * months, WageStandard = wage, PeriodFrom = end.AddMonths(-months), PeriodTo = end,
                    Description = $"拖欠{months}个月工资" },
        };
        if (random.Next(2) == 0) claims.Add(new Claim { Type = ClaimType.Overtime, Amount = Math.Round(wage / 21.75m / 8 * 1.5m * random.Next(40, 200), 2), Description = "延时加班工资" });
        if (random.Next(3) == 0) claims.Add(new Claim { Type = ClaimType.EconomicCompensation, Amount = wage * random.Next(1, 6), WageStandard = wage, Description = "解除劳动合同经济补偿" });
        if (random.Next(4) == 0) claims.Add(new Claim { Type = ClaimType.DoubleWages, Amount = wage * random.Next(2, 11), Description = "未签订书面劳动合同二倍工资差额" });
        if (allowNonMonetary && random.Next(6) == 0) claims.Add(new Claim { Type = ClaimType.ConfirmEmploymentRelationship, Description = "确认双方存在劳动关系" });
        return claims;
    }
}
