namespace Mining.Workflows;

/// <summary>
/// The names the orchestration and its activities are registered and called by. Both hosts use them, so the
/// Functions adapters and the portable registry always agree.
/// </summary>
public static class WorkflowNames
{
    public const string Orchestrator = "MiningWorkerOrchestrator";

    public const string FetchAssignments = "FetchAssignments";

    public const string StartAssignment = "StartAssignment";

    public const string CrawlAndSubmit = "CrawlAndSubmit";

    /// <summary>The external event a signal raises on a running orchestration.</summary>
    public const string SignalEvent = "signal";
}
