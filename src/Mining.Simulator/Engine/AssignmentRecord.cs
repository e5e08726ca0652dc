using Mining.Core.Contract;
using Mining.Simulator.Model;
using Mining.Simulator.Pages;

namespace Mining.Simulator.Engine;

/// <summary>The mutable server-side record of one task and its assignment. Guarded by the store's lock.</summary>
internal sealed class AssignmentRecord(int sequence, string id, string taskId, string queryId, string queryText, string platform, string sourceUrl, TestPage page, DateTimeOffset createdAt)
{
    /// <summary>The creation order, which breaks ties when sorting.</summary>
    public int Sequence { get; } = sequence;

    public string Id { get; } = id;

    public string TaskId { get; } = taskId;

    public string QueryId { get; } = queryId;

    public string QueryText { get; } = queryText;

    public string Platform { get; } = platform;

    public string SourceUrl { get; } = sourceUrl;

    public TestPage Page { get; } = page;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public DateTimeOffset UpdatedAt { get; set; } = createdAt;

    public AssignmentState State { get; set; } = AssignmentState.Pending;

    public string? DeviceId { get; set; }

    public DateTimeOffset? AssignedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public DateTimeOffset? FailedAt { get; set; }

    public string? AbandonReason { get; set; }

    public string? AbandonDetails { get; set; }

    public SubmissionRecord? Submission { get; set; }

    public int Starts { get; set; }

    public int AcceptedSubmits { get; set; }

    public int DuplicateSubmits { get; set; }

    public int StaleReassignments { get; set; }

    public bool IsVisibleToWorkers => DeviceId is not null;

    public string WireStatus => State switch
    {
        AssignmentState.Pending or AssignmentState.Assigned => AssignmentStatus.NotStarted,
        AssignmentState.InProgress => AssignmentStatus.InProgress,
        AssignmentState.Submitted => AssignmentStatus.Completed,
        AssignmentState.Abandoned => AssignmentStatus.Failed,
        _ => throw new InvalidOperationException($"Unknown state {State}."),
    };

    /// <summary>The timestamp <c>sort_by</c> names; null sorts first.</summary>
    public DateTimeOffset? SortKey(string sortBy) => sortBy switch
    {
        "updated_at" => UpdatedAt,
        "started_at" => StartedAt,
        "completed_at" => CompletedAt,
        _ => AssignedAt ?? CreatedAt,
    };

    public void AssignTo(string deviceId, DateTimeOffset now)
    {
        DeviceId = deviceId;
        State = AssignmentState.Assigned;
        AssignedAt = now;
        StartedAt = null;
        UpdatedAt = now;
    }

    public AssignmentSnapshot ToSnapshot() => new()
    {
        Id = Id,
        TaskId = TaskId,
        SearchQueryId = QueryId,
        SearchQuery = QueryText,
        Platform = Platform,
        SourceUrl = SourceUrl,
        Page = Page,
        State = State,
        WireStatus = WireStatus,
        DeviceId = DeviceId,
        CreatedAt = CreatedAt,
        UpdatedAt = UpdatedAt,
        AssignedAt = AssignedAt,
        StartedAt = StartedAt,
        CompletedAt = CompletedAt,
        FailedAt = FailedAt,
        AbandonReason = AbandonReason,
        AbandonDetails = AbandonDetails,
        Submission = Submission,
        Starts = Starts,
        AcceptedSubmits = AcceptedSubmits,
        DuplicateSubmits = DuplicateSubmits,
        StaleReassignments = StaleReassignments,
    };
}
