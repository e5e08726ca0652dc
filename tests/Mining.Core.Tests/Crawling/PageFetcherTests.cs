using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Time.Testing;
using Mining.Core.Contract;
using Mining.Core.Crawling;

namespace Mining.Core.Tests.Crawling;

public sealed class PageFetcherTests(CrawlSite site) : IClassFixture<CrawlSite>
{
    private static readonly TimeSpan TestTimeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Follows_five_redirects_and_reports_the_final_url()
    {
        using var harness = Allowed();

        var outcome = await harness.FetchAsync(site.Url("/redirect/5"));

        Assert.Equal(site.Url("/redirect/0"), outcome.Page?.FinalUrl);
        Assert.Equal(CrawlSite.Article, outcome.Page?.Text);
    }

    [Fact]
    public async Task Gives_up_after_five_redirects()
    {
        using var harness = Allowed();
        var finalHopHits = site.Hits("/redirect/0");

        var outcome = await harness.FetchAsync(site.Url("/redirect/6"));

        Assert.Equal(AbandonReason.LinkInvalid, outcome.FailureReason);
        Assert.Equal("more than 5 redirects", outcome.FailureDetail);
        Assert.Equal(finalHopHits, site.Hits("/redirect/0"));
    }

    [Theory]
    [InlineData("/status/404", AbandonReason.LinkInvalid, "HTTP 404")]
    [InlineData("/status/410", AbandonReason.LinkInvalid, "HTTP 410")]
    [InlineData("/status/400", AbandonReason.LinkInvalid, "HTTP 400")]
    [InlineData("/status/401", AbandonReason.SiteBlocked, "HTTP 401")]
    [InlineData("/status/403", AbandonReason.SiteBlocked, "HTTP 403")]
    [InlineData("/status/451", AbandonReason.SiteBlocked, "HTTP 451")]
    [InlineData("/status/429", AbandonReason.SiteBlocked, "HTTP 429")]
    [InlineData("/status/500", AbandonReason.SiteDown, "HTTP 500")]
    [InlineData("/status/502", AbandonReason.SiteDown, "HTTP 502")]
    [InlineData("/status/503", AbandonReason.SiteDown, "HTTP 503")]
    [InlineData("/status/504", AbandonReason.SiteDown, "HTTP 504")]
    [InlineData("/captcha", AbandonReason.SiteBlocked, "captcha page")]
    [InlineData("/cloudflare", AbandonReason.SiteBlocked, "Cloudflare challenge page")]
    [InlineData("/pdf", AbandonReason.LinkInvalid, "unsupported content type: application/pdf")]
    [InlineData("/untyped-binary", AbandonReason.LinkInvalid, "unsupported content type: a binary body without a Content-Type")]
    [InlineData("/zstd", AbandonReason.LinkInvalid, "unsupported content encoding: zstd")]
    [InlineData("/corrupt-gzip", AbandonReason.SiteDown, "corrupt compressed body")]
    public async Task Maps_each_failing_answer_to_its_abandon_reason(string path, AbandonReason reason, string detail)
    {
        using var harness = Allowed();

        var outcome = await harness.FetchAsync(site.Url(path));

        Assert.Equal(reason, outcome.FailureReason);
        Assert.Equal(detail, outcome.FailureDetail);
    }

    [Fact]
    public async Task A_refused_connection_is_site_down()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var harness = new FetcherHarness([$"127.0.0.1:{port}"]);

        var outcome = await harness.FetchAsync($"http://127.0.0.1:{port}/");

        Assert.Equal(AbandonReason.SiteDown, outcome.FailureReason);
        Assert.Equal("connection refused", outcome.FailureDetail);
    }

    [Fact]
    public async Task A_name_that_does_not_resolve_is_site_down()
    {
        using var harness = new FetcherHarness();

        var outcome = await harness.FetchAsync("http://nowhere.test/");

        Assert.Equal(AbandonReason.SiteDown, outcome.FailureReason);
        Assert.Equal("host not found", outcome.FailureDetail);
    }

    [Fact]
    public async Task A_server_that_never_answers_times_out_as_site_down()
    {
        var time = new FakeTimeProvider();
        using var harness = Allowed(time, TimeSpan.FromSeconds(30));
        var id = Guid.NewGuid().ToString("N");

        var fetch = harness.FetchAsync(site.Url($"/hang/{id}"));
        await site.Arrived(id).WaitAsync(TestTimeout);
        Assert.False(fetch.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(30));
        var outcome = await fetch.WaitAsync(TestTimeout);

        Assert.Equal(AbandonReason.SiteDown, outcome.FailureReason);
        Assert.Equal("timed out after 30 s", outcome.FailureDetail);
    }

    [Fact]
    public async Task The_timeout_covers_reading_the_body_too()
    {
        var time = new FakeTimeProvider();
        using var harness = Allowed(time, TimeSpan.FromSeconds(30));
        var id = Guid.NewGuid().ToString("N");

        var fetch = harness.FetchAsync(site.Url($"/trickle/{id}"));
        await site.Arrived(id).WaitAsync(TestTimeout);
        time.Advance(TimeSpan.FromSeconds(29));
        Assert.False(fetch.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        var outcome = await fetch.WaitAsync(TestTimeout);

        Assert.Equal(AbandonReason.SiteDown, outcome.FailureReason);
    }

    [Fact]
    public async Task The_callers_cancellation_is_not_a_page_failure()
    {
        using var harness = Allowed();
        using var cancellation = new CancellationTokenSource();
        var id = Guid.NewGuid().ToString("N");

        var fetch = harness.Fetcher.FetchAsync(site.Url($"/hang/{id}"), cancellation.Token);
        await site.Arrived(id).WaitAsync(TestTimeout);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fetch.WaitAsync(TestTimeout));
    }

    [Fact]
    public async Task A_body_that_never_ends_is_cut_at_the_cap_and_still_returned()
    {
        using var harness = Allowed(maxBytes: 100_000);

        var outcome = await harness.FetchAsync(site.Url("/endless")).WaitAsync(TestTimeout);

        Assert.Equal(100_000, outcome.Page?.Text.Length);
        Assert.True(outcome.Page?.Truncated);
    }

    [Fact]
    public async Task A_body_of_exactly_the_cap_is_not_marked_truncated()
    {
        using var harness = Allowed(maxBytes: 50_000);

        var outcome = await harness.FetchAsync(site.Url("/exact/50000"));

        Assert.Equal(50_000, outcome.Page?.Text.Length);
        Assert.False(outcome.Page?.Truncated);
    }

    [Theory]
    [InlineData("/gzip")]
    [InlineData("/deflate")]
    [InlineData("/br")]
    public async Task Decompresses_gzip_deflate_and_brotli(string path)
    {
        using var harness = Allowed();

        var outcome = await harness.FetchAsync(site.Url(path));

        Assert.Equal(CrawlSite.Article, outcome.Page?.Text);
        Assert.Contains("gzip", site.HeadersSeenAt(path), StringComparison.Ordinal);
        Assert.Contains("br", site.HeadersSeenAt(path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cap_applies_to_decompressed_bytes_so_a_compression_bomb_is_bounded()
    {
        using var harness = Allowed(maxBytes: 1024 * 1024);

        var outcome = await harness.FetchAsync(site.Url("/bomb"));

        Assert.Equal(1024 * 1024, outcome.Page?.Text.Length);
        Assert.True(outcome.Page?.Truncated);
    }

    [Theory]
    [InlineData("/cp1251", CrawlSite.CyrillicText)]
    [InlineData("/sjis", CrawlSite.JapaneseText)]
    [InlineData("/meta-only", CrawlSite.CyrillicText)]
    [InlineData("/wrong-header", CrawlSite.CyrillicText)]
    [InlineData("/bom", CrawlSite.CyrillicText)]
    public async Task Decodes_the_page_in_its_charset(string path, string expected)
    {
        using var harness = Allowed();

        var outcome = await harness.FetchAsync(site.Url(path));

        Assert.Contains(expected, outcome.Page?.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plain_text_is_taken_as_it_is()
    {
        using var harness = Allowed();

        var outcome = await harness.FetchAsync(site.Url("/text"));

        Assert.Equal(PageKind.PlainText, outcome.Page?.Kind);
        Assert.Equal("  Plain words, taken as they are.\n", outcome.Page?.Text);
    }

    [Theory]
    [InlineData("/xhtml")]
    [InlineData("/untyped-html")]
    public async Task Xhtml_and_an_untyped_text_body_are_html(string path)
    {
        using var harness = Allowed();

        var outcome = await harness.FetchAsync(site.Url(path));

        Assert.Equal(PageKind.Html, outcome.Page?.Kind);
        Assert.Equal(CrawlSite.Article, outcome.Page?.Text);
    }

    [Fact]
    public async Task Sends_an_honest_user_agent_and_no_cookies_or_credentials()
    {
        using var harness = Allowed();

        var outcome = await harness.FetchAsync(site.Url("/set-cookie"));

        Assert.NotNull(outcome.Page);
        var headers = site.HeadersSeenAt("/echo") ?? string.Empty;
        Assert.Contains($"User-Agent: {CrawlerUserAgent.Value}", headers, StringComparison.Ordinal);
        Assert.Matches(@"^mining-functions/\d+\.\d+\.\d+ \(\+https://", CrawlerUserAgent.Value);
        Assert.Contains("Accept: text/html", headers, StringComparison.Ordinal);
        Assert.DoesNotContain("Cookie", headers, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Authorization", headers, StringComparison.OrdinalIgnoreCase);
    }

    private FetcherHarness Allowed(TimeProvider? time = null, TimeSpan? timeout = null, long maxBytes = 5 * 1024 * 1024) =>
        new([site.HostAndPort], time: time, timeout: timeout, maxBytes: maxBytes);
}
