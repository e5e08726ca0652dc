using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Mining.Core.Api;
using Mining.Core.Heartbeat;
using Mining.Core.Options;
using Mining.Core.Signals;
using Mining.Workflows;
using Mining.Workflows.Activities;
using Mining.Workflows.Model;
using Mining.Workflows.Signals;
using Mining.Workflows.Tests.Fakes;

namespace MiningFunctions.Tests;

public sealed class TriggerAdapterTests
{
    const string Device = "dev-42";
    readonly RecordingDurableClient client = new();
    readonly FakeLogger<SignalQueueFunctions> logger = new();
    readonly FakeLogger<SignalDispatcher> dispatcherLogger = new();
    readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
    readonly string instanceId = WorkerInstanceId.For(Device);

    SignalQueueFunctions QueueFunctions() =>
        new(new SignalDispatcher(new FakeIdentity(Device), this.time, this.dispatcherLogger), this.logger);

    static string Message(string reason, string extra = "") =>
        $$"""{"reason":"{{reason}}","count":2,"received_at":"2026-01-01T00:00:00Z"{{extra}}}""";

    [Fact]
    public async Task The_first_signal_starts_the_device_orchestration()
    {
        await this.QueueFunctions().RunAsync(Message("sse_assignment"), this.client, CancellationToken.None);

        var started = Assert.Single(this.client.Started);
        Assert.Equal(WorkflowNames.Orchestrator, started.Name.Name);
        Assert.Equal(this.instanceId, started.InstanceId);
        Assert.Equal(WorkerRoundState.Initial, started.Input);
        Assert.Empty(this.client.Raised);
    }

    [Theory]
    [InlineData(OrchestrationRuntimeStatus.Running)]
    [InlineData(OrchestrationRuntimeStatus.Pending)]
    [InlineData(OrchestrationRuntimeStatus.Suspended)]
    public async Task A_signal_for_an_active_orchestration_is_raised_on_it(OrchestrationRuntimeStatus status)
    {
        this.client.Instances[this.instanceId] = status;

        await this.QueueFunctions().RunAsync(Message("sse_assignment", ""","search_query_id":"q7" """), this.client, CancellationToken.None);

        Assert.Empty(this.client.Started);
        var raised = Assert.Single(this.client.Raised);
        Assert.Equal((this.instanceId, WorkflowNames.SignalEvent), (raised.InstanceId, raised.EventName));
        var signal = Assert.IsType<AssignmentSignal>(raised.Payload);
        Assert.Equal((SignalReasons.SseAssignment, 2, "q7"), (signal.Reason, signal.Count, signal.SearchQueryId));
    }

    [Theory]
    [InlineData(OrchestrationRuntimeStatus.Completed)]
    [InlineData(OrchestrationRuntimeStatus.Failed)]
    [InlineData(OrchestrationRuntimeStatus.Terminated)]
    public async Task A_finished_orchestration_is_started_afresh(OrchestrationRuntimeStatus status)
    {
        this.client.Instances[this.instanceId] = status;

        await this.QueueFunctions().RunAsync(Message("sse_catch_up"), this.client, CancellationToken.None);

        Assert.Single(this.client.Started);
        Assert.Empty(this.client.Raised);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("""{"count":1}""")]
    [InlineData("[1,2]")]
    public async Task A_message_that_is_not_a_signal_is_reported_and_still_dispatched(string message)
    {
        this.client.Instances[this.instanceId] = OrchestrationRuntimeStatus.Running;

        await this.QueueFunctions().RunAsync(message, this.client, CancellationToken.None);

        Assert.Single(this.dispatcherLogger.Collector.GetSnapshot(), r => r.Level == LogLevel.Warning);
        var signal = Assert.IsType<AssignmentSignal>(Assert.Single(this.client.Raised).Payload);
        Assert.Equal((SignalMessage.UnreadableReason, this.time.GetUtcNow()), (signal.Reason, signal.ReceivedAt));
    }

    [Fact]
    public async Task A_poison_signal_is_logged_as_an_error_and_still_dispatched()
    {
        this.client.Instances[this.instanceId] = OrchestrationRuntimeStatus.Running;

        await this.QueueFunctions().RunPoisonAsync(Message("heartbeat"), this.client, CancellationToken.None);

        var error = Assert.Single(this.logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Error);
        Assert.Contains("poison", error.Message, StringComparison.Ordinal);
        Assert.Contains("heartbeat", error.Message, StringComparison.Ordinal);
        Assert.Equal(SignalReasons.Heartbeat, Assert.IsType<AssignmentSignal>(Assert.Single(this.client.Raised).Payload).Reason);
    }

    [Fact]
    public async Task The_heartbeat_timer_sends_a_heartbeat_and_signals_assigned_tasks()
    {
        var api = new FakeMiningApi { HeartbeatAnswer = new HeartbeatResult(2) };
        var signals = new RecordingSignalPublisher();
        var sender = new HeartbeatSender(api, new FakeIdentity(Device), signals, this.time, NullLogger<HeartbeatSender>.Instance);

        await new HeartbeatFunction(sender).RunAsync(new TimerInfo(), CancellationToken.None);

        Assert.Equal([("user-1", Device)], api.Heartbeats);
        Assert.Equal(SignalReasons.Heartbeat, Assert.Single(signals.Published).Reason);
    }

    [Fact]
    public async Task The_activity_functions_run_the_workflow_activities()
    {
        var api = new FakeMiningApi();
        api.Add(FakeMiningApi.Assignment("a1"), FakeMiningApi.Assignment("t1", platform: "twitter"));
        var crawler = new FakeCrawler();
        var functions = new WorkflowFunctions(
            new FetchAssignmentsActivity(api, new FakeIdentity(Device), new FixedOptionsMonitor(new MiningOptions()), NullLogger<FetchAssignmentsActivity>.Instance),
            new StartAssignmentActivity(api, NullLogger<StartAssignmentActivity>.Instance),
            new CrawlAndSubmitActivity(api, crawler, NullLogger<CrawlAndSubmitActivity>.Instance));

        var fetched = await functions.FetchAssignmentsAsync(new FetchRequest(null), CancellationToken.None);
        var work = Assert.Single(fetched.Assignments);
        Assert.Equal(StartDecision.Proceed, await functions.StartAssignmentAsync(work.AssignmentId, CancellationToken.None));
        var result = await functions.CrawlAndSubmitAsync(work, CancellationToken.None);

        Assert.Equal(new AssignmentWork("a1", "google", "https://google.example/a1", NeedsStart: true), work);
        Assert.Equal(AssignmentOutcome.Submitted, result.Outcome);
        Assert.Equal(["a1"], api.Submits.Select(s => s.Id));
    }

}
