using CaseFlow.Infrastructure;
using CaseFlow.Features.Cases;
using CaseFlow.Features.Shared;

namespace CaseFlow.Features.Home;

/// <summary>我的工作: a user's home, by role.</summary>
[Allow(typeof(Access), nameof(Access.SignedIn))]
public sealed class IndexModel(CaseServices services) : UiPage
{
    public WorkOverview Work { get; private set; } = null!;

    public DateOnly Today => services.Today;

    public async Task OnGetAsync() => Work = await Worklist.BuildAsync(services, CurrentUser);
}
