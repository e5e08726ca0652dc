namespace Mining.Core.Sse;

/// <summary>
/// A dispatched event. <paramref name="LastEventId"/> is the stream's last event ID at dispatch time
/// (the empty string when no id is in effect), as EventSource reports it.
/// </summary>
public sealed record SseEvent(string Type, string Data, string LastEventId) : SseItem;
