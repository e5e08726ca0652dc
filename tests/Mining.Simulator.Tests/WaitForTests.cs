using Mining.Simulator.Model;

namespace Mining.Simulator.Tests;

public sealed class WaitForTests
{
    [Fact]
    public async Task Waiting_ends_when_a_later_change_makes_the_condition_true()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.OnlineWorkerAsync();
        var id = sim.Server.CreateSearchQuery(new SearchQuerySpec { Missing = 1 }).AssignmentIds[0];

        var waiting = sim.Server.WaitForQueryFinalAsync(sim.Server.State.Queries[0].Id, TimeSpan.FromSeconds(10));
        Assert.False(waiting.IsCompleted);
        (await sim.PostJsonAsync($"/mining/assignments/{id}/abandon", new { reason = "link_invalid" })).Dispose();
        await waiting;

        Assert.Equal(AssignmentState.Abandoned, sim.Server.State.Assignment(id)!.State);
    }

    [Fact]
    public async Task Waiting_past_the_timeout_throws_with_a_summary()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        sim.Server.CreateSearchQuery(SearchQuerySpec.GoodPages(2));

        var error = await Assert.ThrowsAsync<TimeoutException>(() => sim.Server.WaitForAsync(s => s.Counters.AcceptedSubmits > 0, TimeSpan.FromMilliseconds(100)));

        Assert.Contains("Pending=2", error.Message, StringComparison.Ordinal);
    }
}
