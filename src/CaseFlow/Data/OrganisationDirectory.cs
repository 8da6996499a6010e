using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Data;

/// <summary>
/// The organisations and which is under which, held in memory: every request asks which organisations its
/// user may see, and the answer changes only when the seeds add an organisation (start-up), which bumps the
/// <see cref="Features.Clocks.ReferenceVersion.Organisations"/> version so that every instance reloads
/// (<see cref="Features.Clocks.ReferenceData"/>). An organisation it does not know yet is answered from the database.
/// </summary>
public sealed class OrganisationDirectory
{
    volatile IReadOnlyDictionary<int, int[]> visible = new Dictionary<int, int[]>();

    /// <summary>The organisation and those directly under it, as <see cref="Infrastructure.CurrentUser.VisibleOrganisations"/> defines; null when not loaded.</summary>
    public IReadOnlyList<int>? Visible(int organisationId) => visible.GetValueOrDefault(organisationId);

    public async Task ReloadAsync(CaseFlowDbContext db)
    {
        var all = await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.ParentId }).ToListAsync();
        visible = all.ToDictionary(o => o.Id, o => all.Where(c => c.Id == o.Id || c.ParentId == o.Id).Select(c => c.Id).Order().ToArray());
    }
}
