namespace Mining.Simulator.Model;

/// <summary>The contract's endpoints, by name: the target of injected faults and the tag of each recorded request.</summary>
public enum SimulatorRoute
{
    /// <summary>Anything that is not a contract endpoint: test pages, the control API, unknown paths.</summary>
    Other,
    AuthRefresh,
    AuthMe,
    RegisterDevice,
    Heartbeat,
    WorkerEvents,
    GetPreferences,
    PutPreferences,
    ListAssignments,
    AssignmentsVersion,
    GetAssignment,
    StartAssignment,
    SubmitAssignment,
    AbandonAssignment,
}
