using System.Net;
using Mining.Core.Contract;

namespace Mining.Core.Tests.Crawling;

/// <summary>
/// The SSRF matrix. Loopback forms carry the port of a live site, so a guard that let them through would be caught
/// by the site's hit counter; other ranges are never connected to, because the recording connector refuses anything
/// off loopback and every refused case asserts that the guard made no connection attempt at all.
/// </summary>
public sealed class SsrfGuardTests(CrawlSite site) : IClassFixture<CrawlSite>
{
    public static TheoryData<string> LoopbackForms =>
    [
        "http://127.0.0.1:{port}",
        "http://127.0.0.2:{port}",
        "http://2130706433:{port}",
        "http://0177.0.0.1:{port}",
        "http://017700000001:{port}",
        "http://0x7f000001:{port}",
        "http://0x7f.0.0.1:{port}",
        "http://127.1:{port}",
        "http://127.0.1:{port}",
        "http://0.0.0.0:{port}",
        "http://0:{port}",
        "http://localhost:{port}",
        "http://LocalHost:{port}",
        "https://localhost:{port}",
        "http://[::1]:{port}",
        "http://[0:0:0:0:0:0:0:1]:{port}",
        "http://[::]:{port}",
        "http://[::ffff:127.0.0.1]:{port}",
        "http://[::ffff:7f00:1]:{port}",
        "http://[0:0:0:0:0:ffff:127.0.0.1]:{port}",
        "http://[::127.0.0.1]:{port}",
        "http://[64:ff9b::127.0.0.1]:{port}",
        "http://[2002:7f00:1::]:{port}",
    ];

    public static TheoryData<string> OtherBlockedRanges =>
    [
        "http://10.0.0.1/", "http://10.255.255.255/", "http://167772161/", "http://012.0.0.1/", "http://0xa.0.0.1/",
        "http://172.16.0.1/", "http://172.31.255.254/", "http://192.168.1.1/", "http://192.168.0.1:8080/",
        "http://169.254.169.254/latest/meta-data/", "http://2852039166/", "http://0xa9fea9fe/", "http://0251.0376.0251.0376/",
        "http://169.254.0.1/", "http://100.64.0.1/", "http://100.127.255.254/", "http://224.0.0.1/", "http://239.255.255.250/",
        "http://255.255.255.255/", "http://240.0.0.1/", "http://0.1.2.3/", "http://192.0.0.170/", "http://198.18.0.1/", "http://192.0.2.1/",
        "http://[fc00::1]/", "http://[fd12:3456:789a::1]/", "http://[fe80::1]/", "http://[fe80::1%25eth0]/", "http://[fec0::1]/",
        "http://[ff02::1]/", "http://[::ffff:10.0.0.1]/", "http://[::ffff:169.254.169.254]/", "http://[::ffff:192.168.0.1]/",
        "http://[::ffff:a9fe:a9fe]/", "http://[::10.0.0.1]/", "http://[64:ff9b::a9fe:a9fe]/", "http://[64:ff9b::10.0.0.1]/",
        "http://[2002:a9fe:a9fe::1]/", "http://[2002:c0a8:1::1]/", "http://[2001:db8::1]/", "http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/",
        "http://[100::1]/",
    ];

    [Theory]
    [MemberData(nameof(LoopbackForms))]
    public async Task Refuses_every_spelling_of_loopback_without_reaching_the_site(string template)
    {
        var path = $"/ssrf/{Guid.NewGuid():N}";
        using var harness = new FetcherHarness();

        var outcome = await harness.FetchAsync(template.Replace("{port}", site.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) + path);

        AssertRefused(outcome, harness);
        Assert.Equal(0, site.Hits(path));
    }

    [Theory]
    [MemberData(nameof(OtherBlockedRanges))]
    public async Task Refuses_every_private_reserved_and_embedded_range_before_connecting(string url)
    {
        using var harness = new FetcherHarness();

        AssertRefused(await harness.FetchAsync(url), harness);
        Assert.Empty(harness.Resolver.Lookups);
    }

    [Fact]
    public async Task Refuses_a_name_that_resolves_to_loopback_at_connect_time()
    {
        var path = $"/ssrf/{Guid.NewGuid():N}";
        using var harness = new FetcherHarness(resolver: new MapResolver(new() { ["evil.test"] = [IPAddress.Loopback] }));

        var outcome = await harness.FetchAsync($"http://evil.test:{site.Port}{path}");

        AssertRefused(outcome, harness);
        Assert.Equal(["evil.test"], harness.Resolver.Lookups);
        Assert.Equal(0, site.Hits(path));
    }

    [Fact]
    public async Task Refuses_a_name_whose_answers_mix_public_and_private_addresses()
    {
        var resolver = new MapResolver(new() { ["mixed.test"] = [IPAddress.Parse("93.184.216.34"), IPAddress.Loopback] });
        using var harness = new FetcherHarness(resolver: resolver);

        AssertRefused(await harness.FetchAsync($"http://mixed.test:{site.Port}/page"), harness);
    }

    [Fact]
    public async Task Refuses_a_redirect_from_an_allowed_host_to_the_metadata_service()
    {
        using var harness = new FetcherHarness([site.HostAndPort]);

        var outcome = await harness.FetchAsync(site.Url("/redirect-to?target=http://169.254.169.254/latest/meta-data/"));

        Assert.Equal(AbandonReason.LinkInvalid, outcome.FailureReason);
        Assert.Equal("blocked address", outcome.FailureDetail);
        Assert.All(harness.Connector.Attempts, endPoint => Assert.Equal(new IPEndPoint(IPAddress.Loopback, site.Port), endPoint));
    }

    [Fact]
    public async Task Refuses_a_redirect_to_loopback_under_a_name_that_is_not_allowed()
    {
        using var harness = new FetcherHarness([site.HostAndPort]);
        var path = $"/ssrf/{Guid.NewGuid():N}";

        var outcome = await harness.FetchAsync(site.Url($"/redirect-to?target=http://localhost:{site.Port}{path}"));

        Assert.Equal("blocked address", outcome.FailureDetail);
        Assert.Equal(0, site.Hits(path));
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.com/file")]
    [InlineData("gopher://127.0.0.1:6379/_INFO")]
    public async Task Refuses_a_redirect_to_a_scheme_other_than_http(string target)
    {
        using var harness = new FetcherHarness([site.HostAndPort]);

        var outcome = await harness.FetchAsync(site.Url($"/redirect-to?target={Uri.EscapeDataString(target)}"));

        Assert.Equal(AbandonReason.LinkInvalid, outcome.FailureReason);
        Assert.Equal("redirected to a non-http URL", outcome.FailureDetail);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.com/")]
    [InlineData("http://user:password@example.com/")]
    public async Task Refuses_urls_that_are_not_plain_http(string url)
    {
        using var harness = new FetcherHarness();

        var outcome = await harness.FetchAsync(url);

        Assert.Equal(AbandonReason.LinkInvalid, outcome.FailureReason);
        Assert.Empty(harness.Connector.Attempts);
    }

    [Fact]
    public async Task An_allowed_host_and_port_still_works()
    {
        using var harness = new FetcherHarness([site.HostAndPort]);

        var outcome = await harness.FetchAsync(site.Url("/page"));

        Assert.Equal(CrawlSite.Article, outcome.Page?.Text);
        Assert.Equal([new IPEndPoint(IPAddress.Loopback, site.Port)], harness.Connector.Attempts);
    }

    [Fact]
    public async Task An_allowed_name_connects_to_the_address_the_guard_resolved_without_a_second_lookup()
    {
        // site.test exists nowhere but in this resolver: the fetch can only succeed through the guard's own answer.
        var resolver = new MapResolver(new() { ["site.test"] = [IPAddress.Loopback] });
        using var harness = new FetcherHarness([$"site.test:{site.Port}"], resolver);

        var outcome = await harness.FetchAsync($"http://site.test:{site.Port}/page");

        Assert.NotNull(outcome.Page);
        Assert.Equal(["site.test"], resolver.Lookups);
        Assert.Equal([new IPEndPoint(IPAddress.Loopback, site.Port)], harness.Connector.Attempts);
    }

    [Fact]
    public async Task An_allowed_entry_covers_only_its_own_port()
    {
        using var harness = new FetcherHarness([$"127.0.0.1:{(site.Port == 65535 ? 1 : site.Port + 1)}"]);

        AssertRefused(await harness.FetchAsync(site.Url("/page")), harness);
    }

    [Fact]
    public async Task Localhost_works_when_it_is_the_allowed_entry()
    {
        using var harness = new FetcherHarness([$"localhost:{site.Port}"]);

        var outcome = await harness.FetchAsync($"http://localhost:{site.Port}/page");

        Assert.NotNull(outcome.Page);
        Assert.All(harness.Connector.Attempts, endPoint => Assert.True(IPAddress.IsLoopback(endPoint.Address)));
    }

    private static void AssertRefused(Mining.Core.Crawling.FetchOutcome outcome, FetcherHarness harness)
    {
        Assert.Equal(AbandonReason.LinkInvalid, outcome.FailureReason);
        Assert.Equal("blocked address", outcome.FailureDetail);
        Assert.Empty(harness.Connector.Attempts);
    }
}
