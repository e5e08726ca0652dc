using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using Mining.Core.Contract;
using Mining.Core.Options;

namespace Mining.Core.Crawling;

/// <summary>
/// Fetches a page behind <see cref="GuardedConnector"/>: it follows at most <see cref="MaxRedirects"/> redirects itself
/// (http and https only, each hop guarded at connect time), bounds the whole fetch by Mining:Crawler:Timeout, cuts the
/// decompressed body at Mining:Crawler:MaxBytes, decodes it, and turns away block and captcha pages.
/// </summary>
public sealed class PageFetcher(CrawlerHttpClient http, IOptions<MiningOptions> options, TimeProvider time) : IPageFetcher
{
    public const int MaxRedirects = 5;

    public async Task<FetchOutcome> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var settings = options.Value.Crawler;
        using var deadline = new CancellationTokenSource(settings.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            return await FollowRedirectsAsync(url, settings.MaxBytes, linked.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested
            && exception is OperationCanceledException or HttpRequestException or IOException)
        {
            return FetchOutcome.Failed(AbandonReason.SiteDown, $"timed out after {settings.Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s");
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && exception is HttpRequestException or IOException)
        {
            return FetchFailures.FromTransport(exception);
        }
        catch (InvalidDataException)
        {
            return FetchOutcome.Failed(AbandonReason.SiteDown, "corrupt compressed body");
        }
    }

    private async Task<FetchOutcome> FollowRedirectsAsync(Uri url, long maxBytes, CancellationToken cancellationToken)
    {
        var current = url;
        for (var hop = 0; ; hop++)
        {
            if (!current.IsAbsoluteUri || (current.Scheme != Uri.UriSchemeHttp && current.Scheme != Uri.UriSchemeHttps))
            {
                return FetchOutcome.Failed(AbandonReason.LinkInvalid, hop == 0 ? "not an http or https URL" : "redirected to a non-http URL");
            }

            if (current.UserInfo.Length > 0)
            {
                return FetchOutcome.Failed(AbandonReason.LinkInvalid, "URL carries credentials");
            }

            using var request = CreateRequest(current);
            using var response = await http.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (!IsRedirect(response.StatusCode))
            {
                return await ReadPageAsync(current, response, maxBytes, cancellationToken).ConfigureAwait(false);
            }

            if (response.Headers.Location is not { } location)
            {
                return FetchOutcome.Failed(AbandonReason.LinkInvalid, $"HTTP {(int)response.StatusCode} without a Location");
            }

            if (hop == MaxRedirects)
            {
                return FetchOutcome.Failed(AbandonReason.LinkInvalid, $"more than {MaxRedirects} redirects");
            }

            current = location.IsAbsoluteUri ? location : new Uri(current, location);
        }
    }

    private static HttpRequestMessage CreateRequest(Uri url)
    {
        // HTTP/2 at most: HTTP/3 runs over QUIC, which would bypass the guarded TCP ConnectCallback.
        var request = new HttpRequestMessage(HttpMethod.Get, url)
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
        };
        request.Headers.UserAgent.ParseAdd(CrawlerUserAgent.Value);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5");
        request.Headers.AcceptLanguage.ParseAdd("en;q=0.9,*;q=0.5");
        return request;
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static async Task<FetchOutcome> ReadPageAsync(Uri finalUrl, HttpResponseMessage response, long maxBytes, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            return FetchFailures.FromStatus(response.StatusCode);
        }

        var contentType = response.Content.Headers.ContentType;
        var kind = KindOf(contentType);
        if (contentType is not null && kind is null)
        {
            return Unsupported(contentType.MediaType ?? "(none)");
        }

        // The handler strips the encodings it decoded; one left over (zstd, say) would hand us undecodable bytes.
        if (response.Content.Headers.ContentEncoding.FirstOrDefault(coding => !coding.Equals("identity", StringComparison.OrdinalIgnoreCase)) is { } coding)
        {
            return FetchOutcome.Failed(AbandonReason.LinkInvalid, $"unsupported content encoding: {(coding.Length > 50 ? coding[..50] : coding)}");
        }

        var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using var bodyScope = body.ConfigureAwait(false);
        var (bytes, truncated) = await CappedBody.ReadAsync(body, maxBytes, cancellationToken).ConfigureAwait(false);
        // Without a Content-Type, a text-looking body is taken for HTML (as browsers sniff), and a binary one is refused.
        if (kind is null && bytes.AsSpan(0, Math.Min(bytes.Count, 1024)).Contains((byte)0))
        {
            return Unsupported("a binary body without a Content-Type");
        }

        var pageKind = kind ?? PageKind.Html;
        var text = CharsetDetector.Decode(bytes, contentType?.CharSet, pageKind);
        if (pageKind == PageKind.Html && BlockPageDetector.Detect(text) is { } blocked)
        {
            return FetchOutcome.Failed(AbandonReason.SiteBlocked, blocked);
        }

        return FetchOutcome.Fetched(new FetchedPage(finalUrl, pageKind, text, truncated));
    }

    private static PageKind? KindOf(MediaTypeHeaderValue? contentType) => contentType?.MediaType?.ToUpperInvariant() switch
    {
        "TEXT/HTML" or "APPLICATION/XHTML+XML" => PageKind.Html,
        "TEXT/PLAIN" => PageKind.PlainText,
        _ => null,
    };

    private static FetchOutcome Unsupported(string what) =>
        FetchOutcome.Failed(AbandonReason.LinkInvalid, $"unsupported content type: {(what.Length > 100 ? what[..100] : what)}");
}
