using Mining.EndToEnd.Tests.Support;
using Mining.Simulator;
using Mining.Testing;
using MiningWorker.Durable;

namespace Mining.EndToEnd.Tests;

[Collection(AzuriteGroup.Name)]
public sealed class WorkerAgainstSimulatorTests(AzuriteFixture azurite)
{
    private static readonly SearchQuerySpec MixedQuery = new() { Good = 5, Slow = 2, Missing = 2, Blocked = 1, Empty = 1, SlowDelay = TimeSpan.FromSeconds(1) };

    [Fact]
    public async Task In_memory_backend_submits_every_good_page_and_abandons_every_bad_one_with_its_reason()
    {
        await using var simulator = await SimulatorServer.StartAsync();
        await using var worker = await InProcessWorker.StartOnlineAsync(simulator, DurableBackendKind.InMemory);

        var query = simulator.CreateSearchQuery(MixedQuery);
        await simulator.WaitForQueryFinalAsync(query.Id, Outcomes.QueryTimeout);

        Outcomes.AssertCorrect(simulator, query);
    }

    [Fact]
    public async Task Azure_storage_backend_submits_every_good_page_and_abandons_every_bad_one_with_its_reason()
    {
        await using var simulator = await SimulatorServer.StartAsync();
        await using var worker = await InProcessWorker.StartOnlineAsync(simulator, DurableBackendKind.AzureStorage, new Dictionary<string, string?>
        {
            ["Mining:Storage"] = azurite.ConnectionString,
            ["Mining:Durable:TaskHubName"] = "e2emixed",
            ["Mining:Sse:SignalQueueName"] = "e2e-mixed-signals",
        });

        var query = simulator.CreateSearchQuery(MixedQuery);
        await simulator.WaitForQueryFinalAsync(query.Id, Outcomes.QueryTimeout);

        Outcomes.AssertCorrect(simulator, query);
    }
}
