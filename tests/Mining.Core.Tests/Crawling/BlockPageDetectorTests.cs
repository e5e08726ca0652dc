using Mining.Core.Crawling;

namespace Mining.Core.Tests.Crawling;

public sealed class BlockPageDetectorTests
{
    private static readonly string LongArticle = string.Concat(Enumerable.Repeat("<p>A paragraph of a real article about a real topic.</p>", 2000));

    [Theory]
    [InlineData("<html><head><title>Attention Required! | Cloudflare</title></head><body>Sorry, you have been blocked</body></html>")]
    [InlineData("<html><head><title>Just a moment…</title></head><body></body></html>")]
    [InlineData("<html><head><title>  Access   Denied </title></head><body>You don't have permission. Reference #18.1</body></html>")]
    [InlineData("<html><head><title>Pardon Our Interruption</title></head><body></body></html>")]
    [InlineData("<html><body><form><div class=\"h-captcha\" data-sitekey=\"x\"></div></form><p>Verify to continue.</p></body></html>")]
    [InlineData("<html><body><form><div class=\"cf-turnstile\"></div></form></body></html>")]
    [InlineData("<html><body><script src=\"https://ct.captcha-delivery.com/c.js\"></script></body></html>")]
    public void Recognises_challenge_and_captcha_pages(string html) => Assert.NotNull(BlockPageDetector.Detect(html));

    [Fact]
    public void A_vendor_challenge_marker_counts_on_a_page_of_any_size() =>
        Assert.Equal("Cloudflare challenge page", BlockPageDetector.Detect("<script>window._cf_chl_opt={};</script>" + LongArticle));

    [Fact]
    public void An_article_with_a_captcha_protected_comment_form_is_not_blocked() =>
        Assert.Null(BlockPageDetector.Detect($"<html><body>{LongArticle[..30_000]}<form><div class=\"g-recaptcha\"></div></form></body></html>"));

    [Fact]
    public void A_large_article_with_a_block_like_title_is_not_blocked() =>
        Assert.Null(BlockPageDetector.Detect($"<html><head><title>Access denied</title></head><body>{LongArticle}</body></html>"));

    [Fact]
    public void A_short_ordinary_page_is_not_blocked() =>
        Assert.Null(BlockPageDetector.Detect("<html><head><title>Captcha solvers compared</title></head><body><p>Short note.</p></body></html>"));

    [Fact]
    public void A_page_made_to_stall_the_patterns_is_handled_quickly()
    {
        var hostile = "<form class=\"g-recaptcha\">" + string.Concat(Enumerable.Repeat("<script<style<!--", 3500));

        Assert.Null(BlockPageDetector.Detect(hostile));
    }
}
