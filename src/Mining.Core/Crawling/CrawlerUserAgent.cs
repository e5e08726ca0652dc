using System.Reflection;

namespace Mining.Core.Crawling;

/// <summary>The honest User-Agent of the crawler: it names this worker and where to read about it.</summary>
public static class CrawlerUserAgent
{
    public const string ProjectUrl = "https://github.com/MiningFunctions/MiningFunctions";

    public static string Value { get; } = $"mining-functions/{Version()} (+{ProjectUrl})";

    private static string Version()
    {
        var informational = typeof(CrawlerUserAgent).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var build = informational.IndexOf('+', StringComparison.Ordinal);
        return build < 0 ? informational : informational[..build];
    }
}
