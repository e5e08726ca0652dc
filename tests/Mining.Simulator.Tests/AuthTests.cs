using System.Net;
using System.Net.Http.Json;
using Mining.Simulator.Model;

namespace Mining.Simulator.Tests;

public sealed class AuthTests
{
    [Fact]
    public async Task Refresh_issues_a_token_that_opens_the_profile()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.AuthorizeAsync();

        using var response = await sim.Http.GetAsync("/auth/me?platforms=all");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var user = (await SimulatorHarness.JsonOf(response)).GetProperty("user");
        Assert.Equal(sim.Server.UserId, user.GetProperty("id").GetString());
        Assert.Equal(1, sim.Server.State.Counters.RefreshCalls);
    }

    [Fact]
    public async Task An_unknown_refresh_token_is_a_401()
    {
        await using var sim = await SimulatorHarness.StartAsync();

        using var response = await sim.Http.PostAsJsonAsync("/auth/refresh", new { refresh_token = "not-the-token" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(1, sim.Server.State.Counters.FailedRefreshCalls);
    }

    [Fact]
    public async Task A_refresh_body_without_the_token_is_a_violation()
    {
        await using var sim = await SimulatorHarness.StartAsync();

        using var response = await sim.Http.PostAsJsonAsync("/auth/refresh", new { token = "x" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ViolationKind.InvalidField, Assert.Single(sim.Server.State.Violations).Kind);
    }

    [Fact]
    public async Task An_access_token_expires_after_its_lifetime_and_a_refresh_restores_access()
    {
        await using var sim = await SimulatorHarness.StartAsync(o => o.AccessTokenLifetime = TimeSpan.FromMinutes(5));
        var first = await sim.AuthorizeAsync();

        sim.Time.Advance(TimeSpan.FromMinutes(4));
        using (var stillValid = await sim.Http.GetAsync("/auth/me?platforms=all"))
        {
            Assert.Equal(HttpStatusCode.OK, stillValid.StatusCode);
        }

        sim.Time.Advance(TimeSpan.FromMinutes(1));
        using (var expired = await sim.Http.GetAsync("/auth/me?platforms=all"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        }

        var second = await sim.AuthorizeAsync();
        using var renewed = await sim.Http.GetAsync("/auth/me?platforms=all");

        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
        Assert.Equal(1, sim.Server.State.Counters.Unauthorized);
        Assert.Empty(sim.Server.State.Violations);
    }

    [Fact]
    public async Task Expiring_tokens_now_turns_the_next_call_into_a_401()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.AuthorizeAsync();

        sim.Server.Faults.ExpireAccessTokens();
        using var response = await sim.Http.GetAsync("/workers/preferences");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_call_without_a_bearer_token_is_a_401_and_a_violation()
    {
        await using var sim = await SimulatorHarness.StartAsync();

        using var response = await sim.Http.GetAsync("/mining/assignments?statuses=not_started");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(ViolationKind.MissingAuthorization, Assert.Single(sim.Server.State.Violations).Kind);
    }

    [Fact]
    public async Task A_forged_token_is_a_401_without_a_violation()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        sim.UseToken("sim-at-forged");

        using var response = await sim.Http.GetAsync("/auth/me?platforms=all");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(sim.Server.State.Violations);
    }

    [Fact]
    public async Task A_rotating_server_hands_out_a_new_refresh_token_and_can_revoke_the_old_one()
    {
        await using var sim = await SimulatorHarness.StartAsync(o =>
        {
            o.RotateRefreshToken = true;
            o.RevokeReplacedRefreshToken = true;
        });

        using var first = await sim.Http.PostAsJsonAsync("/auth/refresh", new { refresh_token = sim.Server.RefreshToken });
        var rotated = (await SimulatorHarness.JsonOf(first)).GetProperty("refresh_token").GetString();
        using var reuse = await sim.Http.PostAsJsonAsync("/auth/refresh", new { refresh_token = sim.Server.RefreshToken });
        using var next = await sim.Http.PostAsJsonAsync("/auth/refresh", new { refresh_token = rotated });

        Assert.NotEqual(sim.Server.RefreshToken, rotated);
        Assert.Equal(HttpStatusCode.Unauthorized, reuse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(400)]
    public async Task An_injected_refresh_failure_answers_every_refresh_until_restored(int status)
    {
        await using var sim = await SimulatorHarness.StartAsync();
        sim.Server.Faults.FailRefresh(status);

        using var failed1 = await sim.Http.PostAsJsonAsync("/auth/refresh", new { refresh_token = sim.Server.RefreshToken });
        using var failed2 = await sim.Http.PostAsJsonAsync("/auth/refresh", new { refresh_token = sim.Server.RefreshToken });
        sim.Server.Faults.RestoreRefresh();
        using var restored = await sim.Http.PostAsJsonAsync("/auth/refresh", new { refresh_token = sim.Server.RefreshToken });

        Assert.Equal((HttpStatusCode)status, failed1.StatusCode);
        Assert.Equal((HttpStatusCode)status, failed2.StatusCode);
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        Assert.Equal(3, sim.Server.State.Counters.RefreshCalls);
        Assert.Equal(2, sim.Server.State.Counters.FailedRefreshCalls);
    }

    [Fact]
    public async Task A_counted_refresh_failure_stops_after_its_calls()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        sim.Server.Faults.FailRefresh(401, calls: 1);

        using var failed = await sim.Http.PostAsJsonAsync("/auth/refresh", new { refresh_token = sim.Server.RefreshToken });
        using var ok = await sim.Http.PostAsJsonAsync("/auth/refresh", new { refresh_token = sim.Server.RefreshToken });

        Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }
}
