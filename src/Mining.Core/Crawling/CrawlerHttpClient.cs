using System.Net;

namespace Mining.Core.Crawling;

/// <summary>
/// The crawler's own HTTP client, deliberately built outside IHttpClientFactory: handlers added to every factory
/// client (auth, resilience) must never see crawled sites, and this client never carries our tokens.
/// </summary>
public sealed class CrawlerHttpClient : IDisposable
{
    public CrawlerHttpClient(GuardedConnector connector)
    {
        ArgumentNullException.ThrowIfNull(connector);
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = connector.ConnectAsync,
            // Redirects are followed by PageFetcher, one hop at a time, so every hop passes the guard and the scheme check.
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            Credentials = null,
            PreAuthenticate = false,
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
            // An abandoned body is not worth draining for reuse: the next page is usually another host.
            MaxResponseDrainSize = 64 * 1024,
        };
        Client = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>Timeouts come from PageFetcher, which bounds the whole fetch, redirects included.</summary>
    public HttpClient Client { get; }

    public void Dispose() => Client.Dispose();
}
