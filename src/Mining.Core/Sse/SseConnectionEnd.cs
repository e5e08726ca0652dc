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
