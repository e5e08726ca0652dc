using System.Text;
using System.Text.RegularExpressions;

namespace Mining.Core.Extraction;

/// <summary>
/// Decodes the bytes of an HTML page: a byte-order mark wins, then a charset the server stated (if this runtime knows
/// it), then a <c>&lt;meta charset&gt;</c> or <c>http-equiv</c> declaration near the top of the page, then UTF-8.
/// </summary>
public static partial class HtmlCharset
{
    /// <summary>How far into the page a <c>&lt;meta&gt;</c> charset declaration is looked for.</summary>
    private const int MetaScanBytes = 4096;

    public static string Decode(ReadOnlySpan<byte> body, string? declaredCharset = null)
    {
        var encoding = Detect(body, declaredCharset, out var bomLength);
        return encoding.GetString(body[bomLength..]);
    }

    /// <summary>The encoding <see cref="Decode"/> would use, and how many leading bytes are a byte-order mark.</summary>
    public static Encoding Detect(ReadOnlySpan<byte> body, string? declaredCharset, out int bomLength)
    {
        var fromBom = FromByteOrderMark(body, out bomLength);
        if (fromBom is not null)
        {
            return fromBom;
        }

        return Resolve(declaredCharset) ?? FromMeta(body) ?? new UTF8Encoding(false);
    }

    /// <summary>The encoding for a charset label (WHATWG aliases for the common Latin ones), or null when unknown.</summary>
    public static Encoding? Resolve(string? label)
    {
        var name = label?.Trim().Trim('"', '\'').ToLowerInvariant();
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        // Browsers read these labels as windows-1252, and pages that declare them rely on it.
        if (name is "iso-8859-1" or "latin1" or "us-ascii" or "ascii" or "iso8859-1" or "l1")
        {
            name = "windows-1252";
        }

        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding? FromByteOrderMark(ReadOnlySpan<byte> body, out int length)
    {
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            length = 3;
            return new UTF8Encoding(false);
        }

        if (body.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            length = 2;
            return new UnicodeEncoding(bigEndian: true, byteOrderMark: false);
        }

        if (body.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            length = 2;
            return new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
        }

        length = 0;
        return null;
    }

    private static Encoding? FromMeta(ReadOnlySpan<byte> body)
    {
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, MetaScanBytes)]);
        foreach (Match meta in MetaTag().Matches(head))
        {
            var charset = CharsetAttribute().Match(meta.Value);
            if (charset.Success && Resolve(charset.Groups["name"].Value) is { } encoding)
            {
                // A page whose <meta> could be read as ASCII is not UTF-16, whatever it says (as browsers decide).
                return encoding is UnicodeEncoding ? new UTF8Encoding(false) : encoding;
            }
        }

        return null;
    }

    [GeneratedRegex(@"<meta\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaTag();

    [GeneratedRegex(@"charset\s*=\s*[""']?\s*(?<name>[A-Za-z0-9._:-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetAttribute();
}
