using Mining.Simulator.Model;

namespace Mining.Simulator.Http;

/// <summary>A <c>MiningAssignment</c> as the server writes it (MINING_API.md §6); names go out in snake_case.</summary>
internal sealed record WireAssignment(
    string Id,
    string Status,
    DateTime? StartedAt,
    DateTime? CompletedAt,
    DateTime? FailedAt,
    string? FailureReason,
    DateTime? FailureReasonExpiresAt,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    IReadOnlyDictionary<string, string> Metadata,
    WireTask Task,
    object? Result)
{
    public static WireAssignment From(AssignmentSnapshot a)
    {
        var title = a.Page.Content?.Title ?? $"Search result {a.Page.Number}";
        var snippet = a.Page.Content?.Metadata["description"] ?? "A page found by the simulated search.";
        return new WireAssignment(
            a.Id,
            a.WireStatus,
            a.StartedAt?.UtcDateTime,
            a.CompletedAt?.UtcDateTime,
            a.FailedAt?.UtcDateTime,
            a.AbandonReason,
            null,
            (a.AssignedAt ?? a.CreatedAt).UtcDateTime,
            a.UpdatedAt.UtcDateTime,
            new Dictionary<string, string> { ["url"] = a.SourceUrl, ["title"] = title },
            new WireTask(
                a.TaskId,
                a.Platform,
                a.SourceUrl,
                a.IsFinal ? "completed" : "assigned",
                0.5,
                new Dictionary<string, string> { ["title"] = title, ["snippet"] = snippet, ["query"] = a.SearchQuery },
                a.CreatedAt.UtcDateTime,
                a.SearchQuery,
                a.SearchQueryId),
            null);
    }
}

/// <summary>The <c>task</c> of a <see cref="WireAssignment"/>.</summary>
internal sealed record WireTask(
    string Id,
    string Platform,
    string SourceUrl,
    string Status,
    double RewardAmount,
    IReadOnlyDictionary<string, string> Metadata,
    DateTime CreatedAt,
    string SearchQuery,
    string SearchQueryId);
