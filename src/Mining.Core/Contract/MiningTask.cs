using System.Text.Json;

namespace Mining.Core.Contract;

/// <summary>The task behind an assignment. <see cref="SourceUrl"/> is untrusted input from the server.</summary>
public sealed record MiningTask
{
    public required string Id { get; init; }

    public required string Platform { get; init; }

    public required string SourceUrl { get; init; }

    public string? Status { get; init; }

    public double? RewardAmount { get; init; }

    public Dictionary<string, JsonElement>? Metadata { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public string? SearchQuery { get; init; }

    public string? SearchQueryId { get; init; }
}
