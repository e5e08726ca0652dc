namespace Mining.Simulator.Engine;

/// <summary>The parsed query of <c>GET /mining/assignments</c> and <c>/version</c>.</summary>
internal sealed record AssignmentFilter
{
    public IReadOnlyList<string> Statuses { get; init; } = [];

    public IReadOnlyList<string> Platforms { get; init; } = [];

    public string? DeviceId { get; init; }

    public string? SearchQueryId { get; init; }

    public DateTimeOffset? CreatedAfter { get; init; }

    public string SortBy { get; init; } = "created_at";

    public bool Descending { get; init; }

    public int Limit { get; init; } = 30;

    public int Offset { get; init; }
}
