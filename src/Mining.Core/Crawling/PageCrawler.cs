using System.Collections.ObjectModel;
using Microsoft.Extensions.Logging;
using Mining.Core.Contract;
using Mining.Core.Extraction;
using Mining.Core.Options;

namespace Mining.Core.Crawling;

/// <summary>Crawls one google task: safe fetch, then main-content extraction, then the submitted metadata.</summary>
public sealed partial class PageCrawler(IPageFetcher fetcher, IContentExtractor extractor, TimeProvider time, ILogger<PageCrawler> logger)
    : IPageCrawler
{
    private static readonly IReadOnlyDictionary<string, string> NoMetadata = ReadOnlyDictionary<string, string>.Empty;

    public async Task<CrawlResult> CrawlAsync(string platform, string sourceUrl, CancellationToken cancellationToken)
    {
        if (!string.Equals(platform, KnownPlatforms.Google, StringComparison.OrdinalIgnoreCase))
        {
            // user_cancelled: the worker declines the task; any other reason would blame a link or site that may be fine.
            return Failed(AbandonReason.UserCancelled, $"this worker crawls only google tasks, not '{platform}'", sourceUrl);
        }

        if (!Uri.TryCreate(sourceUrl, UriKind.Absolute, out var url))
        {
            return Failed(AbandonReason.LinkInvalid, "not an absolute URL", sourceUrl);
        }

        var fetched = await fetcher.FetchAsync(url, cancellationToken).ConfigureAwait(false);
        if (fetched.Page is not { } page)
        {
            return Failed(fetched.FailureReason ?? AbandonReason.SiteDown, fetched.FailureDetail ?? "fetch failed", sourceUrl);
        }

        var fetchedAt = time.GetUtcNow();
        ExtractedPage extracted;
        try
        {
            extracted = page.Kind == PageKind.PlainText
                ? new ExtractedPage(page.Text.Trim(), NoMetadata)
                : extractor.Extract(page.Text, page.FinalUrl);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A hostile page must not fail the whole round; the error is logged so the extractor can be fixed.
            LogExtractionCrashed(exception, page.FinalUrl.Host);
            return Failed(AbandonReason.ContentRemoved, $"extraction failed ({exception.GetType().Name})", sourceUrl);
        }

        if (string.IsNullOrWhiteSpace(extracted.Markdown))
        {
            return Failed(AbandonReason.ContentRemoved, "no content left after extraction", sourceUrl);
        }

        LogCrawled(page.FinalUrl.Host, extracted.Markdown.Length, page.Truncated);
        return CrawlResult.Succeeded(extracted.Markdown, SubmissionMetadata.Compose(KnownPlatforms.Google, page.FinalUrl, fetchedAt, extracted));
    }

    private CrawlResult Failed(AbandonReason reason, string detail, string sourceUrl)
    {
        LogFailed(Uri.TryCreate(sourceUrl, UriKind.Absolute, out var url) ? url.Host : "(invalid URL)", reason, detail);
        return CrawlResult.Failed(reason, detail);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Crawled {Host}: {Characters} characters of content (body cut at the size cap: {Truncated})")]
    private partial void LogCrawled(string host, int characters, bool truncated);

    [LoggerMessage(Level = LogLevel.Error, Message = "Extraction crashed on a page from {Host}")]
    private partial void LogExtractionCrashed(Exception exception, string host);

    [LoggerMessage(Level = LogLevel.Information, Message = "Crawl of {Host} failed: {Reason} ({Detail})")]
    private partial void LogFailed(string host, AbandonReason reason, string detail);
}
