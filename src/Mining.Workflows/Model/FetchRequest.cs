using Mining.Core.Contract;

namespace Mining.Workflows.Model;

/// <summary>Input of <see cref="WorkflowNames.FetchAssignments"/>.</summary>
/// <param name="SkipIfVersionIs">When set, an unchanged version answer skips the list call.</param>
public sealed record FetchRequest(AssignmentVersion? SkipIfVersionIs);
