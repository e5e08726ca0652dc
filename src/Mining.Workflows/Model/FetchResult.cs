using Mining.Core.Contract;

namespace Mining.Workflows.Model;

/// <summary>Output of <see cref="WorkflowNames.FetchAssignments"/>.</summary>
/// <param name="Assignments">The crawlable assignments, filtered by platform on the client.</param>
/// <param name="Version">The version answer taken before the list call, or null when the server gave none.</param>
/// <param name="Unchanged">The version matched the known one, so the list was not fetched.</param>
/// <param name="MoreAvailable">The server holds more assignments than one page carried.</param>
public sealed record FetchResult(
    IReadOnlyList<AssignmentWork> Assignments,
    AssignmentVersion? Version,
    bool Unchanged,
    bool MoreAvailable,
    RoundSettings Settings);
