using Mining.Core.Extraction;

namespace Mining.Core.Tests.Extraction;

public class MainContentExtractorTests
{
    private static readonly Uri Page = new("https://news.example.com/2024/05/story.html");

    private static readonly string ArticleText = string.Join(
        "\n",
        Enumerable.Range(1, 6).Select(i => $"<p>Paragraph {i} of the story explains, at some length and with plenty of ordinary words, what happened in the town on the day the river rose and how the people there responded to it.</p>"));

    private static string Page_with(string around) => $$"""
        <!doctype html><html lang="en"><head><title>River rises</title></head><body>
        <div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your experience. Accept all cookies?</p><button>Accept</button></div>
        <header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
        <main><article>
          <h1>River rises</h1>
          <div class="byline">By Jane Doe, May 5, 2024</div>
          <div class="share-bar"><a href="https://twitter.com/share">Tweet</a> <a href="https://facebook.com/share">Share</a></div>
          <div class="story-body">{{ArticleText}}
            <figure><img src="/img/river.jpg" alt="The river"><figcaption>The river at dawn. Photo: Agency</figcaption></figure>
            <p><strong>READ MORE: <a href="/other-story">Another story entirely about something else</a></strong></p>
            <p>The last paragraph closes the story with a <a href="/report">link to the report</a> and a quiet ending for everyone.</p>
          </div>
        </article>
        {{around}}
        </main>
        <footer><p>Copyright 2024 News Example. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
        </body></html>
        """;

    private const string Related = """
        <section class="related-articles"><h2>Related stories</h2><ul>
          <li><a href="/a">First related headline that is long enough to look real</a></li>
          <li><a href="/b">Second related headline that is long enough to look real</a></li>
        </ul></section>
        """;

    private const string Comments = """
        <section id="comments" class="comments-area"><h2>3 comments</h2>
          <div class="comment"><p>Great article, thanks for writing it. I learned a lot today about rivers.</p></div>
          <div class="comment"><p>I disagree with almost everything here, but it was an interesting read anyway.</p></div>
        </section>
        """;

    [Fact]
    public void Keeps_the_article_and_drops_navigation_banners_comments_and_related_links()
    {
        var page = new MainContentExtractor().Extract(Page_with(Related + Comments), Page);
        var md = page.Markdown;

        for (var i = 1; i <= 6; i++)
        {
            Assert.Contains($"Paragraph {i} of the story explains", md, StringComparison.Ordinal);
        }

        Assert.Contains("[link to the report](https://news.example.com/report)", md, StringComparison.Ordinal);
        Assert.Contains("![The river](https://news.example.com/img/river.jpg)", md, StringComparison.Ordinal);
        Assert.DoesNotContain("# River rises", md, StringComparison.Ordinal);
        foreach (var boilerplate in (string[])["cookies", "Home", "World", "Tweet", "READ MORE", "Related stories", "First related", "Great article", "comments", "Copyright", "Privacy", "Photo: Agency", "Jane Doe"])
        {
            Assert.DoesNotContain(boilerplate, md, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_page_without_text_gives_empty_content_but_keeps_metadata()
    {
        var page = new MainContentExtractor().Extract("<html><head><title>Empty</title></head><body><nav><a href='/'>Home</a></nav></body></html>", Page);
        Assert.Equal(string.Empty, page.Markdown);
        Assert.Equal("Empty", page.Metadata["title"]);
    }

    [Fact]
    public void A_short_page_of_plain_paragraphs_is_kept_whole()
    {
        var page = new MainContentExtractor().Extract("<html><body><p>Just one short note.</p><p>And another line.</p></body></html>", Page);
        Assert.Equal("Just one short note.\n\nAnd another line.", page.Markdown);
    }

    [Fact]
    public void Falls_back_to_the_densest_paragraph_block_when_detection_picks_too_little()
    {
        var html = "<html><body><div class='content'><h2>Heading</h2>" + ArticleText + "</div></body></html>";
        var page = new MainContentExtractor().Extract(html, Page);
        Assert.Contains("Paragraph 1 of the story", page.Markdown, StringComparison.Ordinal);
        Assert.Contains("Paragraph 6 of the story", page.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Is_registered_by_AddContentExtraction()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        services.AddContentExtraction();
        using var provider = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(services);
        Assert.IsType<MainContentExtractor>(Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<IContentExtractor>(provider));
    }

    [Fact]
    public void A_hostile_deeply_nested_page_is_extracted_without_overflowing_the_stack()
    {
        const int depth = 5_000;
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div><span>", depth)) + "<p>Deep text at the bottom of the page.</p>"
            + string.Concat(Enumerable.Repeat("</span></div>", depth)) + "</body></html>";
        var page = new MainContentExtractor().Extract(html, Page);
        Assert.Contains("Deep text at the bottom of the page.", page.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_too_large_for_scoring_still_yields_its_article()
    {
        var sections = string.Concat(Enumerable.Range(1, 400).Select(i => $"<section><h2>Part {i}</h2><p>Section {i} carries ordinary prose for the article body, long enough to count.</p><ul><li>point</li></ul></section>"));
        var html = "<html><body><nav><a href='/'>Home</a></nav><article>" + sections + "</article><div class='related'><a href='/x'>Elsewhere</a></div></body></html>";
        var page = new MainContentExtractor().Extract(html, Page);
        Assert.Contains("Section 1 carries ordinary prose", page.Markdown, StringComparison.Ordinal);
        Assert.Contains("Section 400 carries ordinary prose", page.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Home", page.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Elsewhere", page.Markdown, StringComparison.Ordinal);
    }
}
