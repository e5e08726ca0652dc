namespace Mining.Core.Contract;

/// <summary>The wire values of <see cref="MiningAssignment.Status"/>.</summary>
public static class AssignmentStatus
{
    public const string NotStarted = "not_started";
    public const string InProgress = "in_progress";
    public const string Completed = "completed";
    public const string Failed = "failed";
}
