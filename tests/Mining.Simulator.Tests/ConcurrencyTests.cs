using Mining.Simulator.Model;

namespace Mining.Simulator.Tests;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Concurrent_submits_of_one_assignment_are_accepted_exactly_once()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.OnlineWorkerAsync();
        var id = sim.Server.CreateSearchQuery(SearchQuerySpec.GoodPages(1)).AssignmentIds[0];
        var url = sim.Server.State.Assignment(id)!.SourceUrl;
        (await sim.PostJsonAsync($"/mining/assignments/{id}/start", new { })).Dispose();
        var submission = new { content = "text", metadata = new { platform = "google", url, timestamp = "2026-12-04T12:00:00Z" } };

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => sim.PostJsonAsync($"/mining/assignments/{id}/submit", submission)));

        Assert.Equal(1, responses.Count(r => (int)r.StatusCode == 200));
        Assert.Equal(11, responses.Count(r => (int)r.StatusCode == 409));
        var assignment = sim.Server.State.Assignment(id)!;
        Assert.Equal((1, 11), (assignment.AcceptedSubmits, assignment.DuplicateSubmits));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Concurrent_heartbeats_of_several_workers_never_hand_out_a_task_twice()
    {
        await using var sim = await SimulatorHarness.StartAsync(o => o.AssignOnQueryCreation = false);
        await sim.AuthorizeAsync();
        var devices = new List<string>();
        foreach (var machine in new[] { "m1", "m2", "m3" })
        {
            devices.Add(await sim.RegisterDeviceAsync(machine));
        }

        sim.Server.CreateSearchQuery(SearchQuerySpec.GoodPages(20));

        var assigned = await Task.WhenAll(devices.Select(sim.HeartbeatAsync));

        Assert.Equal([4, 8, 8], assigned.Order());
        var assignments = sim.Server.State.Assignments;
        Assert.All(assignments, a => Assert.Equal(AssignmentState.Assigned, a.State));
        Assert.Equal(assigned.Order(), devices.Select(d => assignments.Count(a => a.DeviceId == d)).Order());
    }
}
