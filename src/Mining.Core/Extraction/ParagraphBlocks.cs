using AngleSharp.Dom;

namespace Mining.Core.Extraction;

/// <summary>Measures where a page's running text sits: the element whose own paragraphs hold the most text.</summary>
internal static class ParagraphBlocks
{
    private const string TextBlocks = "p, pre, blockquote, h2, h3, h4, li";

    /// <summary>The element with the most text in paragraphs that are its children or grandchildren, or null.</summary>
    public static IElement? Densest(IDocument document)
    {
        var scores = new Dictionary<IElement, int>();
        foreach (var block in document.Body?.QuerySelectorAll(TextBlocks) ?? Enumerable.Empty<IElement>())
        {
            var length = TextLength(block.TextContent);
            var parent = block.ParentElement;
            if (parent is null || length == 0)
            {
                continue;
            }

            scores[parent] = scores.GetValueOrDefault(parent) + length;
            if (parent.ParentElement is { } grandparent)
            {
                scores[grandparent] = scores.GetValueOrDefault(grandparent) + (length / 2);
            }
        }

        return scores.Count == 0 ? null : scores.MaxBy(pair => pair.Value).Key;
    }

    public static int TextLength(INode node) => TextLength(node.TextContent);

    private static int TextLength(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                count++;
            }
        }

        return count;
    }
}
