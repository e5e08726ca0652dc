namespace Mining.Simulator.Model;

/// <summary>Where a task stands as the server sees it.</summary>
public enum AssignmentState
{
    /// <summary>Not assigned to any worker yet, or given back by stale reassignment with no worker online.</summary>
    Pending,

    /// <summary>Assigned to a worker and not started (wire status <c>not_started</c>).</summary>
    Assigned,

    /// <summary>Started (wire status <c>in_progress</c>).</summary>
    InProgress,

    /// <summary>Submitted with content (wire status <c>completed</c>). Final.</summary>
    Submitted,

    /// <summary>Abandoned with a reason (wire status <c>failed</c>). Final.</summary>
    Abandoned,
}
