namespace Mining.Core.Sse;

/// <summary>
/// A line or event grew past the parser's cap. It is an <see cref="IOException"/> so the listener treats it like any
/// broken stream: drop the connection and reconnect on its backoff, instead of buffering without end.
/// </summary>
public sealed class EventStreamTooLargeException(int limit)
    : IOException($"an event-stream line or event grew past {limit} characters; the stream is not a well-behaved event stream")
{
    public int Limit { get; } = limit;
}
