using Mining.Core.Contract;

namespace Mining.Core.Crawling;

/// <summary>The crawl of one page: content to submit, or the abandon reason with a short detail.</summary>
public sealed record CrawlResult
{
    public string? Content { get; private init; }

    public IReadOnlyDictionary<string, string>? Metadata { get; private init; }

    public AbandonReason? FailureReason { get; private init; }

    public string? FailureDetail { get; private init; }

    public bool IsSuccess => FailureReason is null;

    public static CrawlResult Succeeded(string content, IReadOnlyDictionary<string, string> metadata) =>
        new() { Content = content, Metadata = metadata };

    public static CrawlResult Failed(AbandonReason reason, string detail) =>
        new() { FailureReason = reason, FailureDetail = detail.Length > 200 ? detail[..200] : detail };
}
