using System.Text.Json;
using System.Text.RegularExpressions;
using Mining.Simulator.Model;

namespace Mining.Simulator.Http;

/// <summary>Checks a submit body against MINING_API.md §5 and turns it into a <see cref="SubmissionRecord"/>.</summary>
internal static partial class SubmissionParser
{
    private static readonly string[] TweetFields = ["url", "text", "username", "timestamp"];

    /// <summary>The record, or null with every problem found.</summary>
    public static (SubmissionRecord? Submission, string Error) Parse(JsonBody body, string taskPlatform, DateTimeOffset now)
    {
        var root = body.Root;
        var problems = new List<string>();
        if (!root.TryGetProperty("content", out var contentField) || contentField.ValueKind != JsonValueKind.String
            || string.IsNullOrWhiteSpace(contentField.GetString()))
        {
            problems.Add("content must be non-empty Markdown");
        }

        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!JsonFields.TryObject(root, "metadata", out var metadataField))
        {
            problems.Add("metadata must be an object");
        }
        else
        {
            foreach (var property in metadataField.EnumerateObject())
            {
                metadata[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
            }

            CheckMetadata(metadata, taskPlatform, problems);
        }

        var tweetCount = CheckTweets(root, taskPlatform, problems);
        if (problems.Count > 0)
        {
            return (null, JsonFields.Describe(problems));
        }

        return (new SubmissionRecord(contentField.GetString()!, metadata, tweetCount, body.Text, now), string.Empty);
    }

    private static void CheckMetadata(Dictionary<string, string> metadata, string taskPlatform, List<string> problems)
    {
        if (!metadata.TryGetValue("platform", out var platform) || platform != taskPlatform)
        {
            problems.Add($"metadata.platform must be the task's platform '{taskPlatform}'");
        }

        if (!metadata.TryGetValue("url", out var url) || !Uri.TryCreate(url, UriKind.Absolute, out var parsed)
            || parsed.Scheme is not ("http" or "https"))
        {
            problems.Add("metadata.url must be the absolute http(s) URL of the page");
        }

        if (!metadata.TryGetValue("timestamp", out var timestamp) || !IsoUtc().IsMatch(timestamp))
        {
            problems.Add("metadata.timestamp must be ISO-8601 UTC, like 2026-01-31T12:00:00.000Z");
        }
    }

    private static int? CheckTweets(JsonElement root, string taskPlatform, List<string> problems)
    {
        if (!root.TryGetProperty("tweets", out var tweets) || tweets.ValueKind == JsonValueKind.Null)
        {
            if (taskPlatform == "twitter")
            {
                problems.Add("a twitter task's submit needs tweets");
            }

            return null;
        }

        if (tweets.ValueKind != JsonValueKind.Array)
        {
            problems.Add("tweets must be an array");
            return null;
        }

        foreach (var tweet in tweets.EnumerateArray())
        {
            if (tweet.ValueKind != JsonValueKind.Object || TweetFields.Any(f => !JsonFields.TryString(tweet, f, out _)))
            {
                problems.Add("each tweet needs url, text, username and timestamp");
                break;
            }
        }

        return tweets.GetArrayLength();
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?(Z|\+00:00)$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoUtc();
}
