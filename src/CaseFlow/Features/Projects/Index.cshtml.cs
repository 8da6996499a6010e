using CaseFlow.Infrastructure;
using CaseFlow.Data;
using CaseFlow.Features.Shared;

namespace CaseFlow.Features.Projects;

/// <summary>工程项目: the brigade's construction projects with their roster and arrears.</summary>
[Allow(typeof(Access), nameof(Access.SignedIn))]
public sealed class IndexModel(CaseFlowDbContext db, Inspection.GroupDisputeRules groups) : UiPage
{
    public IReadOnlyList<ProjectView> Projects { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Towns { get; private set; } = new Dictionary<string, string>();
    public bool MayEdit => ProjectEndpoints.Keep.Admits(CurrentUser);

    public async Task OnGetAsync()
    {
        Projects = await ProjectEndpoints.Views(db, groups, await CurrentUser.VisibleOrganisationsAsync(db), null);
        Towns = await ProjectPage.TownsAsync(db);
    }
}
