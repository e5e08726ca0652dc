namespace Mining.Core.Sse;

/// <summary>The kinds of <see cref="SseConnectionEnd"/>.</summary>
internal enum SseConnectionEndKind
{
    /// <summary>A network error, a 5xx, a dropped or silent stream: reconnect with backoff.</summary>
    Dropped,

    /// <summary>A 403/404, a wrong content type or a 2xx without a stream: retry only on the long backoff.</summary>
    Permanent,

    /// <summary>A 401: refresh the token, then reconnect.</summary>
    Unauthorized,

    /// <summary>No token can be had: stop and report unhealthy.</summary>
    AuthenticationFailed,
}
