using Mining.Core.Contract;
using Mining.Simulator.Pages;

namespace Mining.Simulator.Model;

/// <summary>
/// One task and its assignment as the server sees it at one moment. A task has exactly one assignment id for its
/// whole life: stale reassignment hands the same assignment to another worker, so "submitted exactly once" is
/// <c>AcceptedSubmits == 1</c>.
/// </summary>
public sealed record AssignmentSnapshot
{
    public required string Id { get; init; }

    public required string TaskId { get; init; }

    public required string SearchQueryId { get; init; }

    /// <summary>The search text of the query that created the task.</summary>
    public required string SearchQuery { get; init; }

    public required string Platform { get; init; }

    public required string SourceUrl { get; init; }

    /// <summary>The test page behind <see cref="SourceUrl"/>, which fixes the expected outcome.</summary>
    public required TestPage Page { get; init; }

    public required AssignmentState State { get; init; }

    /// <summary>The wire status: <c>not_started</c>, <c>in_progress</c>, <c>completed</c> or <c>failed</c>.</summary>
    public required string WireStatus { get; init; }

    /// <summary>The device that holds it; null while <see cref="AssignmentState.Pending"/>.</summary>
    public string? DeviceId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset? AssignedAt { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    public DateTimeOffset? FailedAt { get; init; }

    /// <summary>The abandon reason's wire value, when abandoned.</summary>
    public string? AbandonReason { get; init; }

    public string? AbandonDetails { get; init; }

    public SubmissionRecord? Submission { get; init; }

    /// <summary>Successful starts (200).</summary>
    public int Starts { get; init; }

    /// <summary>Submits the server accepted (200). More than one is impossible by construction; a duplicate is a 409.</summary>
    public int AcceptedSubmits { get; init; }

    /// <summary>Submits answered 409 "already completed".</summary>
    public int DuplicateSubmits { get; init; }

    /// <summary>How often stale reassignment took it back from a worker.</summary>
    public int StaleReassignments { get; init; }

    /// <summary>True once submitted or abandoned.</summary>
    public bool IsFinal => State is AssignmentState.Submitted or AssignmentState.Abandoned;

    /// <summary>The outcome a correct worker reaches: null for submit, else the abandon reason.</summary>
    public AbandonReason? ExpectedAbandonReason => Page.ExpectedAbandonReason;
}
