using Mining.Simulator.Engine;
using Mining.Simulator.Model;

namespace Mining.Simulator;

/// <summary>
/// Injects the failures a worker must survive. Faults on a route are consumed in order, one call at a time;
/// every injected answer is marked in <see cref="RecordedRequest.InjectedFault"/>.
/// </summary>
public sealed class SimulatorFaults
{
    private readonly SimulatorStore _store;
    private readonly EventStreamHub _hub;

    internal SimulatorFaults(SimulatorStore store, EventStreamHub hub)
    {
        _store = store;
        _hub = hub;
    }

    /// <summary>Cuts every open event stream now; with <paramref name="midEvent"/> after writing half an event. Returns how many were cut.</summary>
    public int DropEventStreams(bool midEvent = false)
    {
        var dropped = _hub.DropAll(midEvent);
        _store.CountInjectedFaults(dropped);
        return dropped;
    }

    /// <summary>Answers the next <paramref name="calls"/> calls of <paramref name="route"/> with 429 and <c>Retry-After</c>.</summary>
    public void RateLimit(SimulatorRoute route, int calls, TimeSpan retryAfter) => _store.AddFault(route, 429, retryAfter, calls);

    /// <summary>Answers the next <paramref name="calls"/> calls of <paramref name="route"/> with a 5xx.</summary>
    public void FailWithServerError(SimulatorRoute route, int calls, int statusCode = 503)
    {
        if (statusCode is < 500 or > 599)
        {
            throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, "A server error is a 5xx.");
        }

        _store.AddFault(route, statusCode, null, calls);
    }

    /// <summary>Makes every access token issued so far expire now: their next use is a 401.</summary>
    public void ExpireAccessTokens() => _store.ExpireAccessTokens();

    /// <summary>Fails refresh calls with <paramref name="statusCode"/> (401 or 400 are the realistic ones): the next <paramref name="calls"/>, or all until <see cref="RestoreRefresh"/>.</summary>
    public void FailRefresh(int statusCode = 401, int? calls = null) => _store.FailRefresh(statusCode, calls);

    public void RestoreRefresh() => _store.RestoreRefresh();

    /// <summary>Adds <paramref name="delay"/> to every test page; <see cref="TimeSpan.Zero"/> clears it.</summary>
    public void DelayPages(TimeSpan delay) => _store.PageDelay = delay;

    /// <summary>Clears pending route faults, page delays and refresh failures.</summary>
    public void ClearAll() => _store.ClearFaults();
}
