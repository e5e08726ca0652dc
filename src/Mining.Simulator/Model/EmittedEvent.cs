namespace Mining.Simulator.Model;

/// <summary>Why the server emitted an <c>assignment</c> event (MINING_API.md §4).</summary>
public enum AssignmentEventCause
{
    Heartbeat,
    SearchQueryCreated,
    StaleReassignment,
    Manual,
}

/// <summary>One <c>assignment</c> event sent to a worker's stream.</summary>
/// <param name="Id">The SSE <c>id:</c> value.</param>
/// <param name="DeliveredTo">How many open connections of that device received it (0 = lost, as on the real server).</param>
public sealed record EmittedEvent(
    long Id,
    string DeviceId,
    int Count,
    string? SearchQueryId,
    AssignmentEventCause Cause,
    int DeliveredTo,
    DateTimeOffset At);
