using System.Text;
using System.Text.RegularExpressions;

namespace Mining.Core.Crawling;

/// <summary>
/// Picks the encoding of a fetched body and decodes it.
/// <list type="number">
/// <item>A byte order mark wins over everything, as the HTML standard says: it is evidence in the bytes themselves.</item>
/// <item>The Content-Type charset comes next, as the issue and the standard order it, with one principled exception:
/// when the page's own <c>&lt;meta&gt;</c> (or XML declaration) names a different encoding and the bytes are not
/// even valid in the header's encoding, the header is provably wrong (typically a server default such as utf-8
/// in front of a windows-1251 page), so the author's declaration is used. A header the bytes are valid in stands.</item>
/// <item>Then the <c>&lt;meta&gt;</c> prescan.</item>
/// <item>With no declaration at all: UTF-8 if the bytes are valid UTF-8, else windows-1252 (the web's legacy default).</item>
/// </list>
/// The crawler and the <c>extract</c> command both decode through here, so a saved page reads as the crawler read it.
/// </summary>
public static partial class CharsetDetector
{
    // The standard's prescan stops at 1024 bytes; pages often put long scripts or styles before the declaration,
    // and a declaration found a little later is still the author's word.
    private const int PrescanBytes = 4096;

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    static CharsetDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(ReadOnlySpan<byte> body, string? headerCharset, PageKind kind)
    {
        var encoding = Detect(body, headerCharset, kind, out var preambleLength);
        return encoding.GetString(body[preambleLength..]);
    }

    public static Encoding Detect(ReadOnlySpan<byte> body, string? headerCharset, PageKind kind, out int preambleLength)
    {
        if (FromByteOrderMark(body, out preambleLength) is { } marked)
        {
            return marked;
        }

        var declared = FromLabel(headerCharset);
        var inDocument = kind == PageKind.Html ? FromDocumentDeclaration(body) : null;
        if (declared is not null && inDocument is not null && declared.CodePage != inDocument.CodePage
            && !IsValidIn(body, declared) && IsValidIn(body, inDocument))
        {
            return inDocument;
        }

        return declared ?? inDocument ?? (IsValidIn(body, Utf8) ? Utf8 : Encoding.GetEncoding(1252));
    }

    /// <summary>Maps a WHATWG encoding label to a .NET encoding, or null when the label is unknown.</summary>
    public static Encoding? FromLabel(string? label)
    {
        var name = label?.Trim().Trim('"', '\'').ToUpperInvariant();
        switch (name)
        {
            case null or "":
                return null;
            case "UTF-8" or "UTF8" or "UNICODE-1-1-UTF-8":
                return Utf8;
            // The web treats these Latin-1 and ASCII labels as windows-1252, a superset that defines 0x80-0x9F.
            case "ISO-8859-1" or "ISO8859-1" or "LATIN1" or "L1" or "US-ASCII" or "ASCII" or "CP1252" or "X-USER-DEFINED":
                return Encoding.GetEncoding(1252);
            case "SHIFT-JIS" or "X-SJIS" or "SJIS" or "MS_KANJI" or "WINDOWS-31J" or "CSSHIFTJIS":
                return Encoding.GetEncoding("shift_jis");
            case "UTF-7" or "UTF7":
                return null; // never: a known vector for smuggling markup past filters
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding? FromByteOrderMark(ReadOnlySpan<byte> body, out int length)
    {
        (length, var encoding) = body switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (3, Utf8),
            [0xFE, 0xFF, ..] => (2, Encoding.BigEndianUnicode),
            [0xFF, 0xFE, ..] => (2, Encoding.Unicode),
            _ => (0, null as Encoding),
        };
        return encoding;
    }

    private static Encoding? FromDocumentDeclaration(ReadOnlySpan<byte> body)
    {
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, PrescanBytes)]);
        var xml = XmlDeclaration().Match(head);
        if (xml.Success)
        {
            return FromLabel(xml.Groups["charset"].Value);
        }

        // As in the standard's prescan, a <meta> naming an unknown encoding is skipped for the next one.
        foreach (Match meta in MetaCharset().Matches(Comment().Replace(head, string.Empty)))
        {
            if (FromLabel(meta.Groups["charset"].Value) is { } found)
            {
                // A page cannot be UTF-16 if an ASCII-compatible prescan could read its meta; the standard reads UTF-8 then.
                return found is UnicodeEncoding ? Utf8 : found;
            }
        }

        return null;
    }

    /// <summary>True when the bytes decode without a single invalid sequence; an incomplete sequence at a cut end is fine.</summary>
    private static bool IsValidIn(ReadOnlySpan<byte> body, Encoding encoding)
    {
        var strict = Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        try
        {
            strict.GetDecoder().GetCharCount(body, flush: false);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    [GeneratedRegex("""<!--.*?-->""", RegexOptions.Singleline | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Comment();

    // Covers both <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">.
    [GeneratedRegex("""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*(?<charset>[A-Za-z0-9_.:\-]+)""", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MetaCharset();

    [GeneratedRegex("""\A\s*<\?xml\b[^>]*?\bencoding\s*=\s*["'](?<charset>[A-Za-z0-9_.:\-]+)["']""", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 1000)]
    private static partial Regex XmlDeclaration();
}
