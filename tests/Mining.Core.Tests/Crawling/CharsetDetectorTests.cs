using System.Text;
using Mining.Core.Crawling;

namespace Mining.Core.Tests.Crawling;

public sealed class CharsetDetectorTests
{
    static CharsetDetectorTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void A_header_the_bytes_are_valid_in_stands_against_a_different_meta()
    {
        // Both decode these bytes; the standard gives the header precedence, and nothing proves it wrong.
        var body = Encoding.GetEncoding(1252).GetBytes("<meta charset=\"windows-1251\"><p>caf\u00e9</p>");

        var encoding = CharsetDetector.Detect(body, "windows-1252", PageKind.Html, out _);

        Assert.Equal(1252, encoding.CodePage);
    }

    [Fact]
    public void A_header_the_bytes_are_invalid_in_gives_way_to_the_meta()
    {
        var body = Encoding.GetEncoding("windows-1251").GetBytes("<meta charset=\"windows-1251\"><p>Привет</p>");

        var encoding = CharsetDetector.Detect(body, "utf-8", PageKind.Html, out _);

        Assert.Equal(1251, encoding.CodePage);
    }

    [Fact]
    public void A_byte_order_mark_wins_over_the_header_and_the_meta()
    {
        byte[] body = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("<meta charset=windows-1251><p>Привет</p>")];

        Assert.Equal("<meta charset=windows-1251><p>Привет</p>", CharsetDetector.Decode(body, "shift_jis", PageKind.Html));
    }

    [Fact]
    public void A_utf16_byte_order_mark_is_honoured()
    {
        byte[] body = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("<p>日本</p>")];

        Assert.Equal("<p>日本</p>", CharsetDetector.Decode(body, null, PageKind.Html));
    }

    [Fact]
    public void A_meta_charset_is_read_without_a_header()
    {
        var body = Encoding.GetEncoding(1251).GetBytes("<html><head><meta charset=\"windows-1251\"></head>Привет, мир");

        Assert.EndsWith("Привет, мир", CharsetDetector.Decode(body, null, PageKind.Html), StringComparison.Ordinal);
    }

    [Fact]
    public void A_meta_naming_an_unknown_charset_is_skipped_for_the_next_one()
    {
        var body = Encoding.GetEncoding(1251).GetBytes("<meta charset=\"no-such-charset\"><meta charset=\"windows-1251\"><p>Привет</p>");

        Assert.Equal(1251, CharsetDetector.Detect(body, null, PageKind.Html, out _).CodePage);
    }

    [Fact]
    public void A_stated_charset_wins_over_meta_and_an_unknown_one_falls_back_to_meta()
    {
        var body = Encoding.GetEncoding(1251).GetBytes("<meta charset=\"windows-1251\">Привет, мир");

        Assert.EndsWith("Привет, мир", CharsetDetector.Decode(body, "windows-1251", PageKind.Html), StringComparison.Ordinal);
        Assert.EndsWith("Привет, мир", CharsetDetector.Decode(body, "no-such-charset", PageKind.Html), StringComparison.Ordinal);
    }

    [Fact]
    public void A_meta_that_claims_utf16_is_read_as_utf8_but_a_stated_utf16_is_honoured()
    {
        Assert.Equal("<meta charset=utf-16>é", CharsetDetector.Decode(Encoding.UTF8.GetBytes("<meta charset=utf-16>é"), null, PageKind.Html));
        Assert.Equal("<p>é</p>", CharsetDetector.Decode(Encoding.Unicode.GetBytes("<p>é</p>"), "utf-16", PageKind.Html));
    }

    [Fact]
    public void The_http_equiv_form_of_meta_is_read()
    {
        var html = "<!-- <meta charset=\"utf-8\"> --><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"><p>日本語</p>";

        Assert.Contains("日本語", CharsetDetector.Decode(Encoding.GetEncoding("shift_jis").GetBytes(html), null, PageKind.Html), StringComparison.Ordinal);
    }

    [Fact]
    public void An_xml_declaration_names_the_encoding_of_xhtml()
    {
        var html = "<?xml version=\"1.0\" encoding=\"windows-1251\"?><html><p>Привет</p></html>";

        Assert.Contains("Привет", CharsetDetector.Decode(Encoding.GetEncoding(1251).GetBytes(html), null, PageKind.Html), StringComparison.Ordinal);
    }

    [Fact]
    public void A_meta_is_not_read_in_plain_text()
    {
        var body = Encoding.UTF8.GetBytes("<meta charset=\"windows-1251\"> Привет");

        Assert.Equal("<meta charset=\"windows-1251\"> Привет", CharsetDetector.Decode(body, null, PageKind.PlainText));
    }

    [Fact]
    public void Undeclared_valid_utf8_is_read_as_utf8() =>
        Assert.Equal("<p>Привет, мир</p>", CharsetDetector.Decode(Encoding.UTF8.GetBytes("<p>Привет, мир</p>"), null, PageKind.Html));

    [Fact]
    public void Undeclared_utf8_cut_in_the_middle_of_a_character_is_still_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes("<p>Привет</p><p>мир");
        var cut = bytes.AsSpan(0, bytes.Length - 1).ToArray();

        Assert.Equal(Encoding.UTF8.CodePage, CharsetDetector.Detect(cut, null, PageKind.Html, out _).CodePage);
    }

    [Fact]
    public void Undeclared_bytes_that_are_not_utf8_fall_back_to_windows_1252()
    {
        var body = Encoding.GetEncoding(1252).GetBytes("<p>caf\u00e9 cr\u00e8me</p>");

        Assert.Equal("<p>caf\u00e9 cr\u00e8me</p>", CharsetDetector.Decode(body, null, PageKind.Html));
    }

    [Fact]
    public void Latin1_labels_decode_as_windows_1252() =>
        Assert.Equal("€", CharsetDetector.Decode([0x80], "ISO-8859-1", PageKind.Html));

    [Theory]
    [InlineData("ISO-8859-1", 1252)]
    [InlineData("latin1", 1252)]
    [InlineData("us-ascii", 1252)]
    [InlineData("\"utf-8\"", 65001)]
    [InlineData("x-sjis", 932)]
    [InlineData("windows-1251", 1251)]
    [InlineData("koi8-r", 20866)]
    [InlineData("euc-jp", 51932)]
    public void Maps_web_encoding_labels(string label, int codePage) =>
        Assert.Equal(codePage, CharsetDetector.FromLabel(label)?.CodePage);

    [Theory]
    [InlineData("utf-7")]
    [InlineData("no-such-charset")]
    [InlineData("")]
    public void Refuses_unknown_and_unsafe_labels(string label) => Assert.Null(CharsetDetector.FromLabel(label));
}
