namespace CaseFlow.Tests.Support;

/// <summary>A test class that moves cases through the workflows on a fresh <see cref="WorkflowHarness"/> per test.</summary>
public abstract class HarnessTests : IAsyncLifetime
{
    protected WorkflowHarness h = null!;

    public virtual async Task InitializeAsync() => h = await WorkflowHarness.StartAsync();
    public async Task DisposeAsync() => await h.DisposeAsync();
}
