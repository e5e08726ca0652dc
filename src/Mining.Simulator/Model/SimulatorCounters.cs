namespace Mining.Simulator.Model;

/// <summary>Running totals since the server started.</summary>
public sealed record SimulatorCounters
{
    public int RefreshCalls { get; init; }

    /// <summary>Refresh calls answered with an error (unknown token or injected failure).</summary>
    public int FailedRefreshCalls { get; init; }

    /// <summary>Requests answered 401 because the access token was missing, unknown or expired.</summary>
    public int Unauthorized { get; init; }

    public int Registrations { get; init; }

    public int Heartbeats { get; init; }

    /// <summary>Tasks handed out by heartbeat auto-assignment.</summary>
    public int AutoAssigned { get; init; }

    public int StreamConnections { get; init; }

    public int EventsEmitted { get; init; }

    public int Starts { get; init; }

    public int AcceptedSubmits { get; init; }

    /// <summary>Submits answered 409 "already completed".</summary>
    public int DuplicateSubmits { get; init; }

    /// <summary>Every 409 the server sent, duplicates included.</summary>
    public int Conflicts { get; init; }

    public int Abandons { get; init; }

    public int StaleReassignments { get; init; }

    /// <summary>Requests answered by an injected fault (429, 5xx, refresh failure) or stream drops.</summary>
    public int InjectedFaults { get; init; }
}
