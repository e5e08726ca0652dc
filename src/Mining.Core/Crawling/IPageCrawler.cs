namespace Mining.Core.Crawling;

/// <summary>Fetches an untrusted <c>source_url</c> safely and turns the page into Markdown plus metadata.</summary>
public interface IPageCrawler
{
    /// <summary>Never throws for a page's own failure: those come back as <see cref="CrawlResult.Failed"/>.</summary>
    Task<CrawlResult> CrawlAsync(string platform, string sourceUrl, CancellationToken cancellationToken);
}
