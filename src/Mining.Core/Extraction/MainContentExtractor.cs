using AngleSharp.Html.Parser;
using Mining.Core.Extraction.Markdown;
using SmartReader;

namespace Mining.Core.Extraction;

/// <summary>Finds a page's main content, writes it as Markdown, and reads the page's metadata. Stateless and thread-safe.</summary>
public sealed class MainContentExtractor : IContentExtractor
{
    public ExtractedPage Extract(string html, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(pageUrl);
        var parser = new HtmlParser();
        var document = parser.ParseDocument(html);
        var metadata = PageMetadataReader.Read(document, pageUrl);
        var reader = new Reader(pageUrl.AbsoluteUri, document);
        var article = reader.GetArticle();
        if (!article.Completed || string.IsNullOrEmpty(article.Content))
        {
            return new ExtractedPage(string.Empty, metadata);
        }

        var content = parser.ParseDocument("<body>" + article.Content);
        var markdown = MarkdownConverter.Convert(content.Body!, pageUrl).Trim();
        return new ExtractedPage(markdown, metadata);
    }
}
