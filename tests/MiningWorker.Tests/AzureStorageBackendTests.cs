using Microsoft.Extensions.DependencyInjection;
using Mining.Core.Signals;
using Mining.Testing;
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
        var domain = new FakeDomain
        {
            FanOut = 8,
            Configure = services => services.AddSingleton<ISignalPublisher, StorageQueueSignalPublisher>(),
        };
        await using var worker = RunningWorker.Start(domain, DurableBackendKind.AzureStorage, Settings("fanout"));
        await worker.WaitStartedAsync();

        await Eventually.TrueAsync(() => !domain.CompletedInstances.IsEmpty, "the fan-out orchestration completes", TimeSpan.FromSeconds(60));

        Assert.Equal(SignalReasons.Startup, Assert.Single(domain.HandledSignals).Reason);
        Assert.Equal(8, domain.Gauge.Max);
        var clients = worker.Get<SignalQueueClients>();
        Assert.Equal(0, (await clients.Queue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
        Assert.Equal(0, await worker.StopAsync());
    }

    [Fact]
    public async Task A_message_that_is_not_a_signal_goes_to_the_poison_queue()
    {
        var domain = new FakeDomain
        {
            FanOut = 1,
            Configure = services => services.AddSingleton<ISignalPublisher, StorageQueueSignalPublisher>(),
        };
        await using var worker = RunningWorker.Start(domain, DurableBackendKind.AzureStorage, Settings("poison"));
        await worker.WaitStartedAsync();
        var clients = worker.Get<SignalQueueClients>();

        await clients.Queue.SendMessageAsync("{not json");

        await Eventually.TrueAsync(
            () => clients.Poison.Exists().Value && clients.Poison.PeekMessages().Value.Length == 1,
            "the bad message reaches the poison queue");
        Assert.Equal("{not json", clients.Poison.PeekMessages().Value[0].Body.ToString());
    }

    /// <summary>A task hub and queue of the test's own on the shared Azurite.</summary>
    private Dictionary<string, string?> Settings(string name) => new()
    {
        ["Mining:Storage"] = azurite.ConnectionString,
        ["Mining:Durable:TaskHubName"] = "hosttest" + name,
        ["Mining:Sse:SignalQueueName"] = "signals-" + name,
    };
}
