namespace CaseFlow.Domain;

/// <summary>Carries parties and claims from one case to another: a referral or a pre-case mediation.</summary>
public static class CaseCopy
{
    public static void PartiesAndClaims(Case from, Case to)
    {
        // Agents point at the party they represent; keep those links between the copies.
        var copies = from.Parties.ToDictionary(p => p, p => new Party
        {
            Role = p.Role,
            Kind = p.Kind,
            Name = p.Name,
            IdNumber = p.IdNumber,
            CreditCode = p.CreditCode,
            Phone = p.Phone,
            Address = p.Address,
            IsRepresentative = p.IsRepresentative,
        });
        to.Parties.AddRange(copies.Values);
        to.Claims.AddRange(from.Claims.Select(c => new Claim
        {
            Type = c.Type,
            Description = c.Description,
            Amount = c.Amount,
            PeriodFrom = c.PeriodFrom,
            PeriodTo = c.PeriodTo,
            EmploymentStart = c.EmploymentStart,
            WageStandard = c.WageStandard,
            LimitationStatus = c.LimitationStatus,
            LimitationExpiresOn = c.LimitationExpiresOn,
            LimitationNote = c.LimitationNote,
            LimitationFacts = c.LimitationFacts,
        }));
        foreach (var (original, copy) in copies)
            if (original.RepresentsPartyId is { } id && from.Parties.FirstOrDefault(p => p.Id == id) is { } represented)
                copy.RepresentsParty = copies[represented];
    }
}
