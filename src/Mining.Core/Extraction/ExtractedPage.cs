namespace Mining.Core.Extraction;

/// <summary>
/// What extraction found. <see cref="Metadata"/> holds the page's own facts (title, description, keywords, author,
/// favicon, canonical, lang, published time, og:*, twitter:*); the crawler adds platform, url and timestamp.
/// An empty <see cref="Markdown"/> means no main content was found.
/// </summary>
public sealed record ExtractedPage(string Markdown, IReadOnlyDictionary<string, string> Metadata);
