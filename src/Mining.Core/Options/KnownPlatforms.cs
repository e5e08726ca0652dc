namespace Mining.Core.Options;

/// <summary>
/// The task platforms this worker can crawl, and so the only ones it may send as preferences. Twitter is not among
/// them: its pages need an authenticated browser session the worker does not have, and advertising it would only get
/// twitter tasks assigned that the worker must give back.
/// </summary>
public static class KnownPlatforms
{
    public const string Google = "google";

    public static IReadOnlySet<string> All { get; } = new SortedSet<string>(StringComparer.Ordinal) { Google };
}
