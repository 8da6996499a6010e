using CaseFlow.Domain;

namespace CaseFlow.Features.Cases;

/// <summary>How a case is named in lists and headers.</summary>
public static class CaseText
{
    /// <summary>"申请人 诉 被申请人", at most three names a side.</summary>
    public static string Parties(Case @case)
    {
        static string Names(IEnumerable<Party> parties)
        {
            var names = parties.OrderBy(p => p.Id).Select(p => p.Name).ToList();
            return names.Count <= 3 ? string.Join("、", names) : $"{string.Join("、", names.Take(3))}等{names.Count}人";
        }
        var applicants = Names(@case.Parties.Where(p => p.Role == PartyRole.Applicant));
        var respondents = Names(@case.Parties.Where(p => p.Role == PartyRole.Respondent));
        return applicants.Length == 0 ? respondents : respondents.Length == 0 ? applicants : $"{applicants} 诉 {respondents}";
    }

    public static string Number(string? caseNumber) => caseNumber ?? "未立案";

    public static string Money(decimal? amount) => amount is { } a ? a.ToString("#,##0.00") : "—";

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd") ?? "—";
}
