namespace CaseFlow.Data;

public static class DemoData
{
    public static Task<int> LoadAsync(IServiceProvider services) => Task.FromResult(0);
}
