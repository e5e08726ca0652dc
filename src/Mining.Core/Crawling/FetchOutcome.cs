using Mining.Core.Contract;

namespace Mining.Core.Crawling;

/// <summary>A fetched page, or the abandon reason with a short detail that never carries page bytes.</summary>
public sealed record FetchOutcome
{
    public FetchedPage? Page { get; private init; }

    public AbandonReason? FailureReason { get; private init; }

    public string? FailureDetail { get; private init; }

    public static FetchOutcome Fetched(FetchedPage page) => new() { Page = page };

    public static FetchOutcome Failed(AbandonReason reason, string detail) =>
        new() { FailureReason = reason, FailureDetail = detail };
}
