using System.Net;
using System.Text;
using Mining.Simulator.Model;

namespace Mining.Simulator.Tests;

public sealed class PreferencesTests
{
    [Fact]
    public async Task Preferences_default_to_every_platform_and_keep_what_is_put()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.AuthorizeAsync();

        using var before = await sim.Http.GetAsync("/workers/preferences");
        using var put = await sim.Http.PutAsync("/workers/preferences", new StringContent("{\"platforms\":[\"google\"]}", Encoding.UTF8, "application/json"));
        using var after = await sim.Http.GetAsync("/workers/preferences");

        Assert.Equal(["google", "twitter"], (await SimulatorHarness.JsonOf(before)).GetProperty("platforms").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var saved = await SimulatorHarness.JsonOf(after);
        Assert.Equal(["google"], saved.GetProperty("platforms").EnumerateArray().Select(p => p.GetString()));
        Assert.True(saved.TryGetProperty("updated_at", out _));
        Assert.Equal(["google"], sim.Server.State.Platforms);
    }

    [Theory]
    [InlineData("{\"platforms\":[\"myspace\"]}")]
    [InlineData("{\"platforms\":\"google\"}")]
    [InlineData("[\"google\"]")]
    public async Task A_bad_preferences_body_is_a_400_and_a_violation(string body)
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.AuthorizeAsync();

        using var response = await sim.Http.PutAsync("/workers/preferences", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(Assert.Single(sim.Server.State.Violations).Kind, new[] { ViolationKind.InvalidPreferences, ViolationKind.MalformedBody });
        Assert.Equal(["google", "twitter"], sim.Server.State.Platforms);
    }
}
