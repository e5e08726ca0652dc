using System.Globalization;
using Microsoft.AspNetCore.Http;
using Mining.Core.Api;
using Mining.Core.Contract;

namespace Mining.Core.Tests.Api;

/// <summary>429 waits and transient retries (MINING_API.md §5), observed on fake time: no test sleeps.</summary>
public sealed class RetryTests
{
    private const string ListPath = "/mining/assignments";
    private const string EmptyList = """{"assignments": [], "total": 0}""";

    [Fact]
    public async Task A_429_waits_for_retry_after_seconds()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Handler = ServerAnswers.Sequence(
            context => TooManyRequests(context, "Retry-After", "7"),
            context => ServerAnswers.Json(context, 200, EmptyList));

        var list = harness.Client.ListAssignmentsAsync(new AssignmentQuery(), CancellationToken.None);
        var wait = await harness.Time.AdvanceNextWaitAsync();
        await list;

        Assert.Equal(TimeSpan.FromSeconds(7), wait);
        Assert.Equal(2, harness.Server.RequestsTo(ListPath).Count);
    }

    [Fact]
    public async Task A_429_waits_until_a_retry_after_date()
    {
        await using var harness = await ClientHarness.StartAsync();
        var retryAt = harness.Time.GetUtcNow().AddSeconds(12).ToString("r", CultureInfo.InvariantCulture);
        harness.Server.Handler = ServerAnswers.Sequence(
            context => TooManyRequests(context, "Retry-After", retryAt),
            context => ServerAnswers.Json(context, 200, EmptyList));

        var list = harness.Client.ListAssignmentsAsync(new AssignmentQuery(), CancellationToken.None);
        var wait = await harness.Time.AdvanceNextWaitAsync();
        await list;

        Assert.Equal(TimeSpan.FromSeconds(12), wait);
    }

    [Theory]
    [InlineData("5", 5)]
    [InlineData("epoch+20", 20)]
    public async Task Without_retry_after_a_429_waits_for_x_ratelimit_reset(string reset, int expectedSeconds)
    {
        await using var harness = await ClientHarness.StartAsync();
        var value = reset == "epoch+20"
            ? harness.Time.GetUtcNow().AddSeconds(20).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)
            : reset;
        harness.Server.Handler = ServerAnswers.Sequence(
            context => TooManyRequests(context, "X-RateLimit-Reset", value),
            context => ServerAnswers.Json(context, 200, EmptyList));

        var list = harness.Client.ListAssignmentsAsync(new AssignmentQuery(), CancellationToken.None);
        var wait = await harness.Time.AdvanceNextWaitAsync();
        await list;

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), wait);
    }

    [Fact]
    public async Task A_429_wait_is_capped_at_60_seconds_and_retried_at_most_twice()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Handler = context => TooManyRequests(context, "Retry-After", "3600");

        var list = harness.Client.ListAssignmentsAsync(new AssignmentQuery(), CancellationToken.None);
        var first = await harness.Time.AdvanceNextWaitAsync();
        var second = await harness.Time.AdvanceNextWaitAsync();
        var error = await Assert.ThrowsAsync<MiningApiException>(() => list);

        Assert.Equal(TimeSpan.FromSeconds(60), first);
        Assert.Equal(TimeSpan.FromSeconds(60), second);
        Assert.Equal(429, error.StatusCode);
        Assert.Equal(3, harness.Server.RequestsTo(ListPath).Count);
        Assert.True(harness.Time.HasNoPendingWait);
    }

    [Fact]
    public async Task Transient_5xx_answers_are_retried_with_jittered_backoff()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Handler = ServerAnswers.Sequence(
            context => ServerAnswers.Text(context, 503, "busy"),
            context => ServerAnswers.Text(context, 502, "bad gateway"),
            context => ServerAnswers.Text(context, 500, "oops"),
            context => ServerAnswers.Json(context, 200, EmptyList));

        var list = harness.Client.ListAssignmentsAsync(new AssignmentQuery(), CancellationToken.None);
        var waits = new[] { await harness.Time.AdvanceNextWaitAsync(), await harness.Time.AdvanceNextWaitAsync(), await harness.Time.AdvanceNextWaitAsync() };
        await list;

        Assert.Equal(4, harness.Server.RequestsTo(ListPath).Count);
        Assert.All(waits, wait => Assert.InRange(wait, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(10)));
        Assert.True(waits.Distinct().Count() > 1, $"backoff should be jittered: {string.Join(", ", waits)}");
    }

    [Fact]
    public async Task Connection_resets_are_retried()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Handler = ServerAnswers.Sequence(
            ServerAnswers.Reset,
            context => ServerAnswers.Json(context, 200, EmptyList));

        var list = harness.Client.ListAssignmentsAsync(new AssignmentQuery(), CancellationToken.None);
        await harness.Time.AdvanceNextWaitAsync();

        Assert.Empty((await list).Assignments);
        Assert.Equal(2, harness.Server.RequestsTo(ListPath).Count);
    }

    [Fact]
    public async Task A_4xx_is_not_retried()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Handler = context => ServerAnswers.Json(context, 400, """{"message": "bad sort_by"}""");

        var error = await Assert.ThrowsAsync<MiningApiException>(() => harness.Client.ListAssignmentsAsync(new AssignmentQuery(), CancellationToken.None));

        Assert.Equal(400, error.StatusCode);
        Assert.Contains("GET /mining/assignments answered HTTP 400: bad sort_by", error.Message, StringComparison.Ordinal);
        Assert.Single(harness.Server.RequestsTo(ListPath));
    }

    private static Task TooManyRequests(HttpContext context, string header, string value)
    {
        context.Response.Headers[header] = value;
        return ServerAnswers.Text(context, StatusCodes.Status429TooManyRequests, "slow down");
    }
}
