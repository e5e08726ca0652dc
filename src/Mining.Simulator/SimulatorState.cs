using Mining.Simulator.Engine;
using Mining.Simulator.Model;

namespace Mining.Simulator;

/// <summary>
/// A read-only view of what the server holds. Every member returns an immutable snapshot taken under the server's
/// lock, so it is safe to call from any thread while workers run.
/// </summary>
public sealed class SimulatorState
{
    private readonly SimulatorStore _store;

    internal SimulatorState(SimulatorStore store) => _store = store;

    public IReadOnlyList<SearchQuerySnapshot> Queries => _store.Queries();

    /// <summary>Every task's assignment, in creation order.</summary>
    public IReadOnlyList<AssignmentSnapshot> Assignments => _store.Assignments();

    /// <summary>Every request so far, in order of arrival. An event stream appears when it ends.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _store.Requests();

    /// <summary>Every contract mistake seen so far. A correct worker leaves this empty.</summary>
    public IReadOnlyList<ContractViolation> Violations => _store.Violations();

    public IReadOnlyList<EmittedEvent> Events => _store.Events();

    public IReadOnlyList<DeviceSnapshot> Devices => _store.Devices();

    public SimulatorCounters Counters => _store.Counters();

    /// <summary>The platform preferences in effect (the defaults until a worker sets them).</summary>
    public IReadOnlyList<string> Platforms => _store.GetPreferences().Platforms;

    /// <summary>The current <c>X-Assignment-Cache-Version</c>; it changes on every assignment change.</summary>
    public string CacheVersion => _store.CacheVersion;

    public AssignmentSnapshot? Assignment(string assignmentId) => _store.Find(assignmentId);

    /// <summary>The assignments of one search query, in creation order.</summary>
    public IReadOnlyList<AssignmentSnapshot> AssignmentsOf(string searchQueryId) =>
        [.. _store.Assignments().Where(a => a.SearchQueryId == searchQueryId)];
}
