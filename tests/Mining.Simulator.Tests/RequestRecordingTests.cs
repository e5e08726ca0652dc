using System.Net.Http.Json;
using System.Text.Json;
using Mining.Simulator.Model;

namespace Mining.Simulator.Tests;

public sealed class RequestRecordingTests
{
    [Fact]
    public async Task Every_request_is_recorded_without_any_token_value()
    {
        await using var sim = await SimulatorHarness.StartAsync(o => o.RotateRefreshToken = true);
        using var refresh = await sim.Http.PostAsJsonAsync("/auth/refresh", new { refresh_token = sim.Server.RefreshToken });
        var body = await SimulatorHarness.JsonOf(refresh);
        var accessToken = body.GetProperty("access_token").GetString()!;
        var rotated = body.GetProperty("refresh_token").GetString()!;
        sim.UseToken(accessToken);
        var deviceId = await sim.RegisterDeviceAsync();
        await sim.HeartbeatAsync(deviceId);
        (await sim.Http.GetAsync($"/mining/assignments?statuses=not_started&access_token={accessToken}&refresh_token={rotated}")).Dispose();
        (await sim.Http.GetAsync("/auth/me?platforms=all")).Dispose();

        var requests = sim.Server.State.Requests;

        Assert.Equal(
            [SimulatorRoute.AuthRefresh, SimulatorRoute.RegisterDevice, SimulatorRoute.Heartbeat, SimulatorRoute.ListAssignments, SimulatorRoute.AuthMe],
            requests.Select(r => r.Route));
        Assert.Equal([1L, 2, 3, 4, 5], requests.Select(r => r.Sequence));
        Assert.Equal([false, true, true, true, true], requests.Select(r => r.HadBearerToken));
        Assert.All(requests, r => Assert.Equal(200, r.StatusCode));
        Assert.Equal("?statuses=not_started&access_token=[redacted]&refresh_token=[redacted]", requests[3].Query);
        var everything = JsonSerializer.Serialize(requests) + string.Join('\n', requests.Select(r => r.ToString()))
            + JsonSerializer.Serialize(sim.Server.State.Violations) + sim.Server.Summary();
        foreach (var secret in new[] { sim.Server.RefreshToken, accessToken, rotated })
        {
            Assert.DoesNotContain(secret, everything, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Violations_point_at_the_request_that_made_them()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.OnlineWorkerAsync();

        (await sim.Http.GetAsync("/mining/assignments?statuses=not_started,in_progress")).Dispose();

        var violation = Assert.Single(sim.Server.State.Violations);
        var request = sim.Server.State.Requests.Single(r => r.Sequence == violation.RequestSequence);
        Assert.Equal((SimulatorRoute.ListAssignments, 400, "GET", "/mining/assignments"), (request.Route, request.StatusCode, violation.Method, violation.Path));
        Assert.Equal("?statuses=not_started,in_progress", request.Query);
    }

    [Fact]
    public async Task The_request_observer_sees_each_request()
    {
        var seen = new List<RecordedRequest>();
        await using var sim = await SimulatorHarness.StartAsync(o => o.OnRequest = r => { lock (seen) { seen.Add(r); } });

        (await sim.Http.GetAsync("/pages/good/1")).Dispose();

        lock (seen)
        {
            Assert.Equal("/pages/good/1", Assert.Single(seen).Path);
        }
    }

    [Theory]
    [InlineData("GET", "/auth/refresh")]
    [InlineData("POST", "/mining/assignment/asg-1/start")]
    [InlineData("DELETE", "/mining/assignments/asg-1")]
    public async Task A_call_outside_the_contract_is_a_404_and_a_violation(string method, string path)
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.AuthorizeAsync();

        using var response = await sim.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(ViolationKind.UnknownEndpoint, Assert.Single(sim.Server.State.Violations).Kind);
    }

    [Fact]
    public async Task An_event_stream_request_keeps_its_last_event_id()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.AuthorizeAsync();
        var deviceId = await sim.RegisterDeviceAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/workers/events?device_id={deviceId}");
        request.Headers.Add("Accept", "text/event-stream");
        request.Headers.Add("Last-Event-ID", "7");

        using var response = await sim.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        await sim.Server.WaitForAsync(s => s.Counters.StreamConnections == 1, TimeSpan.FromSeconds(10));
        sim.Server.Faults.DropEventStreams();
        await sim.Server.WaitForAsync(s => s.Requests.Any(r => r.Route == SimulatorRoute.WorkerEvents), TimeSpan.FromSeconds(10));

        Assert.Equal("7", sim.Server.State.Requests.Single(r => r.Route == SimulatorRoute.WorkerEvents).LastEventId);
    }
}
