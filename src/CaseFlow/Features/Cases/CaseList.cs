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
    /// <summary>
    /// The most cases a search counts and pages in memory, from one reading of their ids; past it the search runs twice in
    /// the database, once counting and once for the page. Ten thousand ids are 80 KB.
    /// </summary>
    public const int SearchIdsAtOnce = 10_000;

    public static async Task<CasePage> QueryAsync(CaseKindInfo kind, CaseFlowDbContext db, CurrentUser user, CaseListQuery query, int searchIdsAtOnce = SearchIdsAtOnce)
    {
        var visible = await user.VisibleOrganisationsAsync(db);
        var cases = db.Cases.AsNoTracking().Where(c => c.Kind == kind.Kind).OfOrganisations(visible);
        if (query.OrganisationId is { } org) cases = cases.Where(c => c.OrganisationId == org);
        if (!string.IsNullOrWhiteSpace(query.State)) cases = cases.Where(c => c.StateName == query.State);
        if (query.ReceivedFrom is { } from) cases = cases.Where(c => c.ReceivedOn >= from);
        if (query.ReceivedTo is { } to) cases = cases.Where(c => c.ReceivedOn <= to);
        if (query.AssigneeId is { } assignee) cases = cases.Where(c => c.AssigneeId == assignee);
        if (query.Open is { } open) cases = open ? cases.Where(c => c.ClosedOn == null) : cases.Where(c => c.ClosedOn != null);
        if (!string.IsNullOrWhiteSpace(query.CaseNumber)) cases = cases.Where(c => c.CaseNumber != null && c.CaseNumber.Contains(query.CaseNumber));
        // The parties looked for are those of the kind and of the organisations asked for, by their own index.
        IReadOnlyList<int> ofOrganisations = query.OrganisationId is { } only ? visible.Contains(only) ? [only] : [] : visible;
        var searched = db.Parties.OfCases(kind.Kind, ofOrganisations);
        if (!string.IsNullOrWhiteSpace(query.Party))
        {
            var byParty = WithParty(searched, db, query.Party.Trim());
            cases = cases.Where(c => byParty.Contains(c.Id));
        }
        if (!string.IsNullOrWhiteSpace(query.Q)) cases = await Matching(db, searched, kind, cases, query.Q.Trim());

        // A search can find thousands of cases, each looked up in the cases for the list's other filters: on ten million
        // cases that is most of its time. It is done once, reading the ids, and the count and the page come from them; a
        // list without a search counts and pages by the indexes instead.
        var found = string.IsNullOrWhiteSpace(query.Q) && string.IsNullOrWhiteSpace(query.Party) ? null
            : await cases.Select(c => c.Id).Take(searchIdsAtOnce + 1).ToListAsync();
        var (total, ofPage) = found is not null && found.Count <= searchIdsAtOnce
            ? (found.Count, found.OrderDescending().Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToList())
            : (await cases.CountAsync(), null);
        var rows = ofPage is null
            ? cases.OrderByDescending(c => c.Id).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            : db.Cases.AsNoTracking().Where(c => EF.Constant(ofPage).Contains(c.Id)).OrderByDescending(c => c.Id);
        var page = ofPage is { Count: 0 } ? [] : await rows
            .Select(c => new { c.Id, c.Kind, c.CaseNumber, c.OrganisationId, c.StateName, c.Version, c.ReceivedOn, c.AcceptedOn, c.ClosedOn, c.ClosureType, c.AssigneeId })
            .ToListAsync();
        // The page's parties by the page's ids, in a second statement: numbering every party of the kind to keep the
        // first three of each case (what a single statement needs) reads the whole table.
        var ids = page.Select(c => c.Id).ToList();
        var parties = ids.Count == 0 ? [] : await db.Parties.AsNoTracking()
            .Where(p => EF.Constant(ids).Contains(p.CaseId) && (p.Role == PartyRole.Applicant || p.Role == PartyRole.Respondent))
            .OrderBy(p => p.Id).Select(p => new { p.CaseId, p.Role, p.Name }).ToListAsync();
        string Names(long id, PartyRole role) => string.Join("、", parties.Where(p => p.CaseId == id && p.Role == role).Take(3).Select(p => p.Name));
        return new CasePage(
            page.Select(c => new CaseSummary(c.Id, c.Kind, c.CaseNumber, c.OrganisationId, c.StateName, c.Version, c.ReceivedOn, c.AcceptedOn,
                c.ClosedOn, c.ClosureType, Names(c.Id, PartyRole.Applicant), Names(c.Id, PartyRole.Respondent), c.AssigneeId)).ToList(),
            query.Page, query.PageSize, total);
    }

    /// <summary>
    /// One box for whatever the clerk has: a party's name or part of it, an ID number, a credit code, a case number or a
    /// project. Each is looked up by an index and only where it can match: a case number has digits, a project is looked
    /// for among the projects first, and an ID number or credit code is not a name.
    /// </summary>
    static async Task<IQueryable<Case>> Matching(CaseFlowDbContext db, IQueryable<Party> parties, CaseKindInfo kind, IQueryable<Case> cases, string q)
    {
        var byParty = WithParty(parties, db, q);
        var numbered = q.Any(char.IsAsciiDigit) && !LooksLikeCode(q.ToUpperInvariant());
        var projects = kind.Kind == CaseKind.Inspection
            ? await db.ConstructionProjects.AsNoTracking().Where(p => p.Name.Contains(q)).Select(p => (long?)p.Id).ToListAsync()
            : [];
        return (numbered, projects.Count > 0) switch
        {
            (false, false) => cases.Where(c => byParty.Contains(c.Id)),
            (true, false) => cases.Where(c => byParty.Contains(c.Id) || (c.CaseNumber != null && c.CaseNumber.Contains(q))),
            (false, true) => cases.Where(c => byParty.Contains(c.Id) || db.InspectionCases.Any(i => i.Id == c.Id && projects.Contains(i.ProjectId))),
            (true, true) => cases.Where(c => byParty.Contains(c.Id) || (c.CaseNumber != null && c.CaseNumber.Contains(q))
                                             || db.InspectionCases.Any(i => i.Id == c.Id && projects.Contains(i.ProjectId))),
        };
    }

    /// <summary>
    /// The cases with one of <paramref name="parties"/> found by <paramref name="text"/>: by ID number or credit code when it
    /// has their form, else by any part of the name, through the suffixes of the names (<see cref="PartyNameSuffix"/>).
    /// </summary>
    static IQueryable<long> WithParty(IQueryable<Party> parties, CaseFlowDbContext db, string text)
    {
        var code = text.ToUpperInvariant();
        if (LooksLikeCode(code))
            return parties.Where(p => p.IdNumber == code || p.CreditCode == code).Select(p => p.CaseId);
        var key = PartyNameSuffix.Key(text);
        var names = db.PartyNameSuffixes.Where(s => s.Suffix.StartsWith(key)).Select(s => s.Name);
        return parties.Where(p => names.Contains(p.Name) && p.Name.Contains(text)).Select(p => p.CaseId);
    }

    /// <summary>A resident ID number (15 or 18 characters, GB 11643) or a unified social credit code (18, GB 32100): letters and digits, with digits.</summary>
    static bool LooksLikeCode(string text) =>
        text.Length is 15 or 18 && text.All(char.IsAsciiLetterOrDigit) && text.Count(char.IsAsciiDigit) >= 6;
}
