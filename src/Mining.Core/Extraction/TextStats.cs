using AngleSharp.Dom;

namespace Mining.Core.Extraction;

/// <summary>Text measures of every element under a root, computed in one linear pass (children before parents).</summary>
internal sealed class TextStats
{
    private readonly Dictionary<IElement, Entry> _entries = [];

    private TextStats()
    {
    }

    public static TextStats Compute(IElement root)
    {
        var stats = new TextStats();
        var elements = new List<IElement> { root };
        elements.AddRange(DomWalk.Descendants(root));
        for (var i = elements.Count - 1; i >= 0; i--)
        {
            var element = elements[i];
            var entry = stats._entries.GetValueOrDefault(element);
            for (var child = element.FirstChild; child is not null; child = child.NextSibling)
            {
                if (child is IText text)
                {
                    entry.Text += CountNonSpace(text.Data);
                }
            }

            switch (element.LocalName)
            {
                case "a":
                    entry.Linked = entry.Text;
                    break;
                case "p":
                    entry.Paragraph = entry.Text;
                    entry.HasParagraph = true;
                    break;
                case "img" or "picture":
                    entry.HasImage = true;
                    break;
                case "script" or "style" or "noscript" or "template":
                    entry = default;
                    break;
            }

            if (IsTextBlock(element.LocalName))
            {
                entry.Block = entry.Text;
            }

            stats._entries[element] = entry;
            if (element != root && element.ParentElement is { } parent)
            {
                var total = stats._entries.GetValueOrDefault(parent);
                total.Text += entry.Text;
                total.Linked += entry.Linked;
                total.Paragraph += entry.Paragraph;
                total.Block += entry.Block;
                total.HasImage |= entry.HasImage;
                total.HasParagraph |= entry.HasParagraph;
                stats._entries[parent] = total;
            }
        }

        return stats;
    }

    /// <summary>Non-space characters of text under the element.</summary>
    public int Text(IElement element) => _entries.GetValueOrDefault(element).Text;

    /// <summary>Non-space characters of text inside <c>&lt;p&gt;</c> elements under the element.</summary>
    public int ParagraphText(IElement element) => _entries.GetValueOrDefault(element).Paragraph;

    /// <summary>Non-space characters of running text (paragraphs, list items, quotes, code, subheadings) under the element.</summary>
    public int BlockText(IElement element) => _entries.GetValueOrDefault(element).Block;

    public static bool IsTextBlock(string name) => name is "p" or "pre" or "blockquote" or "h2" or "h3" or "h4" or "li";

    /// <summary>Share of the element's text that sits inside links.</summary>
    public double LinkDensity(IElement element)
    {
        var entry = _entries.GetValueOrDefault(element);
        return entry.Text == 0 ? 0 : Math.Min(1, (double)entry.Linked / entry.Text);
    }

    /// <summary>An image with no paragraph beside it: a figure, whose text is its caption or credit.</summary>
    public bool IsFigure(IElement element)
    {
        var entry = _entries.GetValueOrDefault(element);
        return entry.HasImage && !entry.HasParagraph;
    }

    public static int CountNonSpace(string text)
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

    private struct Entry
    {
        public int Text;
        public int Linked;
        public int Paragraph;
        public int Block;
        public bool HasImage;
        public bool HasParagraph;
    }
}
