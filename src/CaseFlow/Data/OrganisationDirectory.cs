using CaseFlow.Domain;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Data;

/// <summary>
/// The organisations, which is under which, and their case number formats, held in memory: every request asks which
/// organisations its user may see, an intake names its organisation and an acceptance its format, and all of it changes
/// only when the seeds add an organisation (start-up), which bumps the
/// <see cref="Features.Clocks.ReferenceVersion.Organisations"/> version so that every instance reloads
/// (<see cref="Features.Clocks.ReferenceData"/>). An organisation it does not know yet is answered from the database.
/// </summary>
public sealed class OrganisationDirectory
{
    sealed record Loaded(IReadOnlyDictionary<int, int[]> Visible, IReadOnlyDictionary<int, Organisation> Organisations,
        IReadOnlyDictionary<(int, CaseKind), string> Formats);

    volatile Loaded loaded = new(new Dictionary<int, int[]>(), new Dictionary<int, Organisation>(), new Dictionary<(int, CaseKind), string>());

    /// <summary>The organisation and those directly under it, as <see cref="Infrastructure.CurrentUser.VisibleOrganisations"/> defines; null when not loaded.</summary>
    public IReadOnlyList<int>? Visible(int organisationId) => loaded.Visible.GetValueOrDefault(organisationId);

    /// <summary>A copy of the organisation as last loaded, its own to attach to a context; null when not loaded.</summary>
    public Organisation? Copy(int organisationId) => loaded.Organisations.GetValueOrDefault(organisationId) is { } o
        ? new Organisation { Id = o.Id, Code = o.Code, Name = o.Name, Kind = o.Kind, ParentId = o.ParentId, EnterpriseCreditCode = o.EnterpriseCreditCode }
        : null;

    /// <summary>The organisation's pattern for the numbers of a kind of case; null when not loaded.</summary>
    public CaseNumberFormat? Format(int organisationId, CaseKind kind) => loaded.Formats.GetValueOrDefault((organisationId, kind)) is { } pattern
        ? new CaseNumberFormat { OrganisationId = organisationId, Kind = kind, Pattern = pattern }
        : null;

    public async Task ReloadAsync(CaseFlowDbContext db)
    {
        var all = await db.Organisations.AsNoTracking().ToListAsync();
        var formats = await db.CaseNumberFormats.AsNoTracking().ToListAsync();
        loaded = new Loaded(
            all.ToDictionary(o => o.Id, o => all.Where(c => c.Id == o.Id || c.ParentId == o.Id).Select(c => c.Id).Order().ToArray()),
            all.ToDictionary(o => o.Id),
            formats.ToDictionary(f => (f.OrganisationId, f.Kind), f => f.Pattern));
    }
}
