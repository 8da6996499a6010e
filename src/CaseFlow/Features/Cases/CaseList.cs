using CaseFlow.Data;
using CaseFlow.Domain;
using CaseFlow.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Features.Cases;

/// <summary>
/// A page of one kind of case, among those the user may see, filtered and searched: the API's
/// <c>GET /api/{kind}</c> and the web UI's lists run this one query.
/// </summary>
public static class CaseList
{
    public static async Task<CasePage> QueryAsync(CaseKindInfo kind, CaseFlowDbContext db, CurrentUser user, CaseListQuery query)
    {
        var visible = await user.VisibleOrganisationsAsync(db);
        var cases = db.Cases.AsNoTracking().Where(c => c.Kind == kind.Kind && visible.Contains(c.OrganisationId));
        if (query.OrganisationId is { } org) cases = cases.Where(c => c.OrganisationId == org);
        if (!string.IsNullOrWhiteSpace(query.State)) cases = cases.Where(c => c.StateName == query.State);
        if (query.ReceivedFrom is { } from) cases = cases.Where(c => c.ReceivedOn >= from);
        if (query.ReceivedTo is { } to) cases = cases.Where(c => c.ReceivedOn <= to);
        if (query.AssigneeId is { } assignee) cases = cases.Where(c => c.AssigneeId == assignee);
        if (query.Open is { } open) cases = open ? cases.Where(c => c.ClosedOn == null) : cases.Where(c => c.ClosedOn != null);
        if (!string.IsNullOrWhiteSpace(query.CaseNumber)) cases = cases.Where(c => c.CaseNumber != null && c.CaseNumber.Contains(query.CaseNumber));
        if (!string.IsNullOrWhiteSpace(query.Party)) cases = WithParty(cases, query.Party);
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            // One box for whatever the clerk has: a case number, a party's name, an ID number, a credit code or a project.
            var q = query.Q.Trim();
            var code = q.ToUpperInvariant();
            cases = cases.Where(c => (c.CaseNumber != null && c.CaseNumber.Contains(q))
                                     || c.Parties.Any(p => p.Name.Contains(q) || p.IdNumber == code || p.CreditCode == code)
                                     || db.InspectionCases.Any(i => i.Id == c.Id && i.Project != null && i.Project.Name.Contains(q)));
        }
        var total = await cases.CountAsync();
        var page = await cases.OrderByDescending(c => c.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(c => new
            {
                c.Id, c.Kind, c.CaseNumber, c.OrganisationId, c.StateName, c.Version, c.ReceivedOn, c.AcceptedOn, c.ClosedOn, c.ClosureType, c.AssigneeId,
                Applicants = c.Parties.Where(p => p.Role == PartyRole.Applicant).OrderBy(p => p.Id).Select(p => p.Name).Take(3).ToList(),
                Respondents = c.Parties.Where(p => p.Role == PartyRole.Respondent).OrderBy(p => p.Id).Select(p => p.Name).Take(3).ToList(),
            })
            .ToListAsync();
        return new CasePage(
            page.Select(c => new CaseSummary(c.Id, c.Kind, c.CaseNumber, c.OrganisationId, c.StateName, c.Version, c.ReceivedOn, c.AcceptedOn,
                c.ClosedOn, c.ClosureType, string.Join("、", c.Applicants), string.Join("、", c.Respondents), c.AssigneeId)).ToList(),
            query.Page, query.PageSize, total);
    }

    static IQueryable<Case> WithParty(IQueryable<Case> cases, string party)
    {
        var name = party.Trim();
        var code = name.ToUpperInvariant();
        return cases.Where(c => c.Parties.Any(p => p.Name.Contains(name) || p.IdNumber == code || p.CreditCode == code));
    }
}
