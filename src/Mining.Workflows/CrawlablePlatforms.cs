using Mining.Core.Options;

namespace Mining.Workflows;

/// <summary>
/// The platforms this worker crawls: <c>Mining:Platforms</c>, trimmed, lower-cased and distinct, and only those it
/// knows how to crawl. The options validator already refuses others at start; this keeps a changed setting honest too.
/// </summary>
public static class CrawlablePlatforms
{
    public static IReadOnlyList<string> From(MiningOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Platforms
            .Where(platform => !string.IsNullOrWhiteSpace(platform))
            .Select(platform => platform.Trim().ToLowerInvariant())
            .Where(KnownPlatforms.All.Contains)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
    }
}
