namespace Mining.Simulator.Engine;

/// <summary>What an open event stream writes next.</summary>
internal abstract record StreamMessage
{
    /// <summary>An <c>assignment</c> event with its SSE id and JSON data.</summary>
    public sealed record Assignment(long Id, string Data) : StreamMessage;

    /// <summary>A <c>:keep-alive</c> comment.</summary>
    public sealed record KeepAlive : StreamMessage;

    /// <summary>An injected fault: cut the connection, after half an event when <paramref name="MidEvent"/> is set.</summary>
    public sealed record Drop(bool MidEvent) : StreamMessage;
}
