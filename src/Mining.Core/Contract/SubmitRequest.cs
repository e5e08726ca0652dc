namespace Mining.Core.Contract;

/// <summary>The body of <c>POST /mining/assignments/{id}/submit</c>.</summary>
public sealed record SubmitRequest
{
    public required string Content { get; init; }

    /// <summary><c>platform</c>, <c>url</c>, <c>timestamp</c> and what the page yields (<c>og:*</c>, <c>twitter:*</c> keys kept as-is).</summary>
    public required IReadOnlyDictionary<string, string> Metadata { get; init; }

    public IReadOnlyList<Tweet>? Tweets { get; init; }
}
