using Mining.Core.Api;
using Mining.Core.Contract;
using Mining.Core.Crawling;
using Mining.Workflows.Tests.Fakes;

namespace Mining.Workflows.Tests;

public sealed class OrchestrationTests
{
    [Fact]
    public async Task A_batch_of_eight_is_all_started_crawled_and_submitted()
    {
        await using var harness = await WorkflowHarness.StartAsync();
        var ids = Enumerable.Range(1, 8).Select(i => "a" + i).ToArray();
        harness.Api.Add(ids.Select(id => FakeMiningApi.Assignment(id)).ToArray());

        var round = await harness.SignalAndWaitForWorkAsync();

        Assert.Equal(8, round.Fetched);
        Assert.Equal(8, round.Submitted);
        Assert.Equal(ids, harness.Api.Starts.Order());
        Assert.Equal(ids, harness.Api.Submits.Select(s => s.Id).Order());
        Assert.Equal(8, harness.Crawler.Crawls.Count);
        Assert.Empty(harness.Api.Abandons);
        Assert.All(harness.Api.Submits, s => Assert.Contains("content of https://google.example/" + s.Id, s.Request.Content, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    public async Task Crawls_run_side_by_side_up_to_MaxConcurrentCrawls(int maxConcurrentCrawls)
    {
        // The in-memory test service itself runs at most ProcessorCount activities at once.
        var expectedInFlight = Math.Min(Math.Min(maxConcurrentCrawls, 3), Environment.ProcessorCount);
        await using var harness = await WorkflowHarness.StartAsync(options => options.MaxConcurrentCrawls = maxConcurrentCrawls);
        harness.Crawler.Delay = TimeSpan.FromMilliseconds(300);
        harness.Api.Add(FakeMiningApi.Assignment("a1", status: AssignmentStatus.InProgress), FakeMiningApi.Assignment("a2", status: AssignmentStatus.InProgress), FakeMiningApi.Assignment("a3", status: AssignmentStatus.InProgress));

        var round = await harness.SignalAndWaitForWorkAsync();

        Assert.Equal(3, round.Submitted);
        Assert.Equal(expectedInFlight, harness.Crawler.MaxInFlight);
    }

    [Fact]
    public async Task A_full_page_is_followed_at_once_by_the_next_one()
    {
        await using var harness = await WorkflowHarness.StartAsync();
        harness.Api.PageSize = 2;
        harness.Api.Add(Enumerable.Range(1, 5).Select(i => FakeMiningApi.Assignment("p" + i)).ToArray());

        await harness.SignalAsync();

        await WorkflowHarness.Until(() => harness.Api.Submits.Count == 5);
        Assert.Equal(["p1", "p2", "p3", "p4", "p5"], harness.Api.Submits.Select(s => s.Id).Order());
        Assert.Equal(1, harness.Api.Starts.Count(id => id == "p5"));
    }

    [Fact]
    public async Task Mixed_outcomes_map_to_the_right_abandon_reasons()
    {
        await using var harness = await WorkflowHarness.StartAsync();
        var failures = new Dictionary<string, AbandonReason>
        {
            ["gone"] = AbandonReason.LinkInvalid,
            ["blocked"] = AbandonReason.SiteBlocked,
            ["down"] = AbandonReason.SiteDown,
            ["empty"] = AbandonReason.ContentRemoved,
        };
        foreach (var (id, reason) in failures)
        {
            harness.Crawler.Results[$"https://google.example/{id}"] = CrawlResult.Failed(reason, "crawl said " + id);
        }

        harness.Api.Add([.. failures.Keys.Select(id => FakeMiningApi.Assignment(id)), FakeMiningApi.Assignment("ok"), FakeMiningApi.Assignment("rejected"), FakeMiningApi.Assignment("not-in-progress")]);
        harness.Api.ScriptSubmit("rejected", () => new SubmitOutcome(SubmitDecision.Abandon, 422, "content too short"));
        harness.Api.ScriptSubmit("not-in-progress", () => new SubmitOutcome(SubmitDecision.DoNotAbandon, 409, "must be in progress"));

        var round = await harness.SignalAndWaitForWorkAsync();

        var abandoned = harness.Api.Abandons.ToDictionary(a => a.Id, a => a.Reason);
        Assert.Equal(5, abandoned.Count);
        foreach (var (id, reason) in failures)
        {
            Assert.Equal(reason, abandoned[id]);
        }

        Assert.Equal(AbandonReason.UserCancelled, abandoned["rejected"]);
        Assert.Contains("422", harness.Api.Abandons.Single(a => a.Id == "rejected").Details, StringComparison.Ordinal);
        Assert.Equal("crawl said gone", harness.Api.Abandons.Single(a => a.Id == "gone").Details);
        Assert.DoesNotContain("not-in-progress", abandoned.Keys);
        Assert.DoesNotContain("ok", abandoned.Keys);
        Assert.Equal((1, 5, 1), (round.Submitted, round.Abandoned, round.LeftToServer));
    }

    [Fact]
    public async Task A_409_already_completed_on_submit_is_a_success()
    {
        await using var harness = await WorkflowHarness.StartAsync();
        harness.Api.Add(FakeMiningApi.Assignment("done-before"));
        harness.Api.ScriptSubmit("done-before", () => new SubmitOutcome(SubmitDecision.AlreadyCompleted, 409, "already completed"));

        var round = await harness.SignalAndWaitForWorkAsync();

        Assert.Equal(1, round.Submitted);
        Assert.Equal(0, round.Failed);
        Assert.All(harness.Api.Submits, submit => Assert.Equal("done-before", submit.Id));
        Assert.Empty(harness.Api.Abandons);
    }

    [Fact]
    public async Task A_submit_repeated_after_a_lost_answer_counts_as_done()
    {
        // The server took the first submit but the answer was lost: the activity runs again and hears 409.
        await using var harness = await WorkflowHarness.StartAsync();
        harness.Api.Add(FakeMiningApi.Assignment("lost-answer"));
        harness.Api.ScriptSubmit(
            "lost-answer",
            () => throw new HttpRequestException("connection reset after the request was sent"),
            () => new SubmitOutcome(SubmitDecision.AlreadyCompleted, 409, "already completed"));

        var round = await harness.SignalAndWaitForWorkAsync();

        Assert.Equal((1, 0, 0), (round.Submitted, round.Failed, round.Abandoned));
        Assert.Equal(2, harness.Api.Submits.Count);
        Assert.Empty(harness.Api.Abandons);
    }

    [Fact]
    public async Task A_google_only_worker_never_starts_or_crawls_twitter_tasks()
    {
        await using var harness = await WorkflowHarness.StartAsync(options => options.Platforms = ["Google"]);
        harness.Api.Add(
            FakeMiningApi.Assignment("g1"),
            FakeMiningApi.Assignment("t1", platform: "twitter"),
            FakeMiningApi.Assignment("t2", platform: "twitter", status: AssignmentStatus.InProgress),
            FakeMiningApi.Assignment("g2", status: AssignmentStatus.InProgress));

        var round = await harness.SignalAndWaitForWorkAsync();

        Assert.Equal(2, round.Fetched);
        Assert.Equal(["google", "google"], harness.Crawler.Crawls.Select(c => c.Platform));
        Assert.Equal(["g1", "g2"], harness.Api.Submits.Select(s => s.Id).Order());
        Assert.Equal(["g1"], harness.Api.Starts);
        Assert.Equal(["google"], harness.Api.LastQuery!.Platforms);
        Assert.Equal(WorkflowHarness.DeviceId, harness.Api.LastQuery.DeviceId);
    }

    [Fact]
    public async Task An_assignment_skipped_at_start_is_not_crawled_nor_abandoned()
    {
        await using var harness = await WorkflowHarness.StartAsync();
        harness.Api.Add(FakeMiningApi.Assignment("skip"), FakeMiningApi.Assignment("go"));
        harness.Api.StartOutcomes["skip"] = new StartOutcome(StartDecision.Skip, 409, "platform not in worker preferences");

        var round = await harness.SignalAndWaitForWorkAsync();

        Assert.Equal(1, round.StartSkipped);
        Assert.Equal(["https://google.example/go"], harness.Crawler.Crawls.Select(c => c.Url));
        Assert.Equal(["go"], harness.Api.Submits.Select(s => s.Id));
        Assert.Empty(harness.Api.Abandons);
    }

    [Fact]
    public async Task In_progress_assignments_are_crawled_without_starting_them_again()
    {
        await using var harness = await WorkflowHarness.StartAsync();
        harness.Api.Add(
            FakeMiningApi.Assignment("resumed", status: AssignmentStatus.InProgress),
            FakeMiningApi.Assignment("new"),
            FakeMiningApi.Assignment("closed", status: AssignmentStatus.Completed));

        await harness.SignalAndWaitForWorkAsync();

        Assert.Equal(["new"], harness.Api.Starts);
        Assert.Equal(["new", "resumed"], harness.Api.Submits.Select(s => s.Id).Order());
    }

    [Fact]
    public async Task A_one_megabyte_page_is_submitted_whole()
    {
        await using var harness = await WorkflowHarness.StartAsync();
        var page = new string('x', 1024 * 1024);
        harness.Crawler.Results["https://google.example/big"] = CrawlResult.Succeeded(page, new Dictionary<string, string> { ["url"] = "https://google.example/big" });
        harness.Api.Add(FakeMiningApi.Assignment("big"));

        var round = await harness.SignalAndWaitForWorkAsync();

        Assert.Equal(1, round.Submitted);
        Assert.Equal(page.Length, harness.Api.Submits.Single().Request.Content.Length);
    }

    [Fact]
    public async Task A_transient_submit_failure_is_retried_and_an_authentication_failure_is_not()
    {
        await using var harness = await WorkflowHarness.StartAsync();
        harness.Api.Add(FakeMiningApi.Assignment("flaky"), FakeMiningApi.Assignment("unauthenticated"));
        harness.Api.ScriptSubmit(
            "flaky",
            () => throw new HttpRequestException("connection reset"),
            () => new SubmitOutcome(SubmitDecision.Submitted, 200, null));
        harness.Api.ScriptSubmit("unauthenticated", () => throw new Mining.Core.Auth.AuthenticationFailedException("refresh failed"));

        var round = await harness.SignalAndWaitForWorkAsync();

        Assert.Equal((1, 1), (round.Submitted, round.Failed));
        Assert.Equal(2, harness.Api.Submits.Count(s => s.Id == "flaky"));
        Assert.Equal(1, harness.Api.Submits.Count(s => s.Id == "unauthenticated"));
        Assert.Empty(harness.Api.Abandons);
    }
}
