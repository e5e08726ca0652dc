using Microsoft.Extensions.Time.Testing;
using Mining.Core.Signals;
using Mining.Core.Sse;
using Mining.Core.Tests.Sse;
using Mining.Testing;

namespace Mining.Core.Tests.Leasing;

[Collection(SseStorageTests.Name)]
public sealed class ListenerLeaseTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Only_the_lease_holder_listens_and_a_standby_takes_over_when_the_holder_dies()
    {
        var container = NewContainerName();
        await using var server = await SseTestServer.StartAsync();
        await using var first = new ListenerInstance(azurite.ConnectionString, container, server, TimeProvider.System);
        await using var second = new ListenerInstance(azurite.ConnectionString, container, server, TimeProvider.System);

        await first.Service.StartAsync(CancellationToken.None);
        await WaitUntilAsync(() => first.Connected, "the first instance to connect");
        await second.Service.StartAsync(CancellationToken.None);

        // Longer than the standby's retry interval, so it has tried and failed to take the lease.
        await Task.Delay(second.Lease.AcquireRetryInterval * 1.5);
        Assert.True(first.Connected);
        Assert.False(second.Connected);
        Assert.Equal(SseListenerStatus.Standby, second.Health.Current.Status);
        Assert.Equal(1, server.OpenConnections);
        Assert.Single(server.Requests);

        // Kill: its storage goes dark and it stops without releasing the lease.
        first.Storage.Kill();
        var killedAt = DateTime.UtcNow;
        await first.Service.StopAsync(CancellationToken.None);

        await WaitUntilAsync(() => second.Connected, "the standby to take over");
        var takeover = DateTime.UtcNow - killedAt;
        Assert.True(takeover <= first.Lease.LeaseDuration + first.Lease.AcquireRetryInterval, $"Takeover took {takeover}.");
        Assert.False(first.Connected);
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(SignalReasons.SseCatchUp, Assert.Single(second.Publisher.Signals).Reason);
    }

    [Fact]
    public async Task The_holder_stops_listening_as_soon_as_a_renewal_fails()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await SseTestServer.StartAsync();
        await using var instance = new ListenerInstance(azurite.ConnectionString, NewContainerName(), server, time);
        await instance.Service.StartAsync(CancellationToken.None);
        await WaitUntilAsync(() => instance.Connected, "the instance to connect");

        instance.Storage.Kill();
        time.Advance(instance.Lease.RenewInterval);

        await WaitUntilAsync(() => !instance.Connected && server.OpenConnections == 0, "the listener to hang up");
        Assert.Equal(SseListenerStatus.Standby, instance.Health.Current.Status);
    }

    [Fact]
    public async Task A_clean_stop_releases_the_lease_so_a_standby_takes_over_at_once()
    {
        var container = NewContainerName();
        await using var server = await SseTestServer.StartAsync();
        await using var first = new ListenerInstance(azurite.ConnectionString, container, server, TimeProvider.System);
        await using var second = new ListenerInstance(azurite.ConnectionString, container, server, TimeProvider.System);
        await first.Service.StartAsync(CancellationToken.None);
        await WaitUntilAsync(() => first.Connected, "the first instance to connect");
        await second.Service.StartAsync(CancellationToken.None);

        var stoppedAt = DateTime.UtcNow;
        await first.Service.StopAsync(CancellationToken.None);
        await WaitUntilAsync(() => second.Connected, "the standby to take over");

        Assert.True(DateTime.UtcNow - stoppedAt < first.Lease.LeaseDuration, "The lease was not released.");
        Assert.Equal(SseListenerStatus.Stopped, first.Health.Current.Status);
    }

    private static string NewContainerName() => "leases-" + Guid.NewGuid().ToString("N")[..12];

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for {what}.");
            await Task.Delay(20);
        }
    }
}
