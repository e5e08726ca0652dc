using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Mining.Core.Contract;
using Mining.Core.Crawling;
using Mining.Core.Extraction;

namespace Mining.Core.Tests.Crawling;

public sealed class PageCrawlerTests(CrawlSite site) : IClassFixture<CrawlSite>
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 4, 17, 30, 5, 123, TimeSpan.Zero));

    [Fact]
    public async Task Composes_fetch_extraction_and_metadata_with_the_url_after_redirects()
    {
        using var harness = new FetcherHarness([site.HostAndPort]);
        var extractor = FakeExtractor.Returning("# An article\n\nHello.", new() { ["title"] = "An article", ["url"] = "https://spoofed.example/" });

        var result = await Crawler(harness, extractor).CrawlAsync("google", site.Url("/redirect/2").AbsoluteUri, CancellationToken.None);

        Assert.True(result.IsSuccess);
        Assert.Equal("# An article\n\nHello.", result.Content);
        Assert.Equal("google", result.Metadata!["platform"]);
        Assert.Equal(site.Url("/redirect/0").AbsoluteUri, result.Metadata["url"]);
        Assert.Equal("2026-12-04T17:30:05.123Z", result.Metadata["timestamp"]);
        Assert.Equal("An article", result.Metadata["title"]);
        var call = Assert.Single(extractor.Calls);
        Assert.Equal(CrawlSite.Article, call.Html);
        Assert.Equal(site.Url("/redirect/0"), call.Url);
    }

    [Fact]
    public async Task A_truncated_page_is_still_extracted()
    {
        using var harness = new FetcherHarness([site.HostAndPort], maxBytes: 20_000);
        var extractor = FakeExtractor.Returning("Some content.");

        var result = await Crawler(harness, extractor).CrawlAsync("google", site.Url("/endless").AbsoluteUri, CancellationToken.None);

        Assert.True(result.IsSuccess);
        Assert.Equal(20_000, Assert.Single(extractor.Calls).Html.Length);
    }

    [Fact]
    public async Task Plain_text_becomes_the_content_without_extraction()
    {
        using var harness = new FetcherHarness([site.HostAndPort]);
        var extractor = FakeExtractor.Returning("unused");

        var result = await Crawler(harness, extractor).CrawlAsync("google", site.Url("/text").AbsoluteUri, CancellationToken.None);

        Assert.Equal("Plain words, taken as they are.", result.Content);
        Assert.Equal(["platform", "url", "timestamp"], result.Metadata!.Keys);
        Assert.Empty(extractor.Calls);
    }

    [Fact]
    public async Task Nothing_left_after_extraction_is_content_removed()
    {
        using var harness = new FetcherHarness([site.HostAndPort]);

        var result = await Crawler(harness, FakeExtractor.Returning(" \n ")).CrawlAsync("google", site.Url("/page").AbsoluteUri, CancellationToken.None);

        Assert.Equal(AbandonReason.ContentRemoved, result.FailureReason);
    }

    [Fact]
    public async Task An_extractor_crash_is_a_failed_crawl_not_an_exception()
    {
        using var harness = new FetcherHarness([site.HostAndPort]);
        var extractor = new FakeExtractor((_, _) => throw new InvalidOperationException("bug"));

        var result = await Crawler(harness, extractor).CrawlAsync("google", site.Url("/page").AbsoluteUri, CancellationToken.None);

        Assert.Equal(AbandonReason.ContentRemoved, result.FailureReason);
        Assert.Equal("extraction failed (InvalidOperationException)", result.FailureDetail);
    }

    [Fact]
    public async Task A_fetch_failure_keeps_its_reason_and_detail()
    {
        using var harness = new FetcherHarness([site.HostAndPort]);

        var result = await Crawler(harness, FakeExtractor.Returning("x")).CrawlAsync("google", site.Url("/status/410").AbsoluteUri, CancellationToken.None);

        Assert.Equal(AbandonReason.LinkInvalid, result.FailureReason);
        Assert.Equal("HTTP 410", result.FailureDetail);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("/relative/path")]
    [InlineData("")]
    public async Task A_bad_url_is_link_invalid(string url)
    {
        using var harness = new FetcherHarness();

        var result = await Crawler(harness, FakeExtractor.Returning("x")).CrawlAsync("google", url, CancellationToken.None);

        Assert.Equal(AbandonReason.LinkInvalid, result.FailureReason);
        Assert.Empty(harness.Connector.Attempts);
    }

    [Fact]
    public async Task Twitter_and_other_platforms_are_declined_without_a_fetch()
    {
        using var harness = new FetcherHarness([site.HostAndPort]);

        var result = await Crawler(harness, FakeExtractor.Returning("x")).CrawlAsync("twitter", site.Url("/page").AbsoluteUri, CancellationToken.None);

        Assert.Equal(AbandonReason.UserCancelled, result.FailureReason);
        Assert.Contains("only google", result.FailureDetail, StringComparison.Ordinal);
        Assert.Empty(harness.Connector.Attempts);
    }

    [Fact]
    public async Task A_failure_detail_never_exceeds_200_characters()
    {
        using var harness = new FetcherHarness();

        var result = await Crawler(harness, FakeExtractor.Returning("x")).CrawlAsync(new string('p', 500), "http://example.com/", CancellationToken.None);

        Assert.Equal(200, result.FailureDetail?.Length);
    }

    private PageCrawler Crawler(FetcherHarness harness, IContentExtractor extractor) =>
        new(harness.Fetcher, extractor, time, NullLogger<PageCrawler>.Instance);
}
