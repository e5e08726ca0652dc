using System.Collections.Concurrent;
using Mining.Core.Crawling;

namespace Mining.Workflows.Tests.Fakes;

/// <summary>Answers each URL with a scripted result (a small page by default) and records every crawl.</summary>
public sealed class FakeCrawler : IPageCrawler
{
    public ConcurrentQueue<(string Platform, string Url)> Crawls { get; } = new();

    public ConcurrentDictionary<string, CrawlResult> Results { get; } = new();

    public TimeSpan Delay { get; set; }

    /// <summary>The most crawls that were ever in flight at once.</summary>
    public int MaxInFlight => this.maxInFlight;

    int inFlight;
    int maxInFlight;

    public async Task<CrawlResult> CrawlAsync(string platform, string sourceUrl, CancellationToken cancellationToken)
    {
        this.Crawls.Enqueue((platform, sourceUrl));
        var now = Interlocked.Increment(ref this.inFlight);
        for (var seen = this.maxInFlight; now > seen; seen = this.maxInFlight)
        {
            Interlocked.CompareExchange(ref this.maxInFlight, now, seen);
        }

        try
        {
            if (this.Delay > TimeSpan.Zero)
            {
                await Task.Delay(this.Delay, cancellationToken);
            }
        }
        finally
        {
            Interlocked.Decrement(ref this.inFlight);
        }

        return this.Results.GetValueOrDefault(sourceUrl)
            ?? CrawlResult.Succeeded("# Page\n\ncontent of " + sourceUrl, new Dictionary<string, string> { ["url"] = sourceUrl, ["platform"] = platform });
    }
}
