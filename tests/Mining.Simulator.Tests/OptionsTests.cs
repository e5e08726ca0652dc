namespace Mining.Simulator.Tests;

public sealed class OptionsTests
{
    [Fact]
    public async Task Options_are_copied_at_start()
    {
        SimulatorOptions? given = null;
        await using var sim = await SimulatorHarness.StartAsync(o =>
        {
            o.HeartbeatAssignLimit = 2;
            given = o;
        });
        given!.HeartbeatAssignLimit = 50;
        await sim.AuthorizeAsync();
        var deviceId = await sim.RegisterDeviceAsync();
        sim.Server.CreateSearchQuery(SearchQuerySpec.GoodPages(5));

        Assert.Equal(2, await sim.HeartbeatAsync(deviceId));
    }

    public static TheoryData<Action<SimulatorOptions>> BadOptions => new()
    {
        o => o.SubmitNotInProgressStatusCode = 404,
        o => o.KeepAliveInterval = TimeSpan.Zero,
        o => o.Port = 70_000,
        o => o.HeartbeatAssignCooldown = TimeSpan.FromSeconds(-1),
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public async Task Options_out_of_range_are_refused_at_start(Action<SimulatorOptions> spoil)
    {
        var options = new SimulatorOptions();
        spoil(options);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => SimulatorServer.StartAsync(options));
    }
}
