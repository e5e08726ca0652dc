namespace Mining.Core.Sse;

/// <summary>A comment line (<c>:keep-alive</c>). It is never an event; the keep-alive watchdog and diagnostics see it.</summary>
public sealed record SseComment(string Text) : SseItem;
