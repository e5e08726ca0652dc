using System.Text;
using Mining.Core.Extraction;

namespace Mining.Core.Tests.Extraction;

public class HtmlCharsetTests
{
    private const string Russian = "Привет, мир";
    private const string Japanese = "こんにちは世界";

    private static byte[] Encode(string codePage, string html) => CodePagesEncodingProvider.Instance.GetEncoding(codePage)!.GetBytes(html);

    [Fact]
    public void Utf8_without_any_declaration_is_the_default() =>
        Assert.Equal("<p>" + Russian + "</p>", HtmlCharset.Decode(Encoding.UTF8.GetBytes("<p>" + Russian + "</p>")));

    [Fact]
    public void A_byte_order_mark_wins_over_every_declaration()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("<meta charset=windows-1251>" + Russian)).ToArray();
        Assert.Equal("<meta charset=windows-1251>" + Russian, HtmlCharset.Decode(bytes, "shift_jis"));
    }

    [Fact]
    public void Meta_charset_decodes_windows_1251() =>
        Assert.EndsWith(Russian, HtmlCharset.Decode(Encode("windows-1251", "<html><head><meta charset=\"windows-1251\"></head>" + Russian)), StringComparison.Ordinal);

    [Fact]
    public void Http_equiv_content_type_decodes_shift_jis() =>
        Assert.EndsWith(Japanese, HtmlCharset.Decode(Encode("shift_jis", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">" + Japanese)), StringComparison.Ordinal);

    [Fact]
    public void A_stated_charset_wins_over_meta_and_an_unknown_one_falls_back_to_meta()
    {
        var bytes = Encode("windows-1251", "<meta charset=\"windows-1251\">" + Russian);
        Assert.EndsWith(Russian, HtmlCharset.Decode(bytes, "windows-1251"), StringComparison.Ordinal);
        Assert.EndsWith(Russian, HtmlCharset.Decode(bytes, "no-such-charset"), StringComparison.Ordinal);
    }

    [Fact]
    public void Latin1_labels_mean_windows_1252() =>
        Assert.Equal("€", HtmlCharset.Decode([0x80], "ISO-8859-1"));

    [Fact]
    public void A_meta_that_claims_utf16_is_read_as_utf8_but_a_stated_utf16_is_honoured()
    {
        Assert.Equal("<meta charset=utf-16>é", HtmlCharset.Decode(Encoding.UTF8.GetBytes("<meta charset=utf-16>é")));
        Assert.Equal("<p>é</p>", HtmlCharset.Decode(Encoding.Unicode.GetBytes("<p>é</p>"), "utf-16"));
    }
}
