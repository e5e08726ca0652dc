using System.Text.Json;
using AngleSharp.Dom;

namespace Mining.Core.Extraction;

/// <summary>Reads what a page states about itself: title, description, author, icons, OpenGraph and Twitter tags, dates.</summary>
internal static class PageMetadataReader
{
    public const int MaxValueLength = 2000;
    private const int MaxKeyLength = 100;
    private const int MaxSocialTags = 200;
    private const int MaxJsonLdLength = 200_000;

    public static Dictionary<string, string> Read(IDocument document, Uri pageUrl)
    {
        var social = new Dictionary<string, string>(StringComparer.Ordinal);
        var named = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = (meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop"))?.Trim();
            var value = Clean(meta.GetAttribute("content"));
            if (string.IsNullOrEmpty(key) || key.Length > MaxKeyLength || value is null)
            {
                continue;
            }

            named.TryAdd(key, value);
            if ((key.StartsWith("og:", StringComparison.OrdinalIgnoreCase) || key.StartsWith("twitter:", StringComparison.OrdinalIgnoreCase))
                && social.Count < MaxSocialTags)
            {
                social.TryAdd(key, value);
            }
        }

        var jsonLd = JsonLdFacts.Read(document);
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        Add(metadata, "title", Clean(document.Title) ?? Get(named, "og:title") ?? Get(named, "twitter:title"));
        Add(metadata, "description", Get(named, "description") ?? Get(named, "og:description") ?? Get(named, "twitter:description"));
        Add(metadata, "keywords", Get(named, "keywords") ?? Get(named, "news_keywords"));
        Add(metadata, "author", Get(named, "author") ?? NotUrl(Get(named, "article:author")) ?? jsonLd.Author ?? Get(named, "byl") ?? Get(named, "parsely-author"));
        Add(metadata, "favicon", Favicon(document, pageUrl));
        Add(metadata, "canonical", Absolute(document.QuerySelector("link[rel~='canonical' i][href]")?.GetAttribute("href"), pageUrl));
        Add(metadata, "lang", Clean(document.DocumentElement?.GetAttribute("lang")) ?? Get(named, "content-language") ?? Clean(document.QuerySelector("meta[http-equiv='content-language' i]")?.GetAttribute("content")));
        Add(metadata, "published_time", PublishedTime(document, named, jsonLd));
        foreach (var (key, value) in social)
        {
            metadata.TryAdd(key, value);
        }

        return metadata;
    }

    internal static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var collapsed = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length <= MaxValueLength ? collapsed : collapsed[..MaxValueLength].TrimEnd();
    }

    private static void Add(Dictionary<string, string> metadata, string key, string? value)
    {
        if (value is not null)
        {
            metadata[key] = value;
        }
    }

    private static string? Get(Dictionary<string, string> named, string key) => named.GetValueOrDefault(key);

    private static string? NotUrl(string? value) =>
        value is not null && Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme.StartsWith("http", StringComparison.Ordinal) ? null : value;

    private static string? Favicon(IDocument document, Uri pageUrl)
    {
        string? fallback = null;
        foreach (var link in document.QuerySelectorAll("link[rel][href]"))
        {
            var rel = link.GetAttribute("rel")!.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (rel.Contains("icon"))
            {
                return Absolute(link.GetAttribute("href"), pageUrl);
            }

            if (fallback is null && (rel.Contains("apple-touch-icon") || rel.Contains("apple-touch-icon-precomposed")))
            {
                fallback = Absolute(link.GetAttribute("href"), pageUrl);
            }
        }

        return fallback;
    }

    private static string? Absolute(string? reference, Uri pageUrl)
    {
        var value = Clean(reference);
        return value is not null && Uri.TryCreate(pageUrl, value, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? url.AbsoluteUri
            : null;
    }

    private static string? PublishedTime(IDocument document, Dictionary<string, string> named, JsonLdFacts jsonLd)
    {
        foreach (var key in (string[])["article:published_time", "og:published_time", "datePublished", "date", "pubdate", "publishdate", "publish-date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date"])
        {
            if (Get(named, key) is { } value)
            {
                return value;
            }
        }

        if (jsonLd.DatePublished is { } published)
        {
            return published;
        }

        var time = document.QuerySelector("article time[datetime], time[pubdate][datetime], [itemprop='datePublished'][datetime]");
        return Clean(time?.GetAttribute("datetime"));
    }

    /// <summary>The facts this reader takes from <c>application/ld+json</c> blocks.</summary>
    private sealed record JsonLdFacts(string? Author, string? DatePublished)
    {
        public static JsonLdFacts Read(IDocument document)
        {
            string? author = null, published = null;
            foreach (var script in document.QuerySelectorAll("script[type='application/ld+json' i]"))
            {
                var text = script.TextContent;
                if (text.Length > MaxJsonLdLength)
                {
                    continue;
                }

                try
                {
                    using var json = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 });
                    Visit(json.RootElement, ref author, ref published, 0);
                }
                catch (JsonException)
                {
                    // Broken JSON-LD is common on real pages; it only means these facts are not stated.
                }

                if (author is not null && published is not null)
                {
                    break;
                }
            }

            return new JsonLdFacts(author, published);
        }

        private static void Visit(JsonElement element, ref string? author, ref string? published, int depth)
        {
            if (depth > 8)
            {
                return;
            }

            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Visit(item, ref author, ref published, depth + 1);
                }

                return;
            }

            if (element.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            if (published is null && element.TryGetProperty("datePublished", out var date) && date.ValueKind == JsonValueKind.String)
            {
                published = Clean(date.GetString());
            }

            if (author is null && element.TryGetProperty("author", out var by))
            {
                author = AuthorName(by);
            }

            if (element.TryGetProperty("@graph", out var graph))
            {
                Visit(graph, ref author, ref published, depth + 1);
            }
        }

        private static string? AuthorName(JsonElement author) => author.ValueKind switch
        {
            JsonValueKind.String => Clean(author.GetString()),
            JsonValueKind.Object when author.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String => Clean(name.GetString()),
            JsonValueKind.Array => Clean(string.Join(", ", author.EnumerateArray().Select(AuthorName).OfType<string>())),
            _ => null,
        };
    }
}
