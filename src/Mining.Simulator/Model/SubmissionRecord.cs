namespace Mining.Simulator.Model;

/// <summary>The accepted submit of an assignment, kept so tests can check the content.</summary>
/// <param name="Content">The Markdown content as sent.</param>
/// <param name="Metadata">The metadata; string values as they are, any other JSON value as its raw text.</param>
/// <param name="TweetCount">The number of tweets sent, or null when the body had no <c>tweets</c>.</param>
/// <param name="Body">The whole request body as received.</param>
/// <param name="At">When the server accepted it.</param>
public sealed record SubmissionRecord(
    string Content,
    IReadOnlyDictionary<string, string> Metadata,
    int? TweetCount,
    string Body,
    DateTimeOffset At);
