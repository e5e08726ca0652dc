using System.Net;
using Mining.Simulator.Model;

namespace Mining.Simulator.Tests;

public sealed class AssignmentLifecycleTests
{
    private static object ValidSubmission(string url, string platform = "google") => new
    {
        content = "# Title\n\nBody text.",
        metadata = new { platform, url, timestamp = "2026-12-04T12:00:00.000Z", title = "Title" },
    };

    [Fact]
    public async Task Start_then_submit_records_the_content_once()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.OnlineWorkerAsync();
        var id = sim.Server.CreateSearchQuery(SearchQuerySpec.GoodPages(1)).AssignmentIds[0];
        var url = sim.Server.State.Assignment(id)!.SourceUrl;

        using var start = await sim.PostJsonAsync($"/mining/assignments/{id}/start", new { });
        using var submit = await sim.PostJsonAsync($"/mining/assignments/{id}/submit", ValidSubmission(url));

        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
        Assert.True((await SimulatorHarness.JsonOf(start)).GetProperty("success").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, submit.StatusCode);
        var assignment = sim.Server.State.Assignment(id)!;
        Assert.Equal(AssignmentState.Submitted, assignment.State);
        Assert.Equal("completed", assignment.WireStatus);
        Assert.Equal("# Title\n\nBody text.", assignment.Submission!.Content);
        Assert.Equal(url, assignment.Submission.Metadata["url"]);
        Assert.Equal(1, assignment.AcceptedSubmits);
        Assert.Empty(sim.Server.State.Violations);
    }

    [Fact]
    public async Task Metadata_composed_by_the_core_is_accepted()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.OnlineWorkerAsync();
        var id = sim.Server.CreateSearchQuery(SearchQuerySpec.GoodPages(1)).AssignmentIds[0];
        var url = new Uri(sim.Server.State.Assignment(id)!.SourceUrl);
        var metadata = Mining.Core.Extraction.SubmissionMetadata.Compose(
            "google", url, sim.Time.GetUtcNow(), new Mining.Core.Extraction.ExtractedPage("# T", new Dictionary<string, string> { ["og:title"] = "T" }));
        (await sim.PostJsonAsync($"/mining/assignments/{id}/start", new { })).Dispose();

        using var submit = await sim.PostJsonAsync($"/mining/assignments/{id}/submit", new { content = "# T", metadata });

        Assert.Equal(HttpStatusCode.OK, submit.StatusCode);
        Assert.Equal("T", sim.Server.State.Assignment(id)!.Submission!.Metadata["og:title"]);
    }

    [Fact]
    public async Task Start_answers_409_already_started_409_not_assignable_and_404()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.OnlineWorkerAsync();
        var ids = sim.Server.CreateSearchQuery(SearchQuerySpec.GoodPages(2)).AssignmentIds;
        (await sim.PostJsonAsync($"/mining/assignments/{ids[0]}/start", new { })).Dispose();
        (await sim.PostJsonAsync($"/mining/assignments/{ids[1]}/abandon", new { reason = "site_down" })).Dispose();

        await AssertAnswerAsync(sim, $"/mining/assignments/{ids[0]}/start", new { }, 409, "already started");
        await AssertAnswerAsync(sim, $"/mining/assignments/{ids[1]}/start", new { }, 409, "task not in assignable state");
        await AssertAnswerAsync(sim, "/mining/assignments/asg-404/start", new { }, 404, "not found");
        Assert.Equal(2, sim.Server.State.Counters.Conflicts);
    }

    [Fact]
    public async Task Start_refuses_a_platform_outside_the_preferences()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.OnlineWorkerAsync();
        var id = sim.Server.CreateSearchQuery(new SearchQuerySpec { Good = 1, Platform = "twitter" }).AssignmentIds[0];
        using (var put = await sim.Http.PutAsync("/workers/preferences", new StringContent("{\"platforms\":[\"google\"]}", System.Text.Encoding.UTF8, "application/json")))
        {
            put.EnsureSuccessStatusCode();
        }

        await AssertAnswerAsync(sim, $"/mining/assignments/{id}/start", new { }, 409, "platform not in worker preferences");
    }

    [Fact]
    public async Task A_second_submit_is_409_already_completed_and_counted_as_a_duplicate()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.OnlineWorkerAsync();
        var id = sim.Server.CreateSearchQuery(SearchQuerySpec.GoodPages(1)).AssignmentIds[0];
        var url = sim.Server.State.Assignment(id)!.SourceUrl;
        (await sim.PostJsonAsync($"/mining/assignments/{id}/start", new { })).Dispose();
        (await sim.PostJsonAsync($"/mining/assignments/{id}/submit", ValidSubmission(url))).Dispose();

        await AssertAnswerAsync(sim, $"/mining/assignments/{id}/submit", ValidSubmission(url), 409, "already completed");

        var assignment = sim.Server.State.Assignment(id)!;
        Assert.Equal((1, 1), (assignment.AcceptedSubmits, assignment.DuplicateSubmits));
        Assert.Equal(1, sim.Server.State.Counters.DuplicateSubmits);
    }

    [Theory]
    [InlineData(409)]
    [InlineData(400)]
    public async Task Submitting_before_start_is_refused_as_must_be_in_progress(int status)
    {
        await using var sim = await SimulatorHarness.StartAsync(o => o.SubmitNotInProgressStatusCode = status);
        await sim.OnlineWorkerAsync();
        var id = sim.Server.CreateSearchQuery(SearchQuerySpec.GoodPages(1)).AssignmentIds[0];

        await AssertAnswerAsync(sim, $"/mining/assignments/{id}/submit", ValidSubmission(sim.Server.State.Assignment(id)!.SourceUrl), status, "must be in progress");
        await AssertAnswerAsync(sim, "/mining/assignments/asg-404/submit", ValidSubmission("http://127.0.0.1/x"), 404, "not found");

        Assert.Equal(AssignmentState.Assigned, sim.Server.State.Assignment(id)!.State);
        Assert.Empty(sim.Server.State.Violations);
    }

    public static TheoryData<string, string> BadSubmissions => new()
    {
        { "{\"metadata\":{\"platform\":\"google\",\"url\":\"http://127.0.0.1/p\",\"timestamp\":\"2026-12-04T12:00:00Z\"}}", "content" },
        { "{\"content\":\"  \",\"metadata\":{\"platform\":\"google\",\"url\":\"http://127.0.0.1/p\",\"timestamp\":\"2026-12-04T12:00:00Z\"}}", "content" },
        { "{\"content\":\"x\"}", "metadata must be an object" },
        { "{\"content\":\"x\",\"metadata\":{\"url\":\"http://127.0.0.1/p\",\"timestamp\":\"2026-12-04T12:00:00Z\"}}", "metadata.platform" },
        { "{\"content\":\"x\",\"metadata\":{\"platform\":\"google\",\"url\":\"/p\",\"timestamp\":\"2026-12-04T12:00:00Z\"}}", "metadata.url" },
        { "{\"content\":\"x\",\"metadata\":{\"platform\":\"google\",\"url\":\"http://127.0.0.1/p\",\"timestamp\":\"2026-12-04T14:00:00+02:00\"}}", "metadata.timestamp" },
        { "{\"content\":\"x\",\"metadata\":{\"platform\":\"google\",\"url\":\"http://127.0.0.1/p\",\"timestamp\":1764849600000}}", "metadata.timestamp" },
    };

    [Theory]
    [MemberData(nameof(BadSubmissions))]
    public async Task A_submit_body_outside_the_contract_is_a_400_and_a_violation(string body, string problem)
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.OnlineWorkerAsync();
        var id = sim.Server.CreateSearchQuery(SearchQuerySpec.GoodPages(1)).AssignmentIds[0];
        (await sim.PostJsonAsync($"/mining/assignments/{id}/start", new { })).Dispose();

        using var response = await sim.Http.PostAsync($"/mining/assignments/{id}/submit", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var violation = Assert.Single(sim.Server.State.Violations);
        Assert.Equal(ViolationKind.InvalidSubmission, violation.Kind);
        Assert.Contains(problem, violation.Description, StringComparison.Ordinal);
        Assert.Equal(AssignmentState.InProgress, sim.Server.State.Assignment(id)!.State);
    }

    [Fact]
    public async Task Abandon_keeps_the_reason_and_details()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.OnlineWorkerAsync();
        var id = sim.Server.CreateSearchQuery(new SearchQuerySpec { Missing = 1 }).AssignmentIds[0];

        using var response = await sim.PostJsonAsync($"/mining/assignments/{id}/abandon", new { reason = "link_invalid", details = "HTTP 404" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await SimulatorHarness.JsonOf(response)).GetProperty("ok").GetBoolean());
        var assignment = sim.Server.State.Assignment(id)!;
        Assert.Equal((AssignmentState.Abandoned, "failed", "link_invalid", "HTTP 404"), (assignment.State, assignment.WireStatus, assignment.AbandonReason, assignment.AbandonDetails));
        Assert.Equal(Mining.Core.Contract.AbandonReason.LinkInvalid, assignment.ExpectedAbandonReason);
        await AssertAnswerAsync(sim, $"/mining/assignments/{id}/abandon", new { reason = "link_invalid" }, 409, "already abandoned");
        await AssertAnswerAsync(sim, "/mining/assignments/asg-404/abandon", new { reason = "link_invalid" }, 404, "not found");
    }

    [Fact]
    public async Task Abandon_refuses_unknown_reasons_and_long_details_as_violations()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.OnlineWorkerAsync();
        var id = sim.Server.CreateSearchQuery(SearchQuerySpec.GoodPages(1)).AssignmentIds[0];

        await AssertAnswerAsync(sim, $"/mining/assignments/{id}/abandon", new { reason = "timeout" }, 400, "reason must be one of");
        await AssertAnswerAsync(sim, $"/mining/assignments/{id}/abandon", new { reason = "site_down", details = new string('x', 201) }, 400, "at most 200");
        await AssertAnswerAsync(sim, $"/mining/assignments/{id}/abandon", new { reason = "site_down", details = new string('x', 200) }, 200, null);

        Assert.Equal([ViolationKind.InvalidAbandon, ViolationKind.InvalidAbandon], sim.Server.State.Violations.Select(v => v.Kind));
    }

    [Fact]
    public async Task Abandoning_a_submitted_assignment_is_409_already_completed()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.OnlineWorkerAsync();
        var id = sim.Server.CreateSearchQuery(SearchQuerySpec.GoodPages(1)).AssignmentIds[0];
        (await sim.PostJsonAsync($"/mining/assignments/{id}/start", new { })).Dispose();
        (await sim.PostJsonAsync($"/mining/assignments/{id}/submit", ValidSubmission(sim.Server.State.Assignment(id)!.SourceUrl))).Dispose();

        await AssertAnswerAsync(sim, $"/mining/assignments/{id}/abandon", new { reason = "user_cancelled" }, 409, "already completed");
        Assert.Equal(AssignmentState.Submitted, sim.Server.State.Assignment(id)!.State);
    }

    private static async Task AssertAnswerAsync(SimulatorHarness sim, string path, object body, int status, string? message)
    {
        using var response = await sim.PostJsonAsync(path, body);
        Assert.Equal(status, (int)response.StatusCode);
        if (message is not null)
        {
            Assert.Contains(message, (await SimulatorHarness.JsonOf(response)).GetProperty("message").GetString(), StringComparison.Ordinal);
        }
    }
}
