namespace Mining.Workflows.Model;

/// <summary>What became of one assignment in a round.</summary>
public enum AssignmentOutcome
{
    /// <summary>Submitted now.</summary>
    Submitted,

    /// <summary>The server already had it (409 already completed): a repeat after a crash, and a success.</summary>
    AlreadyCompleted,

    /// <summary>Given back with a reason.</summary>
    Abandoned,

    /// <summary>Abandon was refused (for example already abandoned by an earlier attempt); nothing more to do.</summary>
    AbandonRefused,

    /// <summary>Submit said "must be in progress" or 404: final, and not abandoned (MINING_API.md §5).</summary>
    LeftToServer,

    /// <summary>Start answered skip: not crawled.</summary>
    StartSkipped,

    /// <summary>An activity failed after its retries; the next round sees the assignment again.</summary>
    Failed,
}
