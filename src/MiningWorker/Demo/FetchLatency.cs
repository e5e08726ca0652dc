using Mining.Simulator;
using Mining.Simulator.Model;

namespace MiningWorker.Demo;

/// <summary>
/// Signal-to-fetch latency as the server sees it: from each <c>assignment</c> event it delivered to the worker's next
/// list (or version) request.
/// </summary>
internal static class FetchLatency
{
    public static IReadOnlyList<TimeSpan> Measure(SimulatorState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var fetches = state.Requests
            .Where(r => r.Route is SimulatorRoute.ListAssignments or SimulatorRoute.AssignmentsVersion)
            .Select(r => r.StartedAt)
            .Order()
            .ToList();
        var latencies = new List<TimeSpan>();
        foreach (var emitted in state.Events.Where(e => e.DeliveredTo > 0))
        {
            var next = fetches.FindIndex(at => at >= emitted.At);
            if (next >= 0)
            {
                latencies.Add(fetches[next] - emitted.At);
            }
        }

        return latencies;
    }

    /// <summary>The value below which <paramref name="percent"/>% of the samples fall (nearest rank).</summary>
    public static TimeSpan Percentile(IReadOnlyList<TimeSpan> samples, double percent)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count == 0)
        {
            return TimeSpan.Zero;
        }

        var sorted = samples.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
