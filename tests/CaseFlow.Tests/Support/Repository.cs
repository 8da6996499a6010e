namespace CaseFlow.Tests.Support;

/// <summary>The checkout the tests run from: the folder that holds CaseFlow.sln.</summary>
public static class Repository
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CaseFlow.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("CaseFlow.sln");
    }
}
