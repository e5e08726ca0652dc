using System.Net;
using System.Text.RegularExpressions;

namespace Mining.Core.Crawling;

/// <summary>
/// Recognises challenge, captcha and block pages served with a 200. Conservative on purpose: a false positive
/// throws away a good page, so generic signs (a block-page title, a captcha widget) count only on a small page,
/// and only markers that appear on nothing but a vendor's challenge pages count on any page.
/// </summary>
/// <remarks>The patterns run without backtracking, so a hostile page cannot make them slow.</remarks>
internal static partial class BlockPageDetector
{
    // Challenge and block pages are a few kilobytes; an article with a real body is larger than this.
    private const int SmallPageChars = 64 * 1024;

    // Captcha pages carry a sentence or two; a contact form with a captcha sits on a page with real text.
    private const int CaptchaPageTextChars = 1500;

    private static readonly (string Marker, string Reason)[] VendorMarkers =
    [
        ("cf_chl_opt", "Cloudflare challenge page"),
        ("cf-browser-verification", "Cloudflare challenge page"),
        ("captcha-delivery.com", "DataDome captcha page"),
        ("px-captcha", "PerimeterX captcha page"),
        ("Incapsula incident ID", "Imperva block page"),
        ("errors.edgesuite.net", "Akamai block page"),
    ];

    private static readonly string[] BlockTitles =
    [
        "just a moment...", "just a moment…", "attention required! | cloudflare", "please wait... | cloudflare",
        "access denied", "access to this page has been denied", "pardon our interruption", "are you a robot?",
        "robot or human?", "human verification", "security check", "one more step", "ddos-guard", "captcha",
        "403 forbidden", "request rejected", "you have been blocked",
    ];

    private static readonly string[] CaptchaWidgets = ["g-recaptcha", "h-captcha", "cf-turnstile", "id=\"captcha", "class=\"captcha"];

    /// <summary>Why the page is a block page, or null when it looks like a real page.</summary>
    public static string? Detect(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var head = html.Length > SmallPageChars ? html[..SmallPageChars] : html;
        foreach (var (marker, reason) in VendorMarkers)
        {
            if (head.Contains(marker, StringComparison.Ordinal))
            {
                return reason;
            }
        }

        if (html.Length > SmallPageChars)
        {
            return null;
        }

        var title = Title().Match(html);
        if (title.Success && BlockTitles.Contains(Normalize(title.Groups["title"].Value), StringComparer.Ordinal))
        {
            return "block page title";
        }

        var hasCaptcha = Array.Exists(CaptchaWidgets, widget => html.Contains(widget, StringComparison.OrdinalIgnoreCase));
        return hasCaptcha && html.Contains("<form", StringComparison.OrdinalIgnoreCase) && VisibleTextLength(html) < CaptchaPageTextChars
            ? "captcha page"
            : null;
    }

    private static string Normalize(string title) =>
        Whitespace().Replace(WebUtility.HtmlDecode(title), " ").Trim().ToLowerInvariant();

    private static int VisibleTextLength(string html)
    {
        var text = Tag().Replace(NonText().Replace(html, " "), " ");
        return text.Count(c => !char.IsWhiteSpace(c));
    }

    [GeneratedRegex("""<title\b[^>]*>(?<title>[^<]{0,200})</title>""", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Title();

    [GeneratedRegex("""<script\b.*?</script\s*>|<style\b.*?</style\s*>|<noscript\b.*?</noscript\s*>|<!--.*?-->""", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NonText();

    [GeneratedRegex("""<[^>]*>""", RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Tag();

    [GeneratedRegex("""\s+""", RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Whitespace();
}
