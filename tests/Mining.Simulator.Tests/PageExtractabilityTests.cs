using System.Net;
using Mining.Simulator.Pages;
using SmartReader;

namespace Mining.Simulator.Tests;

/// <summary>
/// The good pages must be fair tests: a Readability-style extractor (SmartReader, which the crawler builds on)
/// finds the whole article and none of the boilerplate, so a worker that misses either is at fault, not the page.
/// </summary>
public sealed class PageExtractabilityTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_readability_extractor_finds_the_article_and_drops_the_boilerplate(int number)
    {
        var page = TestPages.Describe(PageKind.Good, number);

        var article = new Reader($"http://127.0.0.1/pages/good/{number}", TestPages.RenderHtml(page)).GetArticle();
        var text = WebUtility.HtmlDecode(article.TextContent);

        Assert.True(article.IsReadable);
        Assert.All(page.Content!.MustContain, block => Assert.Contains(block, text, StringComparison.Ordinal));
        Assert.All(page.Content.Boilerplate, block => Assert.DoesNotContain(block, text, StringComparison.Ordinal));
    }
}
