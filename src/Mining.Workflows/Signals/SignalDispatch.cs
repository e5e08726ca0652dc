namespace Mining.Workflows.Signals;

/// <summary>What <see cref="SignalDispatcher"/> did with a signal.</summary>
public enum SignalDispatch
{
    /// <summary>No orchestration was running: a new one was started, and its first round fetches.</summary>
    Started,

    /// <summary>The orchestration was running: a <see cref="WorkflowNames.SignalEvent"/> event was raised on it.</summary>
    Raised,
}
