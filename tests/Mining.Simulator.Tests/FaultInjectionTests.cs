using System.Net;
using Mining.Simulator.Model;

namespace Mining.Simulator.Tests;

public sealed class FaultInjectionTests
{
    [Fact]
    public async Task Rate_limit_answers_the_next_calls_with_429_and_retry_after_then_recovers()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.OnlineWorkerAsync();
        sim.Server.Faults.RateLimit(SimulatorRoute.ListAssignments, calls: 2, retryAfter: TimeSpan.FromSeconds(3));

        using var first = await sim.Http.GetAsync("/mining/assignments?statuses=not_started");
        using var second = await sim.Http.GetAsync("/mining/assignments?statuses=not_started");
        using var other = await sim.Http.GetAsync("/workers/preferences");
        using var third = await sim.Http.GetAsync("/mining/assignments?statuses=not_started");

        Assert.Equal(HttpStatusCode.TooManyRequests, first.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), first.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        var faulted = sim.Server.State.Requests.Where(r => r.InjectedFault is not null).ToList();
        Assert.Equal(["429 Retry-After=3", "429 Retry-After=3"], faulted.Select(r => r.InjectedFault));
        Assert.All(faulted, r => Assert.Equal(429, r.StatusCode));
    }

    [Fact]
    public async Task Server_errors_answer_the_next_calls_then_recover()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.OnlineWorkerAsync();
        var id = sim.Server.CreateSearchQuery(SearchQuerySpec.GoodPages(1)).AssignmentIds[0];
        sim.Server.Faults.FailWithServerError(SimulatorRoute.StartAssignment, calls: 1, statusCode: 502);

        using var failed = await sim.PostJsonAsync($"/mining/assignments/{id}/start", new { });
        Assert.Equal(AssignmentState.Assigned, sim.Server.State.Assignment(id)!.State);
        using var ok = await sim.PostJsonAsync($"/mining/assignments/{id}/start", new { });

        Assert.Equal(HttpStatusCode.BadGateway, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(1, sim.Server.State.Counters.InjectedFaults);
    }

    [Fact]
    public async Task Delayed_pages_wait_on_the_simulated_clock()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        sim.Server.Faults.DelayPages(TimeSpan.FromSeconds(30));

        var pending = sim.Http.GetAsync("/pages/good/1");
        await Task.Delay(200);
        Assert.False(pending.IsCompleted);
        sim.Time.Advance(TimeSpan.FromSeconds(30));
        using var response = await pending;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Clearing_removes_pending_faults()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.OnlineWorkerAsync();
        sim.Server.Faults.FailWithServerError(SimulatorRoute.GetPreferences, calls: 5);
        sim.Server.Faults.FailRefresh();

        sim.Server.Faults.ClearAll();

        using var preferences = await sim.Http.GetAsync("/workers/preferences");
        Assert.Equal(HttpStatusCode.OK, preferences.StatusCode);
        await sim.AuthorizeAsync();
    }

    [Fact]
    public async Task Fault_arguments_outside_their_range_are_refused()
    {
        await using var server = await SimulatorServer.StartAsync();

        Assert.Throws<ArgumentOutOfRangeException>(() => server.Faults.FailWithServerError(SimulatorRoute.Heartbeat, 1, 404));
        Assert.Throws<ArgumentOutOfRangeException>(() => server.Faults.RateLimit(SimulatorRoute.Heartbeat, 0, TimeSpan.FromSeconds(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => server.Faults.FailRefresh(200));
    }
}
