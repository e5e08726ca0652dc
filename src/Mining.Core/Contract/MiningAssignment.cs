using System.Text.Json;

namespace Mining.Core.Contract;

/// <summary>One assignment of a task to this worker (MINING_API.md §6). Unknown fields are tolerated.</summary>
public sealed record MiningAssignment
{
    public required string Id { get; init; }

    public required string Status { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    public DateTimeOffset? FailedAt { get; init; }

    public string? FailureReason { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    public Dictionary<string, JsonElement>? Metadata { get; init; }

    public required MiningTask Task { get; init; }
}
