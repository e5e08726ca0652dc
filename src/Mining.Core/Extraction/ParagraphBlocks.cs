using AngleSharp.Dom;

namespace Mining.Core.Extraction;

/// <summary>Measures where a page's running text sits, from <see cref="TextStats"/> (linear in the page).</summary>
internal static class ParagraphBlocks
{
    /// <summary>Descending from the body, a child holding at least this share of its parent's text is taken instead.</summary>
    private const double DescendShare = 0.85;

    /// <summary>The text of the element with the most running text in blocks that are its children or grandchildren.</summary>
    public static int DensestBlockText(IElement body, TextStats stats)
    {
        var scores = new Dictionary<IElement, int>();
        foreach (var block in DomWalk.Descendants(body))
        {
            var length = stats.Text(block);
            if (!TextStats.IsTextBlock(block.LocalName) || length == 0 || block.ParentElement is not { } parent)
            {
                continue;
            }

            scores[parent] = scores.GetValueOrDefault(parent) + length;
            if (parent.ParentElement is { } grandparent)
            {
                scores[grandparent] = scores.GetValueOrDefault(grandparent) + (length / 2);
            }
        }

        return scores.Count == 0 ? 0 : stats.Text(scores.MaxBy(pair => pair.Value).Key);
    }

    /// <summary>The smallest element, on the path down from the body, that still holds most of the page's running text.</summary>
    public static IElement? MainContainer(IElement body, TextStats stats)
    {
        var total = stats.BlockText(body);
        if (total == 0)
        {
            return null;
        }

        var container = body;
        while (container.Children.MaxBy(stats.BlockText) is { } best && stats.BlockText(best) >= total * DescendShare)
        {
            container = best;
            total = stats.BlockText(best);
        }

        return container;
    }
}
