namespace Mining.Simulator.Model;

/// <summary>
/// One request as the server saw it. It never holds a token: no headers, no bodies, and query parameters whose
/// name mentions a token are redacted.
/// </summary>
/// <param name="Sequence">1-based order of arrival.</param>
/// <param name="Route">The contract endpoint, or <see cref="SimulatorRoute.Other"/>.</param>
/// <param name="Query">The query string with token-like values redacted, including the leading <c>?</c>, or empty.</param>
/// <param name="StatusCode">The status sent (0 when the connection was aborted before a status was sent).</param>
/// <param name="HadBearerToken">Whether an <c>Authorization: Bearer</c> header was present.</param>
/// <param name="InjectedFault">The fault the server injected into this request, if any.</param>
/// <param name="LastEventId">The <c>Last-Event-ID</c> header an event-stream request carried, if any.</param>
public sealed record RecordedRequest(
    long Sequence,
    string Method,
    string Path,
    string Query,
    SimulatorRoute Route,
    int StatusCode,
    DateTimeOffset StartedAt,
    TimeSpan Duration,
    bool HadBearerToken,
    string? InjectedFault,
    string? LastEventId);
