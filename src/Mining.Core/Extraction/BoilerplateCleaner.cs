using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Mining.Core.Extraction.Markdown;

namespace Mining.Core.Extraction;

/// <summary>
/// Removes what is never a page's main text before and after content detection: hidden elements, navigation, captions,
/// bylines and datelines, share bars, related-content and newsletter boxes, comments, cookie banners, ads, and blocks
/// that are mostly links. Class and id names are only trusted for an element that holds a small share of the page's
/// paragraph text, so a wrapper with an unlucky name cannot take the article with it.
/// </summary>
internal static partial class BoilerplateCleaner
{
    /// <summary>An element holding more than this share of the page's paragraph text is never removed for its name.</summary>
    private const double MaxShareRemovedByName = 0.25;

    private static readonly string[] AlwaysRemovedSelectors =
    [
        "nav", "aside", "footer", "figcaption", "button", "select", "textarea", "iframe", "noscript", "template", "dialog",
        "[role='navigation' i]", "[role='complementary' i]", "[role='contentinfo' i]", "[role='banner' i]",
        "[role='search' i]", "[role='dialog' i]", "[role='alertdialog' i]",
    ];

    /// <summary>Cleans the whole page before the main content is looked for.</summary>
    public static void CleanPage(IDocument document)
    {
        var body = document.Body;
        if (body is null)
        {
            return;
        }

        var hidden = new List<IElement>();
        var named = new List<IElement>();
        foreach (var element in DomWalk.Descendants(body))
        {
            if (MarkdownConverter.IsHidden(element))
            {
                hidden.Add(element);
            }
            else if (!Protected(element) && BoilerplateName(element))
            {
                named.Add(element);
            }
        }

        Remove(hidden);
        Remove(body.QuerySelectorAll(string.Join(", ", AlwaysRemovedSelectors)).Where(element => !Protected(element)).ToList());
        var stats = TextStats.Compute(body);
        var total = Math.Max(1, stats.ParagraphText(body));
        Remove(named.Where(element => element.ParentElement is not null
            && (stats.ParagraphText(element) <= total * MaxShareRemovedByName || stats.LinkDensity(element) > 0.5)).ToList());
    }

    /// <summary>Cleans the detected main content: blocks and lists that are mostly links (read-more and related-story promos).</summary>
    public static void CleanContent(IElement content)
    {
        var stats = TextStats.Compute(content);
        var linkDense = new List<IElement>();
        foreach (var element in content.QuerySelectorAll("p, li, ul, ol, dl, div, section, table, h2, h3, h4, h5, h6"))
        {
            if (stats.Text(element) == 0 || stats.IsFigure(element))
            {
                continue;
            }

            var limit = element.LocalName is "ul" or "ol" or "dl" or "li" ? 0.6 : 0.7;
            if (stats.LinkDensity(element) > limit)
            {
                linkDense.Add(element);
            }
        }

        Remove(linkDense);
    }

    /// <summary>Removes a heading that repeats the page's title: the headline is metadata, not body text.</summary>
    public static void RemoveTitleHeading(IElement content, string? title)
    {
        var normalizedTitle = Normalize(title);
        if (normalizedTitle.Length < 10)
        {
            return;
        }

        foreach (var heading in content.QuerySelectorAll("h1, h2"))
        {
            var text = Normalize(DomWalk.Text(heading));
            if (text.Length >= 10 && (normalizedTitle.Contains(text, StringComparison.Ordinal) || text.Contains(normalizedTitle, StringComparison.Ordinal)))
            {
                heading.Remove();
                return;
            }
        }
    }

    private static string Normalize(string? text) =>
        string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    private static bool Protected(IElement element) => element.LocalName is "html" or "body" or "main" or "article";

    private static bool BoilerplateName(IElement element)
    {
        var classes = element.GetAttribute("class");
        var id = element.GetAttribute("id");
        if (string.IsNullOrEmpty(classes) && string.IsNullOrEmpty(id))
        {
            return false;
        }

        var name = classes + " " + id;
        if (!BoilerplatePattern().IsMatch(name))
        {
            return false;
        }

        // A caption wrapper (WordPress's wp-caption) also holds the image; only the caption text itself goes.
        return !CaptionOnly().IsMatch(name) || element.QuerySelector("img, picture") is null;
    }

    private static void Remove(IReadOnlyList<IElement> elements)
    {
        foreach (var element in elements)
        {
            element.Remove();
        }
    }

    [GeneratedRegex(
        @"caption|credit|byline|dateline|timestamp|pubdate|publish|posted-on|entry-meta|post-meta|article-meta|author|" +
        @"share|sharing|social|addthis|print|toolbar|related|recommend|also-like|more-stories|read-?more|trending|" +
        @"popular|most-read|outbrain|taboola|recirc|promo|comment|disqus|newsletter|subscri|signup|sign-up|paywall|" +
        @"cookie|consent|gdpr|breadcrumb|pagination|pager|skip-link|navbar|menu|masthead|sidebar|widget|" +
        @"(?:^|[\s_-])ads?(?:$|[\s_-])|advert|adsbygoogle|dfp|sponsor|sr-only|visually-hidden|screen-reader|modal|popup|overlay",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BoilerplatePattern();

    [GeneratedRegex("caption|credit", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CaptionOnly();
}
