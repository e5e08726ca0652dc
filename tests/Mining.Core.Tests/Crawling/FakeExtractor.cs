using System.Collections.Concurrent;
using Mining.Core.Extraction;

namespace Mining.Core.Tests.Crawling;

/// <summary>Stands in for the real extractor: answers with a given page and records what it was asked.</summary>
internal sealed class FakeExtractor(Func<string, Uri, ExtractedPage> extract) : IContentExtractor
{
    private readonly ConcurrentQueue<(string Html, Uri Url)> calls = new();

    public IReadOnlyCollection<(string Html, Uri Url)> Calls => calls;

    public static FakeExtractor Returning(string markdown, Dictionary<string, string>? metadata = null) =>
        new((_, _) => new ExtractedPage(markdown, metadata ?? []));

    public ExtractedPage Extract(string html, Uri pageUrl)
    {
        calls.Enqueue((html, pageUrl));
        return extract(html, pageUrl);
    }
}
