using Microsoft.DurableTask.Client;
using Mining.Workflows.Signals;
using Mining.Workflows.Tests.Fakes;

namespace Mining.Workflows.Tests;

public sealed class SignalTests
{
    [Fact]
    public async Task A_storm_of_100_signals_costs_two_fetch_rounds()
    {
        await using var harness = await WorkflowHarness.StartAsync();
        harness.Api.Add(FakeMiningApi.Assignment("a1"));
        harness.Api.ListGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // The first signal starts the orchestration; its first round is held open while the other 99 arrive.
        Assert.Equal(SignalDispatch.Started, await harness.SignalAsync());
        await harness.Api.FirstListCall.Task.WaitAsync(TimeSpan.FromSeconds(20));
        var dispatches = await Task.WhenAll(Enumerable.Range(0, 99).Select(_ => harness.SignalAsync()));
        Assert.All(dispatches, d => Assert.Equal(SignalDispatch.Raised, d));
        harness.Api.ListGate.SetResult();

        var second = await harness.WaitForRoundAsync(r => r.SignalsCoalesced == 0 && harness.Api.VersionCalls >= 2);

        Assert.Equal(2, harness.Api.VersionCalls);
        Assert.Equal(2, harness.Api.ListCalls);
        Assert.Equal(["a1"], harness.Api.Submits.Select(s => s.Id));
        Assert.Equal(0, second.Fetched);
    }

    [Fact]
    public async Task Concurrent_first_signals_start_one_orchestration_and_raise_the_rest()
    {
        await using var harness = await WorkflowHarness.StartAsync();

        var dispatches = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => harness.SignalAsync()));

        Assert.Single(dispatches, d => d == SignalDispatch.Started);
        await harness.WaitForRoundAsync(_ => true);
        var instance = await harness.Client.GetInstanceAsync(harness.InstanceId);
        Assert.NotNull(instance);
        Assert.False(instance.IsCompleted);
    }

    [Fact]
    public async Task Signals_survive_ContinueAsNew()
    {
        await using var harness = await WorkflowHarness.StartAsync();
        await harness.SignalAsync();
        await harness.WaitForRoundAsync(_ => true);
        await WorkflowHarness.Until(() => harness.Api.VersionCalls == 1);

        // Two signals in a row on the idle orchestration: the first ends its wait and triggers ContinueAsNew; the
        // second must be carried into the next execution and cause one more round, not be dropped.
        await harness.Client.RaiseEventAsync(harness.InstanceId, WorkflowNames.SignalEvent, null);
        await harness.Client.RaiseEventAsync(harness.InstanceId, WorkflowNames.SignalEvent, null);

        await WorkflowHarness.Until(() => harness.Api.VersionCalls >= 3);
        Assert.Equal(3, harness.Api.VersionCalls);
    }

    [Fact]
    public async Task An_idle_round_skips_the_list_while_the_version_is_unchanged()
    {
        await using var harness = await WorkflowHarness.StartAsync();
        await harness.SignalAsync();
        await harness.WaitForRoundAsync(r => !r.Unchanged);

        await harness.SignalAsync();
        await harness.WaitForRoundAsync(r => r.Unchanged);
        Assert.Equal(1, harness.Api.ListCalls);

        harness.Api.Add(FakeMiningApi.Assignment("new"));
        await harness.SignalAsync();
        await harness.WaitForRoundAsync(r => r.Submitted == 1);
        Assert.Equal(2, harness.Api.ListCalls);
    }

    [Fact]
    public async Task A_finished_orchestration_is_started_again_by_the_next_signal()
    {
        await using var harness = await WorkflowHarness.StartAsync();
        await harness.SignalAsync();
        await harness.WaitForRoundAsync(_ => true);
        await harness.Client.TerminateInstanceAsync(harness.InstanceId);
        await harness.Client.WaitForInstanceCompletionAsync(harness.InstanceId);

        Assert.Equal(SignalDispatch.Started, await harness.SignalAsync());
        await WorkflowHarness.Until(() => harness.Api.VersionCalls >= 2);
    }
}
