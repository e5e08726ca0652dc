namespace Mining.Core.Options;

/// <summary>The task platforms this worker knows how to crawl.</summary>
public static class KnownPlatforms
{
    public const string Google = "google";
    public const string Twitter = "twitter";

    public static IReadOnlySet<string> All { get; } = new SortedSet<string>(StringComparer.Ordinal) { Google, Twitter };
}
