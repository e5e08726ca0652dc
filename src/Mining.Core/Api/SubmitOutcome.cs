namespace Mining.Core.Api;

/// <summary>What the worker does after <c>submit</c> (MINING_API.md §5 submit rules).</summary>
public enum SubmitDecision
{
    /// <summary>Accepted now.</summary>
    Submitted,

    /// <summary>409 "already completed": a duplicate of an earlier submit, which counts as success.</summary>
    AlreadyCompleted,

    /// <summary>400/409 "must be in progress", or 404: final, and must not be abandoned.</summary>
    DoNotAbandon,

    /// <summary>Any other failure: abandon the assignment.</summary>
    Abandon,
}

/// <summary>The typed result of submitting an assignment.</summary>
public sealed record SubmitOutcome(SubmitDecision Decision, int? StatusCode, string? Message)
{
    public bool IsSuccess => Decision is SubmitDecision.Submitted or SubmitDecision.AlreadyCompleted;
}
