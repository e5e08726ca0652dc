namespace Mining.Core.Options;

/// <summary>The <c>Mining:Sse</c> settings for the event-stream listener.</summary>
public sealed class SseOptions
{
    /// <summary>The server's keep-alive interval is not published; the watchdog drops a connection silent for 3× this.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The queue that carries assignment signals to the orchestration starter.</summary>
    public string SignalQueueName { get; set; } = "mining-signals";

    /// <summary>The blob container that holds the listener's single-instance lease.</summary>
    public string LeaseContainerName { get; set; } = "mining-listener";

    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(60);
}
