using Mining.Core.Extraction;

namespace Mining.Core.Tests.Extraction;

public class PageMetadataTests
{
    private static readonly Uri Page = new("https://site.example/news/item?id=7");

    [Fact]
    public void Reads_openGraph_twitter_and_the_page_s_own_facts()
    {
        const string html = """
            <!doctype html><html lang="de-AT"><head>
              <title>  The   title </title>
              <meta name="description" content=" A description. ">
              <meta name="keywords" content="a, b, c">
              <meta name="author" content="Ann Author">
              <meta property="og:title" content="OG title">
              <meta property="og:image" content="https://cdn.example/i.png">
              <meta property="og:image" content="https://cdn.example/second.png">
              <meta property="og:site_name" content="Site">
              <meta property="article:published_time" content="2024-05-05T10:00:00Z">
              <meta name="twitter:card" content="summary_large_image">
              <meta name="twitter:site" content="@site">
              <link rel="canonical" href="/news/item">
              <link rel="apple-touch-icon" href="/touch.png">
              <link rel="shortcut icon" href="/static/fav.ico">
            </head><body><p>x</p></body></html>
            """;
        var metadata = new MainContentExtractor().Extract(html, Page).Metadata;

        Assert.Equal("The title", metadata["title"]);
        Assert.Equal("A description.", metadata["description"]);
        Assert.Equal("a, b, c", metadata["keywords"]);
        Assert.Equal("Ann Author", metadata["author"]);
        Assert.Equal("https://site.example/static/fav.ico", metadata["favicon"]);
        Assert.Equal("https://site.example/news/item", metadata["canonical"]);
        Assert.Equal("de-AT", metadata["lang"]);
        Assert.Equal("2024-05-05T10:00:00Z", metadata["published_time"]);
        Assert.Equal("OG title", metadata["og:title"]);
        Assert.Equal("https://cdn.example/i.png", metadata["og:image"]);
        Assert.Equal("Site", metadata["og:site_name"]);
        Assert.Equal("summary_large_image", metadata["twitter:card"]);
        Assert.Equal("@site", metadata["twitter:site"]);
    }

    [Fact]
    public void Without_openGraph_uses_what_the_page_has_and_invents_nothing()
    {
        const string html = """
            <html><head><title>Plain</title>
            <script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2023-01-02","author":[{"name":"A"},{"name":"B"}]}]}</script>
            </head><body><article><time datetime="2020-01-01">old</time><p>x</p></article></body></html>
            """;
        var metadata = new MainContentExtractor().Extract(html, Page).Metadata;

        Assert.Equal("Plain", metadata["title"]);
        Assert.Equal("A, B", metadata["author"]);
        Assert.Equal("2023-01-02", metadata["published_time"]);
        Assert.DoesNotContain(metadata.Keys, key => key.StartsWith("og:", StringComparison.Ordinal) || key.StartsWith("twitter:", StringComparison.Ordinal));
        Assert.False(metadata.ContainsKey("favicon"));
        Assert.False(metadata.ContainsKey("description"));
        Assert.False(metadata.ContainsKey("canonical"));
        Assert.False(metadata.ContainsKey("lang"));
    }

    [Fact]
    public void Falls_back_to_openGraph_and_to_time_in_the_article_and_bounds_values()
    {
        var longText = new string('x', 5000);
        var html = $"""
            <html><head><meta property="og:title" content="Only OG"><meta property="og:description" content="{longText}">
            <link rel="icon" href="javascript:alert(1)"></head>
            <body><article><time datetime="2021-03-04T05:06:07+01:00">March</time><p>x</p></article></body></html>
            """;
        var metadata = new MainContentExtractor().Extract(html, Page).Metadata;

        Assert.Equal("Only OG", metadata["title"]);
        Assert.Equal(2000, metadata["description"].Length);
        Assert.Equal("2021-03-04T05:06:07+01:00", metadata["published_time"]);
        Assert.False(metadata.ContainsKey("favicon"));
    }

    [Fact]
    public void Composes_the_submitted_metadata_with_the_contract_keys_first()
    {
        var page = new MainContentExtractor().Extract("<html><head><title>T</title><meta property='og:url' content='https://x.example/'></head><body><p>x</p></body></html>", Page);
        var metadata = SubmissionMetadata.Compose("google", Page, new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), page);

        Assert.Equal("google", metadata["platform"]);
        Assert.Equal(Page.AbsoluteUri, metadata["url"]);
        Assert.Equal("2024-01-02T03:04:05.000Z", metadata["timestamp"]);
        Assert.Equal("T", metadata["title"]);
        Assert.Equal("https://x.example/", metadata["og:url"]);
    }
}
