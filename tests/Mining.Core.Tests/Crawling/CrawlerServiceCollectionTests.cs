using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Mining.Core.Crawling;
using Mining.Core.Extraction;
using Mining.Core.Options;

namespace Mining.Core.Tests.Crawling;

public sealed class CrawlerServiceCollectionTests(CrawlSite site) : IClassFixture<CrawlSite>
{
    [Fact]
    public async Task The_registered_crawler_fetches_an_allowed_loopback_page_and_extracts_it()
    {
        await using var provider = Provider(options => options.Crawler.AllowedPrivateHosts.Add(site.HostAndPort));

        var result = await provider.GetRequiredService<IPageCrawler>().CrawlAsync("google", site.Url("/page").AbsoluteUri, CancellationToken.None);

        Assert.Equal("extracted", result.Content);
    }

    [Fact]
    public async Task The_registered_crawler_refuses_loopback_that_is_not_allowed()
    {
        await using var provider = Provider(_ => { });

        var result = await provider.GetRequiredService<IPageCrawler>().CrawlAsync("google", site.Url("/page").AbsoluteUri, CancellationToken.None);

        Assert.Equal("blocked address", result.FailureDetail);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.1:0")]
    [InlineData("127.0.0.1:70000")]
    [InlineData("::1:8080")]
    [InlineData(":8080")]
    public async Task A_bad_allowed_host_entry_fails_validation(string entry)
    {
        await using var provider = Provider(options => options.Crawler.AllowedPrivateHosts.Add(entry));

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<MiningOptions>>().Value);
        Assert.Contains("AllowedPrivateHosts", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 1000)]
    [InlineData(30, 0)]
    public async Task A_non_positive_timeout_or_cap_fails_validation(int timeoutSeconds, long maxBytes)
    {
        await using var provider = Provider(options =>
        {
            options.Crawler.Timeout = TimeSpan.FromSeconds(timeoutSeconds);
            options.Crawler.MaxBytes = maxBytes;
        });

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<MiningOptions>>().Value);
    }

    [Fact]
    public void Bracketed_ipv6_and_named_entries_are_valid()
    {
        Assert.True(PrivateHostAllowList.TryParseEntry("[::1]:8080", out var host, out var port));
        Assert.Equal(("::1", 8080), (host, port));
        Assert.True(PrivateHostAllowList.TryParseEntry("Simulator.Local:5000", out host, out _));
        Assert.Equal("simulator.local", host);
    }

    private static ServiceProvider Provider(Action<MiningOptions> configure)
    {
        var services = new ServiceCollection();
        services.Configure(configure);
        services.AddSingleton<IContentExtractor>(FakeExtractor.Returning("extracted"));
        services.AddMiningCrawler();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
