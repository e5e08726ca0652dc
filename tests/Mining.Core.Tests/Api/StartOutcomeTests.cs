using Microsoft.AspNetCore.Http;
using Mining.Core.Api;

namespace Mining.Core.Tests.Api;

/// <summary>MINING_API.md §5, the start table: one test per row.</summary>
public sealed class StartOutcomeTests
{
    private const string StartPath = "/mining/assignments/a-1/start";

    [Theory]
    [InlineData(200, """{"success": true}""", StartDecision.Proceed)]
    [InlineData(409, """{"message": "Assignment already started"}""", StartDecision.Proceed)]
    [InlineData(409, "assignment ALREADY STARTED by this worker", StartDecision.Proceed)]
    [InlineData(409, """{"message": "platform not in worker preferences"}""", StartDecision.Skip)]
    [InlineData(409, """{"message": "task not in assignable state"}""", StartDecision.Skip)]
    [InlineData(409, "some other conflict", StartDecision.Skip)]
    [InlineData(404, """{"message": "not found"}""", StartDecision.Skip)]
    [InlineData(403, "forbidden", StartDecision.Skip)]
    public async Task Each_answer_maps_to_its_decision(int status, string body, StartDecision expected)
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Handler = context => body.StartsWith('{')
            ? ServerAnswers.Json(context, status, body)
            : ServerAnswers.Text(context, status, body);

        var outcome = await harness.Client.StartAssignmentAsync("a-1", CancellationToken.None);

        Assert.Equal(expected, outcome.Decision);
        Assert.Equal(status, outcome.StatusCode);
        var request = Assert.Single(harness.Server.RequestsTo(StartPath));
        Assert.Equal("POST", request.Method);
        Assert.Equal("{}", request.Body);
    }

    [Fact]
    public async Task A_message_is_read_from_json_or_plain_text()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Handler = context => ServerAnswers.Json(context, 409, """{"message": "task not in assignable state"}""");

        var outcome = await harness.Client.StartAssignmentAsync("a-1", CancellationToken.None);

        Assert.Equal("task not in assignable state", outcome.Message);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task A_5xx_is_retried_once_after_250_to_500_ms_then_skipped(int status)
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Handler = context => ServerAnswers.Text(context, status, "down");

        var start = harness.Client.StartAssignmentAsync("a-1", CancellationToken.None);
        var wait = await harness.Time.AdvanceNextWaitAsync();
        var outcome = await start;

        Assert.InRange(wait, TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(500));
        Assert.Equal(StartDecision.Skip, outcome.Decision);
        Assert.Equal(2, harness.Server.RequestsTo(StartPath).Count);
        Assert.True(harness.Time.HasNoPendingWait);
    }

    [Fact]
    public async Task A_5xx_then_success_proceeds()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Handler = ServerAnswers.Sequence(
            context => ServerAnswers.Text(context, 503, "busy"),
            context => ServerAnswers.Json(context, 200, """{"success": true}"""));

        var start = harness.Client.StartAssignmentAsync("a-1", CancellationToken.None);
        await harness.Time.AdvanceNextWaitAsync();

        Assert.Equal(StartDecision.Proceed, (await start).Decision);
    }

    [Fact]
    public async Task A_network_error_is_retried_once_then_skipped()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Handler = ServerAnswers.Reset;

        var start = harness.Client.StartAssignmentAsync("a-1", CancellationToken.None);
        var wait = await harness.Time.AdvanceNextWaitAsync();
        var outcome = await start;

        Assert.InRange(wait, TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(500));
        Assert.Equal(StartDecision.Skip, outcome.Decision);
        Assert.Null(outcome.StatusCode);
        Assert.Equal(2, harness.Server.RequestsTo(StartPath).Count);
    }

    [Fact]
    public async Task An_answer_outside_the_table_is_an_api_error_naming_the_endpoint()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Handler = context => ServerAnswers.Json(context, StatusCodes.Status422UnprocessableEntity, """{"message": "odd"}""");

        var error = await Assert.ThrowsAsync<MiningApiException>(() => harness.Client.StartAssignmentAsync("a-1", CancellationToken.None));

        Assert.Equal(422, error.StatusCode);
        Assert.Contains("POST /mining/assignments/a-1/start", error.Message, StringComparison.Ordinal);
        Assert.Contains("odd", error.Message, StringComparison.Ordinal);
    }
}
