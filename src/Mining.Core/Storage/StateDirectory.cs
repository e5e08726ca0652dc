using Mining.Core.Options;

namespace Mining.Core.Storage;

/// <summary>Where the standalone host keeps its small state files: <c>Mining:StateDirectory</c>, else the OS app-data folder.</summary>
public static class StateDirectory
{
    public static string Resolve(MiningOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrWhiteSpace(options.StateDirectory)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "mining-worker")
            : Path.GetFullPath(options.StateDirectory);
    }
}
