namespace Mining.Core.Contract;

/// <summary>Query parameters of the list and version endpoints. Arrays go out as repeated keys.</summary>
public sealed record AssignmentQuery
{
    public IReadOnlyList<string> Statuses { get; init; } = [AssignmentStatus.NotStarted, AssignmentStatus.InProgress];

    public IReadOnlyList<string> Platforms { get; init; } = [];

    public int Limit { get; init; } = 30;

    public int Offset { get; init; }

    public string? DeviceId { get; init; }

    public string? SearchQueryId { get; init; }

    public DateTimeOffset? CreatedAfter { get; init; }

    public string? SortBy { get; init; } = "created_at";

    public string? SortOrder { get; init; } = "asc";
}
