using CaseFlow.Data;
using CaseFlow.Features.Shared;

namespace CaseFlow.Features.Projects;

/// <summary>工程项目: the brigade's construction projects with their roster and arrears.</summary>
public sealed class IndexModel(CaseFlowDbContext db) : UiPage
{
    public IReadOnlyList<ProjectView> Projects { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Towns { get; private set; } = new Dictionary<string, string>();
    public bool MayEdit => CurrentUser.Role is Domain.Role.Inspector or Domain.Role.Head or Domain.Role.Registrar;

    public async Task OnGetAsync()
    {
        Projects = await ProjectEndpoints.Views(db, await CurrentUser.VisibleOrganisationsAsync(db), null);
        Towns = await ProjectPage.TownsAsync(db);
    }
}
