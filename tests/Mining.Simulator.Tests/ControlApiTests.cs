using System.Net;
using System.Net.Http.Json;
using Mining.Simulator.Model;
using Mining.Simulator.Pages;

namespace Mining.Simulator.Tests;

public sealed class ControlApiTests
{
    [Fact]
    public async Task A_query_with_a_mix_creates_tasks_on_each_kind_of_page()
    {
        await using var sim = await SimulatorHarness.StartAsync();

        using var response = await sim.Http.PostAsJsonAsync("/_sim/queries", new { tasks = 6, mix = new { good = 3, missing = 1, slow = 1, down = 1 }, slow_ms = 1500 });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var queryId = (await SimulatorHarness.JsonOf(response)).GetProperty("search_query_id").GetString()!;
        var assignments = sim.Server.State.AssignmentsOf(queryId);
        Assert.Equal(6, assignments.Count);
        Assert.Equal(3, assignments.Count(a => a.Page.Kind == PageKind.Good));
        Assert.EndsWith("?ms=1500", assignments.Single(a => a.Page.Kind == PageKind.Slow).SourceUrl, StringComparison.Ordinal);
        Assert.All(assignments, a => Assert.Equal(AssignmentState.Pending, a.State));
    }

    [Theory]
    [InlineData("{\"tasks\":3,\"mix\":{\"good\":1}}")]
    [InlineData("{\"mix\":{\"great\":1}}")]
    [InlineData("{\"tasks\":0}")]
    [InlineData("{\"tasks\":2,\"platform\":\"myspace\"}")]
    public async Task A_bad_query_request_is_a_400(string body)
    {
        await using var sim = await SimulatorHarness.StartAsync();

        using var response = await sim.Http.PostAsync("/_sim/queries", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(sim.Server.State.Queries);
    }

    [Fact]
    public async Task Faults_can_be_injected_over_http()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.OnlineWorkerAsync();

        using var applied = await sim.Http.PostAsJsonAsync("/_sim/faults", new { kind = "server_error", route = "list_assignments", calls = 1, status = 500 });
        using var unknown = await sim.Http.PostAsJsonAsync("/_sim/faults", new { kind = "rate_limit", route = "nowhere" });
        using var failed = await sim.Http.GetAsync("/mining/assignments?statuses=not_started");
        using var expire = await sim.Http.PostAsJsonAsync("/_sim/faults", new { kind = "expire_tokens" });
        using var expired = await sim.Http.GetAsync("/mining/assignments?statuses=not_started");

        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, expire.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
    }

    [Fact]
    public async Task The_state_endpoint_reports_assignments_counters_and_violations()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.OnlineWorkerAsync();
        sim.Server.CreateSearchQuery(new SearchQuerySpec { Good = 1, Blocked = 1 });
        (await sim.Http.GetAsync("/mining/assignments?statuses=a,b")).Dispose();

        using var response = await sim.Http.GetAsync("/_sim/state");
        var state = await SimulatorHarness.JsonOf(response);

        Assert.Equal(2, state.GetProperty("assignments").GetArrayLength());
        Assert.Equal("site_blocked", state.GetProperty("assignments")[1].GetProperty("expected_abandon_reason").GetString());
        Assert.Equal("assigned", state.GetProperty("assignments")[0].GetProperty("state").GetString());
        Assert.Equal(1, state.GetProperty("counters").GetProperty("heartbeats").GetInt32());
        Assert.Equal("array_parameter_format", state.GetProperty("violations")[0].GetProperty("kind").GetString());
    }
}
