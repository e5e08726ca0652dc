namespace Mining.Core.Api;

/// <summary>What the worker does after <c>start</c> (MINING_API.md §5 start table).</summary>
public enum StartDecision
{
    /// <summary>Started, or already started: crawl it.</summary>
    Proceed,

    /// <summary>Not ours to crawl now (409 other than "already started", 403, 404, or 5xx after one retry).</summary>
    Skip,
}

/// <summary>The typed result of starting an assignment.</summary>
public sealed record StartOutcome(StartDecision Decision, int? StatusCode, string? Message);
