using System.Text;

namespace Mining.Core.Extraction.Markdown;

/// <summary>Escapes text so a CommonMark (GFM) reader shows it as the same text and not as markup.</summary>
internal static class MarkdownEscaper
{
    /// <summary>Appends one whitespace-free word of text.</summary>
    /// <param name="atLineStart">The word starts a line, where <c>#</c>, <c>&gt;</c>, <c>-</c>, <c>+</c>, <c>=</c> and <c>1.</c> mean block markup.</param>
    /// <param name="escapePipes">The word is inside a table cell.</param>
    public static void AppendWord(StringBuilder output, string word, bool atLineStart, bool escapePipes)
    {
        if (atLineStart && word.Length > 0 && word[0] is '#' or '>' or '-' or '+' or '=')
        {
            output.Append('\\');
        }

        var orderedMarkerEnd = atLineStart ? OrderedListMarkerEnd(word) : -1;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (i == orderedMarkerEnd || NeedsEscape(word, i, escapePipes))
            {
                output.Append('\\');
            }

            output.Append(c);
        }
    }

    /// <summary>Escapes the text of an image's alt or anything else that sits inside brackets.</summary>
    public static string EscapeInline(string text)
    {
        var output = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            if (NeedsEscape(text, i, escapePipes: true))
            {
                output.Append('\\');
            }

            output.Append(text[i]);
        }

        return output.ToString();
    }

    private static bool NeedsEscape(string text, int i, bool escapePipes) => text[i] switch
    {
        '\\' or '`' or '*' or '[' or ']' or '~' => true,
        '_' => !(i > 0 && char.IsLetterOrDigit(text[i - 1]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])),
        '<' => i + 1 < text.Length && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] is '/' or '!' or '?'),
        '&' => i + 1 < text.Length && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] == '#'),
        '|' => escapePipes,
        _ => false,
    };

    /// <summary>The index of the <c>.</c> or <c>)</c> in a word like <c>12.</c> that would start an ordered list, else -1.</summary>
    private static int OrderedListMarkerEnd(string word)
    {
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }

        return digits is > 0 and <= 9 && digits == word.Length - 1 && word[digits] is '.' or ')' ? digits : -1;
    }
}
