using Microsoft.Extensions.Options;
using Mining.Core.Crawling;
using Mining.Core.Options;

namespace Mining.Core.Tests.Crawling;

/// <summary>A real PageFetcher over a real guarded handler, with the resolver, connector and clock under the test's control.</summary>
internal sealed class FetcherHarness : IDisposable
{
    private readonly CrawlerHttpClient http;

    public FetcherHarness(
        IEnumerable<string>? allowedPrivateHosts = null,
        MapResolver? resolver = null,
        TimeProvider? time = null,
        long maxBytes = 5 * 1024 * 1024,
        TimeSpan? timeout = null)
    {
        Options = Microsoft.Extensions.Options.Options.Create(new MiningOptions
        {
            Crawler = new CrawlerOptions
            {
                // Short, so a broken test ends quickly; fake-clock tests set their own.
                Timeout = timeout ?? TimeSpan.FromSeconds(5),
                MaxBytes = maxBytes,
                AllowedPrivateHosts = [.. allowedPrivateHosts ?? []],
            },
        });
        Resolver = resolver ?? new MapResolver();
        http = new CrawlerHttpClient(new GuardedConnector(Resolver, Connector, Options));
        Fetcher = new PageFetcher(http, Options, time ?? TimeProvider.System);
    }

    public IOptions<MiningOptions> Options { get; }

    public RecordingConnector Connector { get; } = new();

    public MapResolver Resolver { get; }

    public PageFetcher Fetcher { get; }

    public Task<FetchOutcome> FetchAsync(string url) => Fetcher.FetchAsync(new Uri(url), CancellationToken.None);

    public Task<FetchOutcome> FetchAsync(Uri url) => Fetcher.FetchAsync(url, CancellationToken.None);

    public void Dispose() => http.Dispose();
}
