namespace Mining.Workflows.Model;

/// <summary>One assignment to process this round: only what the activities need, never page content.</summary>
public sealed record AssignmentWork(string AssignmentId, string Platform, string SourceUrl, bool NeedsStart);
