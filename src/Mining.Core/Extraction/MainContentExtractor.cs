using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Mining.Core.Extraction.Markdown;
using SmartReader;

namespace Mining.Core.Extraction;

/// <summary>
/// Finds a page's main content, writes it as Markdown, and reads the page's metadata. Stateless and thread-safe.
/// The page is cleaned of boilerplate first; SmartReader (Readability's scoring) then picks the content, and when its
/// pick is much shorter than the densest block of paragraphs on the page, that block is taken instead.
/// </summary>
public sealed class MainContentExtractor : IContentExtractor
{
    /// <summary>A pick with less text than this share of the densest paragraph block is taken to have missed the article.</summary>
    private const double FallbackShare = 0.5;

    /// <summary>
    /// Readability's scoring grows faster than linearly with the element count; beyond this (several times the largest
    /// cleaned article page seen) only the linear paragraph-block measure picks the content.
    /// </summary>
    private const int MaxElementsForScoring = 2500;

    public ExtractedPage Extract(string html, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(pageUrl);
        var parser = new HtmlParser();
        var document = parser.ParseDocument(html);
        var metadata = PageMetadataReader.Read(document, pageUrl);
        BoilerplateCleaner.CleanPage(document);
        if (document.Body is not { } body)
        {
            return new ExtractedPage(string.Empty, metadata);
        }

        var stats = TextStats.Compute(body);
        var densestText = ParagraphBlocks.DensestBlockText(body, stats);
        var container = ParagraphBlocks.MainContainer(body, stats);
        IElement? content = null;
        if (document.All.Length <= MaxElementsForScoring)
        {
            // Readability rewrites the document it scores; the fallback must survive that.
            container = container?.Clone(deep: true) as IElement;
            var article = new Reader(pageUrl.AbsoluteUri, document).GetArticle();
            if (article.Completed && !string.IsNullOrEmpty(article.Content))
            {
                content = parser.ParseDocument("<body>" + article.Content).Body;
            }
        }

        if (content is null || TextStats.CountNonSpace(DomWalk.Text(content)) < densestText * FallbackShare)
        {
            content = container;
        }

        if (content is null)
        {
            return new ExtractedPage(string.Empty, metadata);
        }

        BoilerplateCleaner.CleanContent(content);
        BoilerplateCleaner.RemoveTitleHeading(content, metadata.GetValueOrDefault("og:title") ?? metadata.GetValueOrDefault("title"));
        return new ExtractedPage(MarkdownConverter.Convert(content, pageUrl).Trim(), metadata);
    }
}
