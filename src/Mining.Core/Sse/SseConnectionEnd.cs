namespace Mining.Core.Sse;

/// <summary>How one connection attempt of the listener ended, which decides the wait before the next.</summary>
internal readonly record struct SseConnectionEnd(SseConnectionEndKind Kind, string Reason, TimeSpan ConnectedFor = default, string? StaleToken = null)
{
    public static SseConnectionEnd Dropped(string reason, TimeSpan connectedFor = default) => new(SseConnectionEndKind.Dropped, reason, connectedFor);

    public static SseConnectionEnd Permanent(string reason) => new(SseConnectionEndKind.Permanent, reason);

    public static SseConnectionEnd Unauthorized(string staleToken) =>
        new(SseConnectionEndKind.Unauthorized, "the server answered 401", StaleToken: staleToken);

    public static SseConnectionEnd AuthenticationFailed(string reason) => new(SseConnectionEndKind.AuthenticationFailed, reason);
}

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
