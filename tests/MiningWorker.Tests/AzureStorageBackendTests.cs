using Azure.Storage.Queues;
using Mining.Core.Signals;
using Mining.Testing;
using Mining.Workflows.Signals;
using MiningWorker.Durable;
using MiningWorker.Signals;
using MiningWorker.Tests.Support;

namespace MiningWorker.Tests;

[Collection(AzuriteGroup.Name)]
public sealed class AzureStorageBackendTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Signals_travel_through_the_storage_queue_and_a_batch_of_8_runs_side_by_side()
    {
        // Long enough that all 8 overlap even when the test machine is busy.
        var domain = new FakeDomain { FanOut = 8, ActivityDelay = TimeSpan.FromSeconds(2) };
        await using var worker = RunningWorker.Start(domain, DurableBackendKind.AzureStorage, Settings("fanout"));
        await worker.WaitStartedAsync();
        await worker.PublishAsync(SignalReasons.SseAssignment);

        await Eventually.TrueAsync(() => !domain.CompletedInstances.IsEmpty, "the fan-out orchestration completes", TimeSpan.FromSeconds(60));

        Assert.Equal(SignalReasons.SseAssignment, Assert.Single(domain.HandledSignals).Reason);
        Assert.Equal(8, domain.Gauge.Max);
        var queue = await worker.Get<SignalQueueClient>().GetAsync(CancellationToken.None);
        await Eventually.TrueAsync(() => queue.PeekMessages().Value.Length == 0, "the dispatched message is deleted");
        Assert.Equal(0, await worker.StopAsync());
    }

    [Fact]
    public async Task An_unreadable_message_still_counts_as_a_signal()
    {
        var domain = new FakeDomain { FanOut = 1 };
        await using var worker = RunningWorker.Start(domain, DurableBackendKind.AzureStorage, Settings("unreadable"));
        await worker.WaitStartedAsync();
        var queue = await worker.Get<SignalQueueClient>().GetAsync(CancellationToken.None);

        await queue.SendMessageAsync("{not json");

        await Eventually.TrueAsync(() => domain.HandledSignals.Any(s => s.Reason == SignalMessage.UnreadableReason), "the message is dispatched");
    }

    [Fact]
    public async Task A_signal_that_keeps_failing_moves_to_the_poison_queue()
    {
        var domain = new FakeDomain { FanOut = 1, FailDispatch = true };
        await using var worker = RunningWorker.Start(domain, DurableBackendKind.AzureStorage, Settings("poison"));
        await worker.WaitStartedAsync();
        await worker.PublishAsync(SignalReasons.Heartbeat);
        var poison = new QueueClient(azurite.ConnectionString, "signals-poison-poison", new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });

        await Eventually.TrueAsync(() => poison.Exists().Value && poison.PeekMessages().Value.Length == 1, "the signal reaches the poison queue");

        Assert.Equal(StorageQueueSignalSource.MaxDequeueCount, domain.DispatchAttempts);
        Assert.Equal(SignalReasons.Heartbeat, AssignmentSignalSerializer.Deserialize(poison.PeekMessages().Value[0].Body.ToString()).Reason);
    }

    /// <summary>A task hub and queue of the test's own on the shared Azurite.</summary>
    private Dictionary<string, string?> Settings(string name) => new()
    {
        ["Mining:Storage"] = azurite.ConnectionString,
        ["Mining:Durable:TaskHubName"] = "hosttest" + name,
        ["Mining:Sse:SignalQueueName"] = "signals-" + name,
    };
}
