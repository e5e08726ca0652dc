using System.Globalization;

namespace Mining.Core.Extraction;

/// <summary>Builds the submitted <c>metadata</c>: the contract's fixed keys, then what the page itself yields.</summary>
public static class SubmissionMetadata
{
    public static IReadOnlyDictionary<string, string> Compose(string platform, Uri finalUrl, DateTimeOffset fetchedAt, ExtractedPage page)
    {
        ArgumentNullException.ThrowIfNull(finalUrl);
        ArgumentNullException.ThrowIfNull(page);
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["platform"] = platform,
            ["url"] = finalUrl.AbsoluteUri,
            ["timestamp"] = fetchedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in page.Metadata)
        {
            metadata.TryAdd(key, value);
        }

        return metadata;
    }
}
