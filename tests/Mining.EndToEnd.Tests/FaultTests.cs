using Mining.EndToEnd.Tests.Support;
using Mining.Simulator;
using MiningWorker.Cli;
using MiningWorker.Durable;

namespace Mining.EndToEnd.Tests;

public sealed class FaultTests
{
    private static readonly SearchQuerySpec Batch = new() { Good = 4, Slow = 2, SlowDelay = TimeSpan.FromSeconds(1) };

    [Fact]
    public async Task A_stream_dropped_mid_run_loses_no_assignment()
    {
        await using var simulator = await SimulatorServer.StartAsync();
        await using var worker = await InProcessWorker.StartOnlineAsync(simulator, DurableBackendKind.InMemory);
        var first = simulator.CreateSearchQuery(Batch);
        await simulator.WaitForAsync(s => s.AssignmentsOf(first.Id).Any(a => a.IsFinal), Outcomes.QueryTimeout);

        Assert.Equal(1, simulator.Faults.DropEventStreams(midEvent: true));
        // Created while the stream is down: its event reaches no one, so only the reconnect's catch-up can find it.
        var second = simulator.CreateSearchQuery(Batch);

        await simulator.WaitForQueryFinalAsync(first.Id, Outcomes.QueryTimeout);
        await simulator.WaitForQueryFinalAsync(second.Id, Outcomes.QueryTimeout);
        Outcomes.AssertCorrect(simulator, first);
        Outcomes.AssertCorrect(simulator, second);
        Assert.True(simulator.State.Counters.StreamConnections >= 2);
    }

    [Fact]
    public async Task An_expired_token_mid_run_costs_one_refresh()
    {
        await using var simulator = await SimulatorServer.StartAsync();
        await using var worker = await InProcessWorker.StartOnlineAsync(simulator, DurableBackendKind.InMemory);
        var first = simulator.CreateSearchQuery(Batch);
        await simulator.WaitForQueryFinalAsync(first.Id, Outcomes.QueryTimeout);
        var refreshesBefore = simulator.State.Counters.RefreshCalls;

        simulator.Faults.ExpireAccessTokens();
        var second = simulator.CreateSearchQuery(Batch);
        await simulator.WaitForQueryFinalAsync(second.Id, Outcomes.QueryTimeout);

        Outcomes.AssertCorrect(simulator, second);
        Assert.Equal(refreshesBefore + 1, simulator.State.Counters.RefreshCalls);
    }

    [Fact]
    public async Task A_failed_refresh_stops_the_worker_with_exit_code_1_and_a_clear_message_without_looping()
    {
        await using var simulator = await SimulatorServer.StartAsync();
        await using var worker = await InProcessWorker.StartOnlineAsync(simulator, DurableBackendKind.InMemory);
        var refreshesBefore = simulator.State.Counters.RefreshCalls;

        simulator.Faults.FailRefresh(401);
        simulator.Faults.ExpireAccessTokens();
        simulator.CreateSearchQuery(Batch);

        Assert.Equal(ExitCodes.RuntimeFailure, await worker.Exit.WaitAsync(TimeSpan.FromSeconds(60)));
        var message = Assert.Single(worker.Error.ToString().Trim().Split('\n'));
        Assert.Contains("authentication failed", message, StringComparison.Ordinal);
        Assert.Contains("Mining:RefreshToken", message, StringComparison.Ordinal);
        Assert.DoesNotContain(simulator.RefreshToken, message, StringComparison.Ordinal);
        Assert.Equal(refreshesBefore + 1, simulator.State.Counters.RefreshCalls);
    }
}
