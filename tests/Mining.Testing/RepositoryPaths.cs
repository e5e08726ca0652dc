namespace Mining.Testing;

/// <summary>Locates the repository root and the shared contract folder beside it, from a test's output directory.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The read-only <c>shared/</c> folder that sits beside the checkout (contract, fixtures).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MiningFunctions.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Could not find MiningFunctions.sln above " + AppContext.BaseDirectory);
    }
}
