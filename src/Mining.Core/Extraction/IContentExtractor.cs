namespace Mining.Core.Extraction;

/// <summary>Turns a decoded HTML page into its main content as Markdown plus the page's own metadata.</summary>
public interface IContentExtractor
{
    /// <param name="html">The decoded page. Untrusted.</param>
    /// <param name="pageUrl">The final URL after redirects, for resolving relative links and images.</param>
    ExtractedPage Extract(string html, Uri pageUrl);
}
