using System.Globalization;
using System.Net;
using System.Text;

namespace Mining.Simulator.Pages;

/// <summary>
/// The test pages the simulator serves itself and what a correct worker extracts from each. Pages are a pure
/// function of kind and number, so tests can compute the expectation of any <c>source_url</c>.
/// </summary>
public static class TestPages
{
    /// <summary>The site name in every good page's <c>og:site_name</c>.</summary>
    public const string SiteName = "Simulated Gazette";

    /// <summary>Describes page <paramref name="number"/> of <paramref name="kind"/>; <paramref name="slowDelay"/> applies to <see cref="PageKind.Slow"/> only.</summary>
    public static TestPage Describe(PageKind kind, int number, TimeSpan? slowDelay = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        var segment = kind.ToString().ToLowerInvariant();
        return kind switch
        {
            PageKind.Good => new(kind, number, $"/pages/{segment}/{number}", 200, TimeSpan.Zero, ContentOf(number)),
            PageKind.Slow => SlowPage(number, slowDelay ?? TimeSpan.FromSeconds(2)),
            PageKind.Missing => new(kind, number, $"/pages/{segment}/{number}", 404, TimeSpan.Zero, null),
            PageKind.Blocked => new(kind, number, $"/pages/{segment}/{number}", 403, TimeSpan.Zero, null),
            PageKind.Empty => new(kind, number, $"/pages/{segment}/{number}", 200, TimeSpan.Zero, null),
            PageKind.Down => new(kind, number, $"/pages/{segment}/{number}", 503, TimeSpan.Zero, null),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown page kind."),
        };
    }

    /// <summary>The body the server sends for <paramref name="page"/>.</summary>
    public static string RenderHtml(TestPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Kind switch
        {
            PageKind.Good or PageKind.Slow => RenderArticle(page.Number),
            PageKind.Empty => "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title></title></head><body><main></main></body></html>",
            PageKind.Missing => ErrorPage("Page not found", "The page you asked for does not exist."),
            PageKind.Blocked => ErrorPage("Access denied", "Automated access to this site is blocked."),
            PageKind.Down => ErrorPage("Service unavailable", "The site is down for maintenance."),
            _ => throw new ArgumentOutOfRangeException(nameof(page), page.Kind, "Unknown page kind."),
        };
    }

    private static TestPage SlowPage(int number, TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        var ms = (long)delay.TotalMilliseconds;
        return new(PageKind.Slow, number, $"/pages/slow/{number}?ms={ms.ToString(CultureInfo.InvariantCulture)}", 200, delay, ContentOf(number));
    }

    private static ArticleTopic TopicOf(int number) => ArticleTopic.All[number % ArticleTopic.All.Count];

    private static string TitleOf(int number) => $"{TopicOf(number).Title}, report {number}";

    private static string SerialParagraphOf(int number) =>
        $"This is report number {number} in the series, filed for the simulator's test collection.";

    private static PageContent ContentOf(int number)
    {
        var topic = TopicOf(number);
        var title = TitleOf(number);
        return new PageContent(
            title,
            [.. topic.Sections.Select(s => s.Heading), topic.ListHeading],
            [topic.Lead, .. topic.Sections.SelectMany(s => s.Paragraphs), SerialParagraphOf(number)],
            topic.ListItems,
            Boilerplate,
            new Dictionary<string, string>
            {
                ["title"] = title,
                ["description"] = topic.Description,
                ["author"] = topic.Author,
                ["keywords"] = topic.Keywords,
                ["og:title"] = title,
                ["og:description"] = topic.Description,
                ["og:site_name"] = SiteName,
            });
    }

    private static readonly string[] Boilerplate =
    [
        "We use cookies to improve your experience on our site",
        "Subscribe to the morning briefing",
        "First! Great read, but the photos would help",
        "Ten gadgets you will not believe exist",
        "All rights reserved by the Simulated Gazette",
    ];

    private static string RenderArticle(int number)
    {
        var topic = TopicOf(number);
        var title = TitleOf(number);
        var html = new StringBuilder(8192);
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<title>").Append(Encode(title)).Append(" | ").Append(SiteName).Append("</title>")
            .Append("<meta name=\"description\" content=\"").Append(Encode(topic.Description)).Append("\">")
            .Append("<meta name=\"keywords\" content=\"").Append(Encode(topic.Keywords)).Append("\">")
            .Append("<meta name=\"author\" content=\"").Append(Encode(topic.Author)).Append("\">")
            .Append("<meta property=\"og:title\" content=\"").Append(Encode(title)).Append("\">")
            .Append("<meta property=\"og:description\" content=\"").Append(Encode(topic.Description)).Append("\">")
            .Append("<meta property=\"og:image\" content=\"/static/images/report-").Append(number).Append(".jpg\">")
            .Append("<meta property=\"og:site_name\" content=\"").Append(SiteName).Append("\">")
            .Append("<link rel=\"icon\" href=\"/favicon.ico\"></head><body>")
            .Append("<header class=\"site-header\"><a class=\"logo\" href=\"/\">").Append(SiteName).Append("</a><nav><ul>")
            .Append("<li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li><li><a href=\"/travel\">Travel</a></li>")
            .Append("<li><a href=\"/newsletter\">").Append(Boilerplate[1]).Append("</a></li></ul></nav></header>")
            .Append("<div id=\"cookie-consent\" class=\"cookie-banner\"><p>").Append(Boilerplate[0])
            .Append(". Accept all cookies or manage your choices.</p><button>Accept all</button><button>Manage</button></div>")
            .Append("<main><article class=\"story\"><h1>").Append(Encode(title)).Append("</h1>")
            .Append("<p class=\"byline\">By <span class=\"author\">").Append(Encode(topic.Author)).Append("</span></p>")
            .Append("<p>").Append(Encode(topic.Lead)).Append("</p>");
        foreach (var (heading, paragraphs) in topic.Sections)
        {
            html.Append("<h2>").Append(Encode(heading)).Append("</h2>");
            foreach (var paragraph in paragraphs)
            {
                html.Append("<p>").Append(Encode(paragraph)).Append("</p>");
            }
        }

        html.Append("<h2>").Append(Encode(topic.ListHeading)).Append("</h2><ul>");
        foreach (var item in topic.ListItems)
        {
            html.Append("<li>").Append(Encode(item)).Append("</li>");
        }

        html.Append("</ul><p>").Append(Encode(SerialParagraphOf(number))).Append("</p></article>")
            .Append("<aside class=\"related\"><h3>Related stories</h3><ul>")
            .Append("<li><a href=\"/pages/good/").Append(number + 1).Append("\">").Append(Boilerplate[3]).Append("</a></li>")
            .Append("<li><a href=\"/pages/good/").Append(number + 2).Append("\">You will never guess what happened next</a></li></ul></aside>")
            .Append("<section id=\"comments\" class=\"comments\"><h3>Comments (2)</h3>")
            .Append("<div class=\"comment\"><p class=\"comment-author\">reader42</p><p>").Append(Boilerplate[2]).Append(".</p></div>")
            .Append("<div class=\"comment\"><p class=\"comment-author\">anna_b</p><p>I visited last year and loved it.</p></div></section>")
            .Append("</main><footer class=\"site-footer\"><p>&copy; 2026 ").Append(Boilerplate[4]).Append(".</p>")
            .Append("<a href=\"/privacy\">Privacy</a> <a href=\"/terms\">Terms</a></footer></body></html>");
        return html.ToString();
    }

    private static string ErrorPage(string title, string message) =>
        $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title></head><body><h1>{title}</h1><p>{message}</p></body></html>";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
