using AngleSharp.Html.Parser;
using Mining.Core.Extraction.Markdown;

namespace Mining.Core.Tests.Extraction;

public class MarkdownConverterTests
{
    private static readonly Uri Page = new("https://example.com/blog/post.html");

    internal static string Md(string body)
    {
        var document = new HtmlParser().ParseDocument("<!doctype html><html><body>" + body + "</body></html>");
        return MarkdownConverter.Convert(document.Body!, Page).Trim();
    }

    [Theory]
    [InlineData("<h1>Title</h1>", "# Title")]
    [InlineData("<h3>  Sub <em>title</em> </h3>", "### Sub *title*")]
    [InlineData("<h6>a<br>b</h6>", "###### a b")]
    [InlineData("<h2></h2><p>x</p>", "x")]
    public void Headings_are_atx_on_one_line(string html, string expected) => Assert.Equal(expected, Md(html));

    [Fact]
    public void Paragraphs_are_separated_by_one_blank_line_and_whitespace_collapses()
    {
        Assert.Equal("One two three.\n\nFour.", Md("<p>  One\n   two\tthree. </p>\n\n<div><p>Four.</p></div><p> </p>"));
    }

    [Fact]
    public void Unordered_and_ordered_lists_nest()
    {
        var md = Md("<ul><li>a<ul><li>a1</li><li>a2<ol start='3'><li>x</li><li>y</li></ol></li></ul></li><li>b</li></ul>");
        Assert.Equal("- a\n  - a1\n  - a2\n    3. x\n    4. y\n- b", md);
    }

    [Fact]
    public void Empty_list_items_leave_nothing()
    {
        Assert.Equal("- a\n- b", Md("<ul><li>a</li><li> </li><li><span></span></li><li>b</li></ul>"));
    }

    [Fact]
    public void Links_are_absolute_and_empty_or_script_links_are_dropped()
    {
        var md = Md("<p><a href='../other.html?q=1'>Other</a> <a href='/x'></a><a href='javascript:alert(1)'>Script</a> <a href='#top'>Top</a> <a href='mailto:a@b.c'>Mail</a> <a>None</a></p>");
        Assert.Equal("[Other](https://example.com/other.html?q=1) Script [Top](https://example.com/blog/post.html#top) [Mail](mailto:a@b.c) None", md);
    }

    [Fact]
    public void Link_text_keeps_surrounding_spaces_outside_the_brackets()
    {
        Assert.Equal("see [the docs](https://example.com/d) now", Md("<p>see<a href='/d'> the docs </a>now</p>"));
    }

    [Fact]
    public void Parentheses_in_link_targets_are_encoded()
    {
        Assert.Equal("[w](https://example.com/wiki/A_%28b%29)", Md("<p><a href='/wiki/A_(b)'>w</a></p>"));
    }

    [Fact]
    public void Emphasis_strong_and_strikethrough()
    {
        Assert.Equal("a *b* **c** ~~d~~ e", Md("<p>a <em>b</em> <strong>c </strong><del>d</del> <i> </i>e</p>"));
    }

    [Fact]
    public void Block_quotes_prefix_every_line_including_blank_ones()
    {
        Assert.Equal("> one\n>\n> two\n>\n> > inner", Md("<blockquote><p>one</p><p>two</p><blockquote>inner</blockquote></blockquote>"));
    }

    [Fact]
    public void Code_blocks_are_fenced_and_keep_their_text()
    {
        var md = Md("<pre><code class='language-csharp'>var x = 1;\n\n  if (a &lt; b) { *y* }</code></pre>");
        Assert.Equal("```csharp\nvar x = 1;\n\n  if (a < b) { *y* }\n```", md);
    }

    [Fact]
    public void Code_block_fence_outgrows_backticks_inside()
    {
        Assert.Equal("````\na ``` b\n````", Md("<pre>a ``` b</pre>"));
    }

    [Fact]
    public void Inline_code_keeps_text_and_grows_its_fence()
    {
        Assert.Equal("use `a*b_c` or ``x`y``", Md("<p>use <code>a*b_c</code> or <code>x`y</code></p>"));
    }

    [Fact]
    public void Tables_become_gfm_with_escaped_pipes()
    {
        var md = Md("<table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>1 | 2</td><td><b>x</b><br>y</td></tr><tr><td colspan='2'>wide</td></tr></tbody></table>");
        Assert.Equal("| A | B |\n| --- | --- |\n| 1 \\| 2 | **x** y |\n| wide |  |", md);
    }

    [Fact]
    public void Code_blocks_in_table_cells_become_inline_code()
    {
        Assert.Equal("| k | v |\n| --- | --- |\n| a | `x = 1; y = 2` |", Md("<table><tr><td>k</td><td>v</td></tr><tr><td>a</td><td><pre>x = 1;\ny = 2</pre></td></tr></table>"));
    }

    [Fact]
    public void Single_column_layout_tables_become_plain_blocks()
    {
        Assert.Equal("Hello\n\nWorld", Md("<table><tr><td><p>Hello</p></td></tr><tr><td>World</td></tr></table>"));
    }

    [Fact]
    public void Images_are_absolute_with_escaped_alt_and_data_uris_dropped()
    {
        var md = Md("<p><img src='img/a.png' alt='A [big] one'><img src='data:image/png;base64,AAAA'><img data-src='//cdn.example.org/b.jpg'></p>");
        Assert.Equal("![A \\[big\\] one](https://example.com/blog/img/a.png)![](https://cdn.example.org/b.jpg)", md);
    }

    [Fact]
    public void Linked_image_keeps_both()
    {
        Assert.Equal("[![x](https://example.com/i.png)](https://example.com/big.png)", Md("<a href='/big.png'><img src='/i.png' alt='x'></a>"));
    }

    [Fact]
    public void Line_breaks_are_hard_breaks_and_two_end_the_paragraph()
    {
        Assert.Equal("a\\\nb\n\nc", Md("<p>a<br>b<br><br>c<br></p>"));
    }

    [Theory]
    [InlineData("<p>1. not a list</p>", "1\\. not a list")]
    [InlineData("<p>2019) was a year</p>", "2019\\) was a year")]
    [InlineData("<p># not a heading</p>", "\\# not a heading")]
    [InlineData("<p>- not a bullet</p>", "\\- not a bullet")]
    [InlineData("<p>+ plus</p>", "\\+ plus")]
    [InlineData("<p>&gt; not a quote</p>", "\\> not a quote")]
    [InlineData("<p>a *star* and _under_ and snake_case</p>", "a \\*star\\* and \\_under\\_ and snake_case")]
    [InlineData("<p>&lt;div&gt; and a &lt; b</p>", "\\<div> and a < b")]
    [InlineData("<p>[x](y) `z` ~w~ back\\slash</p>", "\\[x\\](y) \\`z\\` \\~w\\~ back\\\\slash")]
    [InlineData("<p>&amp;amp; and AT&amp;T and a &amp; b</p>", "\\&amp; and AT\\&T and a & b")]
    [InlineData("<p>version 1.5 and 3. in the middle</p>", "version 1.5 and 3. in the middle")]
    public void Text_is_escaped_so_it_stays_text(string html, string expected) => Assert.Equal(expected, Md(html));

    [Fact]
    public void Scripts_styles_forms_and_hidden_elements_are_skipped()
    {
        var md = Md("<p>kept</p><script>var x;</script><style>p{}</style><button>Share</button><div hidden>h</div><div style='display: none'>n</div><span aria-hidden='true'>i</span><noscript>ns</noscript>");
        Assert.Equal("kept", md);
    }

    [Fact]
    public void Preformatted_text_keeps_its_whitespace_inside_lists_and_quotes()
    {
        Assert.Equal("- item\n\n  ```\n  a\n    b\n  ```", Md("<ul><li>item<pre>a\n  b</pre></li></ul>"));
    }

    [Fact]
    public void Output_has_no_html_and_no_runs_of_blank_lines()
    {
        var md = Md("<div><p>a</p><div></div><br><br><br><p></p><section><p>b</p></section><hr><ul><li><p>c</p><p>d</p></li></ul><blockquote><p></p><p>e</p></blockquote><table><tr><td>1</td><td>2</td></tr></table></div>");
        Assert.DoesNotContain("\n\n\n", md, StringComparison.Ordinal);
        Assert.DoesNotMatch("<[a-z/]", md);
        Assert.DoesNotMatch("(?m)[ \\t]+$", md);
        Assert.Equal("a\n\nb\n\n---\n\n- c\n\n  d\n\n> e\n\n| 1 | 2 |\n| --- | --- |", md);
    }

    [Fact]
    public void Deep_nesting_is_bounded()
    {
        var html = string.Concat(Enumerable.Repeat("<blockquote>", 200)) + "deep" + string.Concat(Enumerable.Repeat("</blockquote>", 200));
        var md = Md(html);
        Assert.EndsWith("deep", md, StringComparison.Ordinal);
        Assert.True(md.Length < 100, md);
    }
}
