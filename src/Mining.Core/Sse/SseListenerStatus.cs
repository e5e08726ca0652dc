namespace Mining.Core.Sse;

/// <summary>What the SSE listener is doing now.</summary>
public enum SseListenerStatus
{
    /// <summary>Not started, or stopped with the host.</summary>
    Stopped,

    /// <summary>Another instance holds the listener lease; this one waits to take over.</summary>
    Standby,

    Connecting,

    Connected,

    /// <summary>Disconnected and waiting <see cref="SseListenerHealthSnapshot.NextReconnectDelay"/> before the next attempt.</summary>
    WaitingToReconnect,

    /// <summary>Stopped for a reason retrying cannot fix (the token refresh failed); see <see cref="SseListenerHealthSnapshot.UnhealthyReason"/>.</summary>
    Unhealthy,
}
