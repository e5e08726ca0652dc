using System.Net;
using Mining.Simulator.Model;

namespace Mining.Simulator.Tests;

public sealed class AssignmentListTests
{
    [Fact]
    public async Task The_list_filters_by_repeated_statuses_and_carries_the_cache_version()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        var deviceId = await sim.OnlineWorkerAsync();
        var query = sim.Server.CreateSearchQuery(SearchQuerySpec.GoodPages(3));
        using (var start = await sim.PostJsonAsync($"/mining/assignments/{query.AssignmentIds[0]}/start", new { }))
        {
            Assert.Equal(HttpStatusCode.OK, start.StatusCode);
        }

        using var both = await sim.Http.GetAsync($"/mining/assignments?statuses=not_started&statuses=in_progress&limit=30&device_id={deviceId}");
        using var started = await sim.Http.GetAsync("/mining/assignments?statuses=in_progress");

        Assert.Equal(HttpStatusCode.OK, both.StatusCode);
        var body = await SimulatorHarness.JsonOf(both);
        Assert.Equal(3, body.GetProperty("total").GetInt32());
        var first = body.GetProperty("assignments")[0];
        Assert.Equal(query.AssignmentIds[0], first.GetProperty("id").GetString());
        Assert.Equal("in_progress", first.GetProperty("status").GetString());
        Assert.Equal("google", first.GetProperty("task").GetProperty("platform").GetString());
        Assert.StartsWith(sim.Server.BaseUrl + "pages/good/", first.GetProperty("task").GetProperty("source_url").GetString(), StringComparison.Ordinal);
        Assert.Equal(query.Id, first.GetProperty("task").GetProperty("search_query_id").GetString());
        Assert.Equal(sim.Server.State.CacheVersion, Assert.Single(both.Headers.GetValues("X-Assignment-Cache-Version")));
        Assert.Equal(1, (await SimulatorHarness.JsonOf(started)).GetProperty("total").GetInt32());
        Assert.Empty(sim.Server.State.Violations);
    }

    [Theory]
    [InlineData("statuses=not_started,in_progress", ViolationKind.ArrayParameterFormat)]
    [InlineData("statuses%5B%5D=not_started&statuses%5B%5D=in_progress", ViolationKind.ArrayParameterFormat)]
    [InlineData("statuses[0]=not_started", ViolationKind.ArrayParameterFormat)]
    [InlineData("platforms=google,twitter", ViolationKind.ArrayParameterFormat)]
    [InlineData("statuses=pending", ViolationKind.InvalidQueryParameter)]
    [InlineData("limit=0", ViolationKind.InvalidQueryParameter)]
    [InlineData("limit=1000", ViolationKind.InvalidQueryParameter)]
    [InlineData("offset=-1", ViolationKind.InvalidQueryParameter)]
    [InlineData("sort_by=priority", ViolationKind.InvalidQueryParameter)]
    [InlineData("sort_order=up", ViolationKind.InvalidQueryParameter)]
    [InlineData("created_after=yesterday", ViolationKind.InvalidQueryParameter)]
    public async Task A_query_outside_the_contract_is_a_400_and_a_violation(string query, ViolationKind kind)
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.OnlineWorkerAsync();

        using var list = await sim.Http.GetAsync("/mining/assignments?" + query);
        using var version = await sim.Http.GetAsync("/mining/assignments/version?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, list.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, version.StatusCode);
        Assert.Equal([kind, kind], sim.Server.State.Violations.Select(v => v.Kind));
    }

    [Fact]
    public async Task Limit_offset_sort_and_query_filters_apply()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.OnlineWorkerAsync();
        var first = sim.Server.CreateSearchQuery(SearchQuerySpec.GoodPages(3));
        sim.Time.Advance(TimeSpan.FromMinutes(1));
        var cutoff = sim.Time.GetUtcNow();
        sim.Time.Advance(TimeSpan.FromMinutes(1));
        var second = sim.Server.CreateSearchQuery(SearchQuerySpec.GoodPages(2));

        var page = await IdsAsync(sim, "statuses=not_started&limit=2&offset=1&sort_by=created_at&sort_order=desc");
        var ofFirst = await IdsAsync(sim, $"statuses=not_started&search_query_id={first.Id}");
        var recent = await IdsAsync(sim, "statuses=not_started&created_after=" + Uri.EscapeDataString(cutoff.ToString("O")));

        Assert.Equal([second.AssignmentIds[0], first.AssignmentIds[2]], page);
        Assert.Equal(first.AssignmentIds, ofFirst);
        Assert.Equal(second.AssignmentIds, recent);
    }

    [Fact]
    public async Task The_version_changes_with_the_assignments_and_the_signature_with_the_parameters()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.OnlineWorkerAsync();

        var before = await VersionAsync(sim, "statuses=not_started&statuses=in_progress");
        var reordered = await VersionAsync(sim, "statuses=in_progress&statuses=not_started");
        var other = await VersionAsync(sim, "statuses=completed");
        sim.Server.CreateSearchQuery(SearchQuerySpec.GoodPages(1));
        var after = await VersionAsync(sim, "statuses=not_started&statuses=in_progress");

        Assert.Equal(before, reordered);
        Assert.NotEqual(before.Signature, other.Signature);
        Assert.Equal(before.Signature, after.Signature);
        Assert.NotEqual(before.Version, after.Version);
    }

    [Fact]
    public async Task Detail_answers_one_assignment_or_404()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.OnlineWorkerAsync();
        var query = sim.Server.CreateSearchQuery(SearchQuerySpec.GoodPages(1));

        using var found = await sim.Http.GetAsync($"/mining/assignments/{query.AssignmentIds[0]}");
        using var missing = await sim.Http.GetAsync("/mining/assignments/asg-999");

        Assert.Equal(query.AssignmentIds[0], (await SimulatorHarness.JsonOf(found)).GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private static async Task<List<string>> IdsAsync(SimulatorHarness sim, string query)
    {
        using var response = await sim.Http.GetAsync("/mining/assignments?" + query);
        response.EnsureSuccessStatusCode();
        return [.. (await SimulatorHarness.JsonOf(response)).GetProperty("assignments").EnumerateArray().Select(a => a.GetProperty("id").GetString()!)];
    }

    private static async Task<(string? Version, string? Signature)> VersionAsync(SimulatorHarness sim, string query)
    {
        using var response = await sim.Http.GetAsync("/mining/assignments/version?" + query);
        response.EnsureSuccessStatusCode();
        var body = await SimulatorHarness.JsonOf(response);
        return (body.GetProperty("cacheVersion").GetString(), body.GetProperty("paramsSignature").GetString());
    }
}
