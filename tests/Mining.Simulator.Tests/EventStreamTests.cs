using System.Net;
using Mining.Simulator.Model;

namespace Mining.Simulator.Tests;

public sealed class EventStreamTests
{
    [Fact]
    public async Task The_stream_has_the_contracts_headers_and_signals_a_heartbeat_assignment()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.AuthorizeAsync();
        var deviceId = await sim.RegisterDeviceAsync();
        await using var stream = await EventStreamClient.OpenAsync(sim.Http, deviceId);
        await sim.Server.WaitForAsync(s => s.Counters.StreamConnections == 1, TimeSpan.FromSeconds(10));
        var query = sim.Server.CreateSearchQuery(SearchQuerySpec.GoodPages(3));

        var text = await stream.ReadUntilAsync("\n\n");

        Assert.Equal("text/event-stream", stream.Response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-cache", stream.Response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Equal($"id: 1\nevent: assignment\ndata: {{\"count\":3,\"search_query_id\":\"{query.Id}\"}}\n\n", text);
        var emitted = Assert.Single(sim.Server.State.Events);
        Assert.Equal((deviceId, 3, AssignmentEventCause.SearchQueryCreated, 1), (emitted.DeviceId, emitted.Count, emitted.Cause, emitted.DeliveredTo));
    }

    [Fact]
    public async Task A_heartbeat_that_assigns_emits_an_event_with_the_next_id()
    {
        await using var sim = await SimulatorHarness.StartAsync(o => o.AssignOnQueryCreation = false);
        await sim.AuthorizeAsync();
        var deviceId = await sim.RegisterDeviceAsync();
        await using var stream = await EventStreamClient.OpenAsync(sim.Http, deviceId);
        await sim.Server.WaitForAsync(s => s.Counters.StreamConnections == 1, TimeSpan.FromSeconds(10));
        var first = sim.Server.CreateSearchQuery(SearchQuerySpec.GoodPages(2));
        await sim.HeartbeatAsync(deviceId);
        var second = sim.Server.CreateSearchQuery(SearchQuerySpec.GoodPages(1));
        sim.Time.Advance(TimeSpan.FromSeconds(8));
        await sim.HeartbeatAsync(deviceId);

        var text = await stream.ReadUntilAsync("id: 2\n");
        await stream.ReadUntilAsync($"\"{second.Id}\"}}\n\n");

        Assert.StartsWith($"id: 1\nevent: assignment\ndata: {{\"count\":2,\"search_query_id\":\"{first.Id}\"}}\n\n", text, StringComparison.Ordinal);
        Assert.All(sim.Server.State.Events, e => Assert.Equal(AssignmentEventCause.Heartbeat, e.Cause));
    }

    [Fact]
    public async Task Keep_alive_comments_arrive_at_the_configured_interval()
    {
        await using var sim = await SimulatorHarness.StartAsync(o => o.KeepAliveInterval = TimeSpan.FromSeconds(20));
        await sim.AuthorizeAsync();
        var deviceId = await sim.RegisterDeviceAsync();
        await using var stream = await EventStreamClient.OpenAsync(sim.Http, deviceId);
        await sim.Server.WaitForAsync(s => s.Counters.StreamConnections == 1, TimeSpan.FromSeconds(10));

        sim.Time.Advance(TimeSpan.FromSeconds(20));
        await stream.ReadUntilAsync(":keep-alive\n\n");
        sim.Time.Advance(TimeSpan.FromSeconds(20));
        var text = await stream.ReadUntilAsync(":keep-alive\n\n:keep-alive\n\n");

        Assert.Equal(":keep-alive\n\n:keep-alive\n\n", text);
    }

    [Fact]
    public async Task The_stream_needs_a_valid_token()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.AuthorizeAsync();
        var deviceId = await sim.RegisterDeviceAsync();
        sim.Server.Faults.ExpireAccessTokens();

        await using var stream = await EventStreamClient.OpenAsync(sim.Http, deviceId);

        Assert.Equal(HttpStatusCode.Unauthorized, stream.Response.StatusCode);
    }

    [Fact]
    public async Task A_stream_for_an_unknown_device_is_refused()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.AuthorizeAsync();

        await using var stream = await EventStreamClient.OpenAsync(sim.Http, "dev-unknown");

        Assert.Equal(HttpStatusCode.NotFound, stream.Response.StatusCode);
        Assert.Equal(ViolationKind.IdentityMismatch, Assert.Single(sim.Server.State.Violations).Kind);
    }

    [Fact]
    public async Task Dropping_the_stream_cuts_the_connection()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.AuthorizeAsync();
        var deviceId = await sim.RegisterDeviceAsync();
        await using var stream = await EventStreamClient.OpenAsync(sim.Http, deviceId);
        await sim.Server.WaitForAsync(s => s.Counters.StreamConnections == 1, TimeSpan.FromSeconds(10));

        Assert.Equal(1, sim.Server.Faults.DropEventStreams());

        Assert.True(await stream.ReadToEndAsync());
        Assert.Equal(string.Empty, stream.Received);
        await sim.Server.WaitForAsync(s => s.Requests.Any(r => r.Route == SimulatorRoute.WorkerEvents), TimeSpan.FromSeconds(10));
        Assert.Equal("stream dropped", sim.Server.State.Requests.Single(r => r.Route == SimulatorRoute.WorkerEvents).InjectedFault);
    }

    [Fact]
    public async Task Dropping_mid_event_leaves_an_unterminated_event_on_the_wire()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.AuthorizeAsync();
        var deviceId = await sim.RegisterDeviceAsync();
        await using var stream = await EventStreamClient.OpenAsync(sim.Http, deviceId);
        await sim.Server.WaitForAsync(s => s.Counters.StreamConnections == 1, TimeSpan.FromSeconds(10));

        sim.Server.Faults.DropEventStreams(midEvent: true);

        Assert.True(await stream.ReadToEndAsync());
        Assert.StartsWith("id: 0\nevent: assignment\ndata: {", stream.Received, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n", stream.Received, StringComparison.Ordinal);
        Assert.Equal(1, sim.Server.State.Counters.InjectedFaults);
    }
}
