using System.Text.Json;
using Mining.Core.Api;
using Mining.Core.Contract;

namespace Mining.Core.Tests.Api;

/// <summary>MINING_API.md §5, the submit rules: one test per row.</summary>
public sealed class SubmitOutcomeTests
{
    private const string SubmitPath = "/mining/assignments/a-2/submit";

    private static readonly SubmitRequest Submission = new()
    {
        Content = "# Title\n\nBody",
        Metadata = new Dictionary<string, string>
        {
            ["platform"] = "twitter",
            ["url"] = "https://example.com/p",
            ["timestamp"] = "2026-12-04T12:00:00.000Z",
            ["og:title"] = "Title",
        },
        Tweets = [new Tweet { Url = "https://x.com/a/status/1", Text = "hi", Username = "a", Timestamp = "2026-12-04T11:00:00Z" }],
    };

    [Theory]
    [InlineData(200, """{"success": true}""", SubmitDecision.Submitted)]
    [InlineData(201, "", SubmitDecision.Submitted)]
    [InlineData(409, """{"message": "Assignment already completed"}""", SubmitDecision.AlreadyCompleted)]
    [InlineData(409, "conflict", SubmitDecision.AlreadyCompleted)]
    [InlineData(409, """{"message": "Assignment must be in progress"}""", SubmitDecision.DoNotAbandon)]
    [InlineData(400, """{"message": "Assignment must be in progress to submit"}""", SubmitDecision.DoNotAbandon)]
    [InlineData(400, "assignment must be in progress", SubmitDecision.DoNotAbandon)]
    [InlineData(404, """{"message": "not found"}""", SubmitDecision.DoNotAbandon)]
    [InlineData(400, """{"message": "content too short"}""", SubmitDecision.Abandon)]
    [InlineData(403, "forbidden", SubmitDecision.Abandon)]
    [InlineData(422, """{"message": "invalid metadata"}""", SubmitDecision.Abandon)]
    public async Task Each_answer_maps_to_its_decision(int status, string body, SubmitDecision expected)
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Handler = context => body.StartsWith('{')
            ? ServerAnswers.Json(context, status, body)
            : ServerAnswers.Text(context, status, body);

        var outcome = await harness.Client.SubmitAssignmentAsync("a-2", Submission, CancellationToken.None);

        Assert.Equal(expected, outcome.Decision);
        Assert.Equal(status, outcome.StatusCode);
        Assert.Single(harness.Server.RequestsTo(SubmitPath));
    }

    [Fact]
    public async Task A_5xx_that_persists_through_the_retries_means_abandon()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Handler = context => ServerAnswers.Text(context, 500, "boom");

        var submit = harness.Client.SubmitAssignmentAsync("a-2", Submission, CancellationToken.None);
        for (var i = 0; i < 3; i++)
        {
            await harness.Time.AdvanceNextWaitAsync();
        }

        var outcome = await submit;
        Assert.Equal(SubmitDecision.Abandon, outcome.Decision);
        Assert.Equal(500, outcome.StatusCode);
        Assert.Equal(4, harness.Server.RequestsTo(SubmitPath).Count);
    }

    [Fact]
    public async Task The_body_carries_content_metadata_and_tweets_in_snake_case()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Handler = context => ServerAnswers.Json(context, 200, """{"success": true}""");

        await harness.Client.SubmitAssignmentAsync("a-2", Submission, CancellationToken.None);

        using var body = JsonDocument.Parse(Assert.Single(harness.Server.RequestsTo(SubmitPath)).Body);
        Assert.Equal("# Title\n\nBody", body.RootElement.GetProperty("content").GetString());
        Assert.Equal("Title", body.RootElement.GetProperty("metadata").GetProperty("og:title").GetString());
        var tweet = body.RootElement.GetProperty("tweets")[0];
        Assert.Equal("a", tweet.GetProperty("username").GetString());
        Assert.False(tweet.TryGetProperty("id", out _));
    }
}
