using System.Net;
using Mining.Core.Contract;
using Mining.Simulator.Pages;

namespace Mining.Simulator.Tests;

public sealed class TestPageTests
{
    [Fact]
    public async Task A_good_page_holds_the_expected_article_inside_realistic_boilerplate()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        var page = TestPages.Describe(PageKind.Good, 7);

        using var response = await sim.Http.GetAsync(page.PathAndQuery);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var content = page.Content!;
        Assert.True(content.MustContain.Count >= 12);
        Assert.Contains(content.Title, html, StringComparison.Ordinal);
        Assert.StartsWith(content.Title + "\n", content.ExpectedText, StringComparison.Ordinal);
        Assert.All(content.MustContain, text => Assert.Contains(text, html, StringComparison.Ordinal));
        Assert.All(content.Boilerplate, text => Assert.Contains(text, html, StringComparison.Ordinal));
        Assert.All(content.Metadata.Values, value => Assert.Contains(value, html, StringComparison.Ordinal));
        foreach (var tag in new[] { "<nav>", "<article", "<h2>", "<ul>", "cookie", "id=\"comments\"", "class=\"related\"", "<footer" })
        {
            Assert.Contains(tag, html, StringComparison.Ordinal);
        }

        Assert.Contains("report 7", content.Title, StringComparison.Ordinal);
        Assert.Null(page.ExpectedAbandonReason);
    }

    [Fact]
    public void Pages_differ_by_number_and_repeat_by_kind_and_number()
    {
        Assert.NotEqual(TestPages.Describe(PageKind.Good, 1).Content!.ExpectedText, TestPages.Describe(PageKind.Good, 2).Content!.ExpectedText);
        Assert.Equal(TestPages.Describe(PageKind.Good, 4).Content!.ExpectedText, TestPages.Describe(PageKind.Slow, 4).Content!.ExpectedText);
        Assert.Equal(TestPages.RenderHtml(TestPages.Describe(PageKind.Good, 4)), TestPages.RenderHtml(TestPages.Describe(PageKind.Good, 4)));
    }

    [Theory]
    [InlineData(PageKind.Missing, 404, AbandonReason.LinkInvalid)]
    [InlineData(PageKind.Blocked, 403, AbandonReason.SiteBlocked)]
    [InlineData(PageKind.Down, 503, AbandonReason.SiteDown)]
    [InlineData(PageKind.Empty, 200, AbandonReason.ContentRemoved)]
    public async Task Failing_pages_answer_their_status_and_name_their_abandon_reason(PageKind kind, int status, AbandonReason reason)
    {
        await using var sim = await SimulatorHarness.StartAsync();
        var page = TestPages.Describe(kind, 3);

        using var response = await sim.Http.GetAsync(page.PathAndQuery);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(reason, page.ExpectedAbandonReason);
        Assert.Null(page.Content);
    }

    [Fact]
    public async Task Pages_without_a_number_are_served_too()
    {
        await using var sim = await SimulatorHarness.StartAsync();

        using var blocked = await sim.Http.GetAsync("/pages/blocked");
        using var empty = await sim.Http.GetAsync("/pages/empty");
        using var down = await sim.Http.GetAsync("/pages/down");
        using var unknown = await sim.Http.GetAsync("/pages/weird/1");

        Assert.Equal([403, 200, 503, 404], new[] { blocked, empty, down, unknown }.Select(r => (int)r.StatusCode));
        Assert.DoesNotContain("<p>", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slow_page_answers_after_its_delay_on_the_simulated_clock()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        var page = TestPages.Describe(PageKind.Slow, 2, TimeSpan.FromSeconds(5));

        var pending = sim.Http.GetAsync(page.PathAndQuery);
        await Task.Delay(200);
        Assert.False(pending.IsCompleted);
        sim.Time.Advance(TimeSpan.FromSeconds(5));
        using var response = await pending;

        Assert.Equal("/pages/slow/2?ms=5000", page.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(page.Content!.Title, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public void A_query_interleaves_its_page_kinds()
    {
        var layout = new SearchQuerySpec { Good = 3, Missing = 1, Slow = 2 }.Layout();

        Assert.Equal([PageKind.Good, PageKind.Slow, PageKind.Missing, PageKind.Good, PageKind.Slow, PageKind.Good], layout);
    }
}
