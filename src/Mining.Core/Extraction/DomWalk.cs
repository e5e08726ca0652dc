using AngleSharp.Dom;

namespace Mining.Core.Extraction;

/// <summary>
/// Document-order walks that follow sibling and parent links, so each step costs the same however deep the tree is
/// (nested iterators cost a step per level, which makes a hostile, deeply nested page quadratic).
/// </summary>
internal static class DomWalk
{
    /// <summary>The elements under <paramref name="root"/> in document order, without the root.</summary>
    public static IEnumerable<IElement> Descendants(IElement root)
    {
        var next = root.FirstElementChild;
        while (next is not null)
        {
            var current = next;
            yield return current;
            next = current.FirstElementChild ?? NextAfter(current, root);
        }
    }

    /// <summary>The text under <paramref name="root"/>, as <see cref="INode.TextContent"/> gives it.</summary>
    public static string Text(IElement root)
    {
        var text = new System.Text.StringBuilder();
        INode? node = root.FirstChild;
        while (node is not null && node != root)
        {
            if (node is IText piece)
            {
                text.Append(piece.Data);
            }

            if (node.FirstChild is { } child)
            {
                node = child;
                continue;
            }

            while (node is not null && node != root && node.NextSibling is null)
            {
                node = node.Parent;
            }

            node = node is null || node == root ? null : node.NextSibling;
        }

        return text.ToString();
    }

    private static IElement? NextAfter(IElement element, IElement root)
    {
        for (var current = element; current is not null && current != root; current = current.ParentElement)
        {
            if (current.NextElementSibling is { } sibling)
            {
                return sibling;
            }
        }

        return null;
    }
}
