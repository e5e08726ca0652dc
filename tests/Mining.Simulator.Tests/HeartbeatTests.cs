using System.Net;
using Mining.Simulator.Model;

namespace Mining.Simulator.Tests;

public sealed class HeartbeatTests
{
    [Fact]
    public async Task A_heartbeat_updates_last_seen_and_reports_what_it_assigned()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.AuthorizeAsync();
        var deviceId = await sim.RegisterDeviceAsync();
        sim.Server.CreateSearchQuery(SearchQuerySpec.GoodPages(3));

        var assigned = await sim.HeartbeatAsync(deviceId);

        Assert.Equal(3, assigned);
        var device = Assert.Single(sim.Server.State.Devices);
        Assert.Equal(sim.Time.GetUtcNow(), device.LastSeenAt);
        Assert.Equal("mining-functions/0.1.0", device.Client);
        Assert.All(sim.Server.State.Assignments, a => Assert.Equal(deviceId, a.DeviceId));
        Assert.Empty(sim.Server.State.Violations);
    }

    [Fact]
    public async Task Auto_assign_takes_at_most_eight_and_waits_out_the_cooldown()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.AuthorizeAsync();
        var deviceId = await sim.RegisterDeviceAsync();
        sim.Server.CreateSearchQuery(SearchQuerySpec.GoodPages(20));

        var first = await sim.HeartbeatAsync(deviceId);
        var immediately = await sim.HeartbeatAsync(deviceId);
        sim.Time.Advance(TimeSpan.FromSeconds(7.9));
        var beforeCooldown = await sim.HeartbeatAsync(deviceId);
        sim.Time.Advance(TimeSpan.FromSeconds(0.1));
        var afterCooldown = await sim.HeartbeatAsync(deviceId);
        sim.Time.Advance(TimeSpan.FromSeconds(8));
        var rest = await sim.HeartbeatAsync(deviceId);

        Assert.Equal([8, 0, 0, 8, 4], new[] { first, immediately, beforeCooldown, afterCooldown, rest });
        Assert.Equal(20, sim.Server.State.Counters.AutoAssigned);
        Assert.All(sim.Server.State.Assignments, a => Assert.Equal(AssignmentState.Assigned, a.State));
    }

    [Fact]
    public async Task Auto_assign_respects_platform_preferences()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.AuthorizeAsync();
        var deviceId = await sim.RegisterDeviceAsync();
        using (var put = await sim.Http.PutAsync("/workers/preferences", Json("{\"platforms\":[\"google\"]}")))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        sim.Server.CreateSearchQuery(new SearchQuerySpec { Good = 2, Platform = "twitter" });
        sim.Server.CreateSearchQuery(SearchQuerySpec.GoodPages(2));

        var assigned = await sim.HeartbeatAsync(deviceId);

        Assert.Equal(2, assigned);
        Assert.All(sim.Server.State.Assignments.Where(a => a.DeviceId is not null), a => Assert.Equal("google", a.Platform));
        Assert.Equal(2, sim.Server.State.Assignments.Count(a => a.State == AssignmentState.Pending));
    }

    [Fact]
    public async Task An_undecodable_heartbeat_is_a_400_and_a_violation()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.AuthorizeAsync();

        using var response = await sim.PostDataAsync("/workers/heartbeat", Convert.ToBase64String("{\"user_id\":1}"u8.ToArray()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ViolationKind.UndecodablePayload, Assert.Single(sim.Server.State.Violations).Kind);
    }

    [Fact]
    public async Task A_heartbeat_body_that_is_not_json_is_a_400_and_a_violation()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.AuthorizeAsync();

        using var response = await sim.Http.PostAsync("/workers/heartbeat", Json("data=abc"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ViolationKind.MalformedBody, Assert.Single(sim.Server.State.Violations).Kind);
    }

    [Fact]
    public async Task A_heartbeat_for_an_unregistered_device_is_an_identity_mismatch()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.AuthorizeAsync();

        using var response = await sim.PostEncodedAsync("/workers/heartbeat", SimulatorHarness.HeartbeatPayload(sim.Server.UserId, "dev-unknown"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ViolationKind.IdentityMismatch, Assert.Single(sim.Server.State.Violations).Kind);
    }

    [Fact]
    public async Task A_heartbeat_with_seconds_instead_of_milliseconds_is_refused()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.AuthorizeAsync();
        var deviceId = await sim.RegisterDeviceAsync();

        using var response = await sim.PostEncodedAsync("/workers/heartbeat", new
        {
            user_id = sim.Server.UserId,
            device_id = deviceId,
            agent_info = new { client = "mining-functions/0.1.0", ts = 1_764_800_000 },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("agent_info.ts", Assert.Single(sim.Server.State.Violations).Description, StringComparison.Ordinal);
    }

    private static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
