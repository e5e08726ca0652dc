using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using Mining.Core.Contract;

namespace Mining.Core.Crawling;

/// <summary>Maps HTTP statuses and transport errors to the abandon reasons of MINING_API.md §5, with short details.</summary>
internal static class FetchFailures
{
    public static FetchOutcome FromStatus(HttpStatusCode status)
    {
        var code = (int)status;
        var reason = status switch
        {
            HttpStatusCode.NotFound or HttpStatusCode.Gone => AbandonReason.LinkInvalid,
            // 429 is the site refusing us, not the site being down.
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.UnavailableForLegalReasons
                or HttpStatusCode.TooManyRequests => AbandonReason.SiteBlocked,
            _ when code >= 500 => AbandonReason.SiteDown,
            _ => AbandonReason.LinkInvalid,
        };
        return FetchOutcome.Failed(reason, $"HTTP {code}");
    }

    public static FetchOutcome FromTransport(Exception exception)
    {
        if (Find<BlockedAddressException>(exception) is not null)
        {
            return FetchOutcome.Failed(AbandonReason.LinkInvalid, "blocked address");
        }

        var socketError = Find<SocketException>(exception)?.SocketErrorCode;
        var detail = socketError switch
        {
            SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => "host not found",
            SocketError.ConnectionRefused => "connection refused",
            SocketError.NetworkUnreachable or SocketError.HostUnreachable => "host unreachable",
            SocketError.ConnectionReset or SocketError.ConnectionAborted => "connection reset",
            _ => (exception as HttpRequestException)?.HttpRequestError switch
            {
                HttpRequestError.NameResolutionError => "host not found",
                HttpRequestError.SecureConnectionError => "TLS handshake failed",
                HttpRequestError.InvalidResponse or HttpRequestError.ResponseEnded => "invalid HTTP response",
                _ => "connection failed",
            },
        };
        return FetchOutcome.Failed(AbandonReason.SiteDown, detail);
    }

    private static T? Find<T>(Exception? exception)
        where T : Exception
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is T found)
            {
                return found;
            }
        }

        return null;
    }
}
