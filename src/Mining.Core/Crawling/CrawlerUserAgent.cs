using Mining.Core.Http;

namespace Mining.Core.Crawling;

/// <summary>The honest User-Agent of the crawler: it names this worker and where site owners can read about it.</summary>
public static class CrawlerUserAgent
{
    public const string ProjectUrl = "https://github.com/MiningFunctions/MiningFunctions";

    public static string Value { get; } = $"{MiningProduct.ClientName} (+{ProjectUrl})";
}
