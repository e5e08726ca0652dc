namespace Mining.Simulator.Model;

/// <summary>A search query and the ids of the tasks (and assignments) it created.</summary>
public sealed record SearchQuerySnapshot(
    string Id,
    string Query,
    string Platform,
    DateTimeOffset CreatedAt,
    IReadOnlyList<string> AssignmentIds);
