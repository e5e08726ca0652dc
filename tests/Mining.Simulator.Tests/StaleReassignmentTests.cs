using Mining.Simulator.Model;

namespace Mining.Simulator.Tests;

public sealed class StaleReassignmentTests
{
    [Fact]
    public async Task An_assignment_in_progress_past_the_timeout_goes_back_to_an_online_worker_with_a_signal()
    {
        await using var sim = await SimulatorHarness.StartAsync(o =>
        {
            o.StaleTimeout = TimeSpan.FromMinutes(2);
            o.StaleScanInterval = TimeSpan.FromSeconds(10);
        });
        var deviceId = await sim.OnlineWorkerAsync();
        var ids = sim.Server.CreateSearchQuery(SearchQuerySpec.GoodPages(2)).AssignmentIds;
        (await sim.PostJsonAsync($"/mining/assignments/{ids[0]}/start", new { })).Dispose();

        sim.Time.Advance(TimeSpan.FromSeconds(110));
        Assert.Equal(AssignmentState.InProgress, sim.Server.State.Assignment(ids[0])!.State);
        await sim.HeartbeatAsync(deviceId);
        sim.Time.Advance(TimeSpan.FromSeconds(10));

        var stale = sim.Server.State.Assignment(ids[0])!;
        Assert.Equal((AssignmentState.Assigned, deviceId, 1), (stale.State, stale.DeviceId, stale.StaleReassignments));
        Assert.Null(stale.StartedAt);
        Assert.Equal(AssignmentState.Assigned, sim.Server.State.Assignment(ids[1])!.State);
        var signal = sim.Server.State.Events[^1];
        Assert.Equal((AssignmentEventCause.StaleReassignment, 1, deviceId), (signal.Cause, signal.Count, signal.DeviceId));
        Assert.Equal(1, sim.Server.State.Counters.StaleReassignments);
    }

    [Fact]
    public async Task With_no_worker_online_a_stale_assignment_waits_as_pending_for_the_next_heartbeat()
    {
        await using var sim = await SimulatorHarness.StartAsync(o =>
        {
            o.StaleTimeout = TimeSpan.FromMinutes(2);
            o.StaleScanInterval = TimeSpan.FromHours(1);
            o.OnlineWindow = TimeSpan.FromMinutes(1);
        });
        var deviceId = await sim.OnlineWorkerAsync();
        var id = sim.Server.CreateSearchQuery(SearchQuerySpec.GoodPages(1)).AssignmentIds[0];
        (await sim.PostJsonAsync($"/mining/assignments/{id}/start", new { })).Dispose();

        sim.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, sim.Server.ReassignStaleAssignments());
        Assert.Equal((AssignmentState.Pending, null), (sim.Server.State.Assignment(id)!.State, sim.Server.State.Assignment(id)!.DeviceId));

        Assert.Equal(1, await sim.HeartbeatAsync(deviceId));
        Assert.Equal(AssignmentState.Assigned, sim.Server.State.Assignment(id)!.State);
    }

    [Fact]
    public async Task A_late_submit_after_reassignment_is_refused_and_the_task_is_still_submitted_once()
    {
        await using var sim = await SimulatorHarness.StartAsync(o => o.StaleTimeout = TimeSpan.FromMinutes(1));
        await sim.OnlineWorkerAsync();
        var id = sim.Server.CreateSearchQuery(SearchQuerySpec.GoodPages(1)).AssignmentIds[0];
        var url = sim.Server.State.Assignment(id)!.SourceUrl;
        var submission = new { content = "text", metadata = new { platform = "google", url, timestamp = "2026-12-04T12:00:00Z" } };
        (await sim.PostJsonAsync($"/mining/assignments/{id}/start", new { })).Dispose();
        sim.Time.Advance(TimeSpan.FromMinutes(1));
        sim.Server.ReassignStaleAssignments();

        using var late = await sim.PostJsonAsync($"/mining/assignments/{id}/submit", submission);
        (await sim.PostJsonAsync($"/mining/assignments/{id}/start", new { })).Dispose();
        using var retry = await sim.PostJsonAsync($"/mining/assignments/{id}/submit", submission);

        Assert.Equal(409, (int)late.StatusCode);
        Assert.Equal(200, (int)retry.StatusCode);
        Assert.Equal(1, sim.Server.State.Assignment(id)!.AcceptedSubmits);
    }

    [Fact]
    public async Task A_manual_reassignment_moves_the_assignment_and_signals_the_new_worker()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        var first = await sim.OnlineWorkerAsync();
        var second = await sim.RegisterDeviceAsync("machine-b");
        var id = sim.Server.CreateSearchQuery(SearchQuerySpec.GoodPages(1)).AssignmentIds[0];
        (await sim.PostJsonAsync($"/mining/assignments/{id}/start", new { })).Dispose();

        sim.Server.ReassignAssignment(id, second);

        var moved = sim.Server.State.Assignment(id)!;
        Assert.Equal((AssignmentState.Assigned, second), (moved.State, moved.DeviceId));
        Assert.NotEqual(first, second);
        var signal = sim.Server.State.Events[^1];
        Assert.Equal((AssignmentEventCause.Manual, second), (signal.Cause, signal.DeviceId));
        Assert.Throws<ArgumentException>(() => sim.Server.ReassignAssignment("asg-404", second));
    }
}
