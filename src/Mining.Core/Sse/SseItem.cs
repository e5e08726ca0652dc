namespace Mining.Core.Sse;

/// <summary>Something the event-stream parser found: a dispatched <see cref="SseEvent"/> or an <see cref="SseComment"/>.</summary>
public abstract record SseItem;
