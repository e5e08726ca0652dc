using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Mining.Core.Extraction.Markdown;

/// <summary>Converts an AngleSharp DOM subtree to CommonMark with GFM tables and strikethrough.</summary>
internal sealed class MarkdownConverter(Uri baseUrl)
{
    /// <summary>Deeper lists and quotes are written flat, so a hostile page cannot make line prefixes grow without bound.</summary>
    private const int MaxContainerDepth = 12;

    private const int MaxColumnSpan = 50;

    /// <summary>Below this element depth a subtree is written as plain text, so hostile nesting cannot exhaust the stack.</summary>
    private const int MaxElementDepth = 400;

    /// <summary>Emphasis and links nested deeper than this are written as their text, which keeps the checks on them linear.</summary>
    private const int MaxInlineDepth = 16;

    private int _depth;
    private int _inlineDepth;
    private bool _insideLink;

    private static readonly HashSet<string> SkippedElements = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "head", "title", "meta", "link", "iframe", "frame", "frameset",
        "object", "embed", "applet", "canvas", "svg", "math", "video", "audio", "source", "track", "map", "area",
        "input", "button", "select", "option", "textarea", "datalist", "output", "progress", "meter", "dialog",
    };

    internal static readonly HashSet<string> BlockElements = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary",
        "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption",
    };

    public static string Convert(INode root, Uri baseUrl)
    {
        var writer = new MarkdownWriter();
        new MarkdownConverter(baseUrl).Node(root, writer);
        return writer.ToString();
    }

    private void Children(INode parent, MarkdownWriter writer)
    {
        for (var child = parent.FirstChild; child is not null; child = child.NextSibling)
        {
            Node(child, writer);
        }
    }

    private void Node(INode node, MarkdownWriter writer)
    {
        switch (node)
        {
            case IText text:
                writer.Text(text.Data);
                break;
            case IElement element:
                Element(element, writer);
                break;
            case IDocument or IDocumentFragment:
                Children(node, writer);
                break;
        }
    }

    private void Element(IElement element, MarkdownWriter writer)
    {
        var name = element.LocalName;
        if (SkippedElements.Contains(name) || IsHidden(element))
        {
            return;
        }

        if (_depth >= MaxElementDepth)
        {
            writer.Text(DomWalk.Text(element));
            return;
        }

        _depth++;
        try
        {
            Dispatch(element, name, writer);
        }
        finally
        {
            _depth--;
        }
    }

    private void Dispatch(IElement element, string name, MarkdownWriter writer)
    {
        switch (name)
        {
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                Heading(element, name[1] - '0', writer);
                break;
            case "ul" or "ol" or "menu":
                List(element, writer);
                break;
            case "blockquote":
                Quote(element, writer);
                break;
            case "pre" when !writer.IsSingleLine:
                CodeBlock(element, writer);
                break;
            case "pre" or "code" or "kbd" or "samp" or "tt":
                InlineCode(element, writer);
                break;
            case "em" or "i":
                Wrapped(element, "*", writer);
                break;
            case "strong" or "b":
                Wrapped(element, "**", writer);
                break;
            case "del" or "s" or "strike":
                Wrapped(element, "~~", writer);
                break;
            case "a":
                Link(element, writer);
                break;
            case "img":
                Image(element, writer);
                break;
            case "br":
                writer.LineBreak();
                break;
            case "hr":
                writer.Lines(["---"]);
                break;
            case "table" when element is IHtmlTableElement table:
                Table(table, writer);
                break;
            default:
                if (BlockElements.Contains(name))
                {
                    writer.EnsureBlankLine();
                    Children(element, writer);
                    writer.EnsureBlankLine();
                }
                else
                {
                    Children(element, writer);
                }

                break;
        }
    }

    private void Heading(IElement element, int level, MarkdownWriter writer)
    {
        writer.EnsureBlankLine();
        writer.BeginSingleLine();
        var marker = writer.Open(new string('#', level) + " ");
        Children(element, writer);
        writer.Close(marker, string.Empty);
        writer.EndSingleLine();
        writer.EnsureBlankLine();
    }

    private void List(IElement list, MarkdownWriter writer)
    {
        var nested = list.ParentElement?.LocalName == "li";
        SeparateList(writer, nested);

        var ordered = list.LocalName == "ol";
        var number = ordered && int.TryParse(list.GetAttribute("start"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var start)
            ? Math.Clamp(start, 0, 999_999_999)
            : 1;
        var flat = writer.ContainerDepth >= MaxContainerDepth;
        for (var child = list.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is not IElement { LocalName: "li" } item || flat)
            {
                Node(child, writer);
                continue;
            }

            if (IsHidden(item))
            {
                continue;
            }

            var bullet = ordered ? number.ToString(CultureInfo.InvariantCulture) + ". " : "- ";
            number = Math.Min(number + 1, 999_999_999);
            writer.EnsureNewLine();
            var container = writer.Push(bullet, new string(' ', bullet.Length));
            Children(item, writer);
            writer.Pop(container);
        }

        SeparateList(writer, nested);
    }

    /// <summary>A list nested in a list item stays tight against the item's text; any other list is its own block.</summary>
    private static void SeparateList(MarkdownWriter writer, bool nested)
    {
        if (nested)
        {
            writer.EnsureNewLine();
        }
        else
        {
            writer.EnsureBlankLine();
        }
    }

    private void Quote(IElement quote, MarkdownWriter writer)
    {
        writer.EnsureBlankLine();
        if (writer.ContainerDepth >= MaxContainerDepth)
        {
            Children(quote, writer);
        }
        else
        {
            var container = writer.Push("> ", "> ");
            Children(quote, writer);
            writer.Pop(container);
        }

        writer.EnsureBlankLine();
    }

    private static void CodeBlock(IElement pre, MarkdownWriter writer)
    {
        var code = new StringBuilder();
        AppendPreformatted(pre, code);
        var text = code.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim('\n');
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var fence = new string('`', Math.Max(3, LongestRun(text, '`') + 1));
        var lines = new List<string> { fence + CodeLanguage(pre) };
        lines.AddRange(text.Split('\n'));
        lines.Add(fence);
        writer.Lines(lines);
    }

    private static void AppendPreformatted(INode node, StringBuilder code)
    {
        for (var child = node.FirstChild; child is not null; child = child.NextSibling)
        {
            switch (child)
            {
                case IText text:
                    code.Append(text.Data);
                    break;
                case IElement { LocalName: "br" }:
                    code.Append('\n');
                    break;
                case IElement element when !SkippedElements.Contains(element.LocalName):
                    AppendPreformatted(element, code);
                    break;
            }
        }
    }

    private static string CodeLanguage(IElement pre)
    {
        var classes = (pre.GetAttribute("class") + " " + pre.QuerySelector("code")?.GetAttribute("class")).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var name in classes)
        {
            foreach (var prefix in (string[])["language-", "lang-"])
            {
                if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && name.Length > prefix.Length
                    && name.AsSpan(prefix.Length).IndexOfAnyExcept(LanguageNameChars) < 0)
                {
                    return name[prefix.Length..];
                }
            }
        }

        return string.Empty;
    }

    private static readonly System.Buffers.SearchValues<char> LanguageNameChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+#-_.");

    private static void InlineCode(IElement element, MarkdownWriter writer)
    {
        var text = CollapseWhitespace(DomWalk.Text(element));
        if (text.Length == 0)
        {
            return;
        }

        var fence = new string('`', LongestRun(text, '`') + 1);
        var pad = text[0] == '`' || text[^1] == '`' ? " " : string.Empty;
        writer.Atom(fence + pad + text + pad + fence);
    }

    private void Wrapped(IElement element, string delimiter, MarkdownWriter writer)
    {
        if (_inlineDepth >= MaxInlineDepth || HasBlockDescendant(element))
        {
            Children(element, writer);
            return;
        }

        var marker = writer.Open(delimiter);
        _inlineDepth++;
        Children(element, writer);
        _inlineDepth--;
        writer.Close(marker, delimiter);
    }

    private void Link(IElement anchor, MarkdownWriter writer)
    {
        var target = _insideLink || _inlineDepth >= MaxInlineDepth ? null : ResolveUrl(anchor.GetAttribute("href"), allowMail: true);
        if (target is null || HasBlockDescendant(anchor))
        {
            Children(anchor, writer);
            return;
        }

        var marker = writer.Open("[");
        _insideLink = true;
        _inlineDepth++;
        Children(anchor, writer);
        _inlineDepth--;
        _insideLink = false;
        writer.Close(marker, "](" + target + ")");
    }

    private void Image(IElement image, MarkdownWriter writer)
    {
        var source = ImageSource(image);
        if (source is null)
        {
            return;
        }

        var alt = CollapseWhitespace(image.GetAttribute("alt") ?? string.Empty);
        writer.Atom("![" + MarkdownEscaper.EscapeInline(alt) + "](" + source + ")");
    }

    private string? ImageSource(IElement image)
    {
        foreach (var attribute in (string[])["src", "data-src", "data-original", "data-lazy-src"])
        {
            var value = image.GetAttribute(attribute);
            if (!string.IsNullOrWhiteSpace(value) && !value.TrimStart().StartsWith("data:", StringComparison.OrdinalIgnoreCase)
                && ResolveUrl(value, allowMail: false) is { } url)
            {
                return url;
            }
        }

        return null;
    }

    private void Table(IHtmlTableElement table, MarkdownWriter writer)
    {
        var visibleRows = table.Rows.Where(row => !IsHidden(row)).ToList();
        var columns = visibleRows.Count == 0 ? 0 : visibleRows.Max(row => row.Cells.Sum(cell => Math.Clamp(cell.ColumnSpan, 1, MaxColumnSpan)));

        // A one-column table or one that nests tables is page layout, not data: its cells are ordinary blocks.
        if (columns <= 1 || table.QuerySelector("table") is not null)
        {
            writer.EnsureBlankLine();
            Children(table, writer);
            writer.EnsureBlankLine();
            return;
        }

        var rows = new List<List<string>>(visibleRows.Count);
        foreach (var row in visibleRows)
        {
            var cells = new List<string>(columns);
            foreach (var cell in row.Cells)
            {
                cells.Add(CellText(cell));
                cells.AddRange(Enumerable.Repeat(string.Empty, Math.Clamp(cell.ColumnSpan, 1, MaxColumnSpan) - 1));
            }

            if (cells.Exists(cell => cell.Length > 0))
            {
                rows.Add(cells);
            }
        }

        var lines = new List<string>(rows.Count + 1);
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r];
            cells.AddRange(Enumerable.Repeat(string.Empty, columns - cells.Count));
            lines.Add("| " + string.Join(" | ", cells) + " |");
            if (r == 0)
            {
                lines.Add("|" + string.Concat(Enumerable.Repeat(" --- |", columns)));
            }
        }

        writer.Lines(lines);
    }

    private string CellText(IElement cell)
    {
        var writer = new MarkdownWriter(escapePipes: true);
        Children(cell, writer);
        return writer.ToString();
    }

    private string? ResolveUrl(string? reference, bool allowMail)
    {
        if (string.IsNullOrWhiteSpace(reference) || !Uri.TryCreate(baseUrl, reference.Trim(), out var url))
        {
            return null;
        }

        var allowed = url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps || (allowMail && url.Scheme == Uri.UriSchemeMailto);
        return allowed
            ? url.AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal).Replace(" ", "%20", StringComparison.Ordinal)
            : null;
    }

    private static bool HasBlockDescendant(IElement element)
    {
        foreach (var descendant in DomWalk.Descendants(element))
        {
            if (BlockElements.Contains(descendant.LocalName))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true")
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (string.IsNullOrEmpty(style))
        {
            return false;
        }

        var compact = style.Replace(" ", string.Empty, StringComparison.Ordinal);
        return compact.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }

    private static string CollapseWhitespace(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static int LongestRun(string text, char c)
    {
        int longest = 0, run = 0;
        foreach (var ch in text)
        {
            run = ch == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}
