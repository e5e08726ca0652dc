namespace Mining.Core.Sse;

/// <summary>The SSE listener's state at one moment, for a host's health endpoint or logs.</summary>
public sealed record SseListenerHealthSnapshot(
    SseListenerStatus Status,
    bool Connected,
    DateTimeOffset? ConnectedSince,
    DateTimeOffset? LastByteAt,
    DateTimeOffset? LastEventAt,
    int ReconnectCount,
    TimeSpan? NextReconnectDelay,
    string? LastError,
    string? UnhealthyReason)
{
    public static SseListenerHealthSnapshot Initial { get; } =
        new(SseListenerStatus.Stopped, false, null, null, null, 0, null, null, null);

    /// <summary>Healthy unless the listener stopped for good. A standby or reconnecting listener is doing its job.</summary>
    public bool IsHealthy => Status != SseListenerStatus.Unhealthy;
}
