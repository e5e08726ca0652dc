using Mining.Core.Options;

namespace Mining.Workflows;

/// <summary>The platforms this worker crawls: <c>Mining:Platforms</c>, trimmed, lower-cased and distinct.</summary>
public static class CrawlablePlatforms
{
    public static IReadOnlyList<string> From(MiningOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Platforms
            .Where(platform => !string.IsNullOrWhiteSpace(platform))
            .Select(platform => platform.Trim().ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToArray();
    }
}
