namespace Mining.Core.Crawling;

/// <summary>Fetches an untrusted URL behind the SSRF guard, within the configured time and size limits.</summary>
public interface IPageFetcher
{
    /// <summary>Never throws for the page's own failure; throws only when <paramref name="cancellationToken"/> is cancelled.</summary>
    Task<FetchOutcome> FetchAsync(Uri url, CancellationToken cancellationToken);
}
