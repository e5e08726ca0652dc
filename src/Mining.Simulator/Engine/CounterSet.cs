using Mining.Simulator.Model;

namespace Mining.Simulator.Engine;

/// <summary>The mutable twin of <see cref="SimulatorCounters"/>. Guarded by the store's lock.</summary>
internal sealed class CounterSet
{
    public int RefreshCalls { get; set; }

    public int FailedRefreshCalls { get; set; }

    public int Unauthorized { get; set; }

    public int Registrations { get; set; }

    public int Heartbeats { get; set; }

    public int AutoAssigned { get; set; }

    public int StreamConnections { get; set; }

    public int EventsEmitted { get; set; }

    public int Starts { get; set; }

    public int AcceptedSubmits { get; set; }

    public int DuplicateSubmits { get; set; }

    public int Conflicts { get; set; }

    public int Abandons { get; set; }

    public int StaleReassignments { get; set; }

    public int InjectedFaults { get; set; }

    public SimulatorCounters ToSnapshot() => new()
    {
        RefreshCalls = RefreshCalls,
        FailedRefreshCalls = FailedRefreshCalls,
        Unauthorized = Unauthorized,
        Registrations = Registrations,
        Heartbeats = Heartbeats,
        AutoAssigned = AutoAssigned,
        StreamConnections = StreamConnections,
        EventsEmitted = EventsEmitted,
        Starts = Starts,
        AcceptedSubmits = AcceptedSubmits,
        DuplicateSubmits = DuplicateSubmits,
        Conflicts = Conflicts,
        Abandons = Abandons,
        StaleReassignments = StaleReassignments,
        InjectedFaults = InjectedFaults,
    };
}
