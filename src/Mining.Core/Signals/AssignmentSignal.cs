namespace Mining.Core.Signals;

/// <summary>
/// A hint that assignments may be waiting. It carries no work itself: the orchestration always re-fetches.
/// Serialized snake_case on the signal queue: <c>{reason, count, search_query_id, event_id, received_at}</c>.
/// </summary>
public sealed record AssignmentSignal(
    string Reason,
    int? Count,
    string? SearchQueryId,
    string? EventId,
    DateTimeOffset ReceivedAt);
