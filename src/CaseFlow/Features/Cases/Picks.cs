using CaseFlow.Data;
using CaseFlow.Domain;
using CaseFlow.Features.Mediation;
using CaseFlow.Workflows;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Features.Cases;

/// <summary>The choices of the parameters that name something by its id (<see cref="PickAttribute"/>), for one case.</summary>
public static class Picks
{
    /// <summary>The choices for a form on <paramref name="case"/>, or for an intake in <paramref name="organisationId"/>.</summary>
    public static async Task<IReadOnlyDictionary<PickSource, IReadOnlyList<ValueInfo>>> ForAsync(CaseFlowDbContext db, Case? @case, int organisationId, Inspection.EnforcementRules? enforcement = null)
    {
        var picks = new Dictionary<PickSource, IReadOnlyList<ValueInfo>>
        {
            [PickSource.MediationOrganisations] = await db.Organisations.AsNoTracking()
                .Where(o => o.Kind == OrganisationKind.ArbitrationCommission || o.Kind == OrganisationKind.MediationCommittee)
                .OrderBy(o => o.Id).Select(o => new ValueInfo(o.Id.ToString(), o.Name)).ToListAsync(),
        };
        picks[PickSource.Projects] = await db.ConstructionProjects.AsNoTracking().Where(p => p.OrganisationId == organisationId)
            .OrderByDescending(p => p.Id).Select(p => new ValueInfo(p.Id.ToString(), p.Name)).ToListAsync();
        picks[PickSource.Towns] = (await Projects.ProjectPage.TownsAsync(db)).Select(t => new ValueInfo(t.Key, t.Value)).ToList();
        if (enforcement is not null)
            picks[PickSource.PenaltyProvisions] = enforcement.Provisions.Select(p => new ValueInfo(p.Code, $"{p.Violation}（{p.Penalty}）"))
                .Prepend(new ValueInfo(enforcement.WageOrder.Code, $"{enforcement.WageOrder.Violation}（责令支付，不罚款）")).ToList();
        if (@case is null) return picks;
        picks[PickSource.Arbitrators] = await db.Users.AsNoTracking()
            .Where(u => u.Role == Role.Arbitrator && u.OrganisationId == @case.OrganisationId)
            .OrderBy(u => u.Id).Select(u => new ValueInfo(u.Id.ToString(), u.DisplayName)).ToListAsync();
        picks[PickSource.CaseWorkers] = @case.Parties.Where(p => p.Kind == PartyKind.Worker).OrderBy(p => p.Id)
            .Select(p => new ValueInfo(p.Id.ToString(), p.IdNumber is null ? p.Name : $"{p.Name}（{ResidentIdNumber.Mask(p.IdNumber)}）")).ToList();
        picks[PickSource.CaseParties] = @case.Parties.Where(p => p.IsCaseParty).OrderBy(p => p.Id)
            .Select(p => new ValueInfo(p.Id.ToString(), $"{Labels.Of(p.Role)}：{p.Name}")).ToList();
        // Numbered as the case numbers them; those a partial award has decided are not offered again.
        picks[PickSource.CaseClaims] = @case.Claims.OrderBy(c => c.Id)
            .Select((c, i) => (Claim: c, Choice: new ValueInfo(c.Id.ToString(),
                $"请求{i + 1}：{Labels.Of(c.Type)}{(c.IsCounterclaim ? "（反申请）" : "")}{(c.Amount is { } a ? $" 请求 {CaseText.Money(a)} 元" : "")}")))
            .Where(x => x.Claim.PartiallyAwardedOn is null).Select(x => x.Choice)
            .ToList();
        picks[PickSource.CaseInstalments] = @case is MediationCase m
            ? m.PaymentSchedule.OrderBy(p => p.DueOn).Select(p => new ValueInfo(p.Id.ToString(), $"{CaseText.Date(p.DueOn)} 应付 {CaseText.Money(p.Amount)} 元")).ToList()
            : [];
        return picks;
    }
}
