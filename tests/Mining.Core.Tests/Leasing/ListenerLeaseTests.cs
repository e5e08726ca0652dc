using Microsoft.Extensions.Time.Testing;
using Mining.Core.Signals;
using Mining.Core.Sse;
using Mining.Core.Tests.Sse;
using Mining.Testing;

namespace Mining.Core.Tests.Leasing;

[Collection(SseStorageTests.Name)]
public sealed class ListenerLeaseTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly List<ListenerInstance> _instances = [];
    private SseTestServer _server = null!;

    public async Task InitializeAsync() => _server = await SseTestServer.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Only_the_lease_holder_listens_and_a_standby_takes_over_when_the_holder_dies()
    {
        var (holder, standby) = await StartHolderAndStandbyAsync();

        // Longer than the standby's retry interval, so it has tried and failed to take the lease.
        await Task.Delay(standby.Lease.AcquireRetryInterval * 1.5);
        Assert.True(holder.Connected);
        Assert.False(standby.Connected);
        Assert.Equal(SseListenerStatus.Standby, standby.Health.Current.Status);
        Assert.Equal(1, _server.OpenConnections);
        Assert.Single(_server.Requests);

        // Kill: its storage goes dark and it stops without releasing the lease.
        holder.Storage.Kill();
        var killedAt = DateTime.UtcNow;
        await holder.Service.StopAsync(CancellationToken.None);

        await WaitUntilAsync(() => standby.Connected, "the standby to take over");
        var takeover = DateTime.UtcNow - killedAt;
        Assert.True(takeover <= holder.Lease.LeaseDuration + holder.Lease.AcquireRetryInterval, $"Takeover took {takeover}.");
        Assert.False(holder.Connected);
        Assert.Equal(2, _server.Requests.Count);
        Assert.Equal(SignalReasons.SseCatchUp, Assert.Single(standby.Publisher.Signals).Reason);
    }

    [Fact]
    public async Task The_holder_stops_listening_as_soon_as_a_renewal_fails()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var instance = Create(NewContainerName(), time);
        await instance.Service.StartAsync(CancellationToken.None);
        await WaitUntilAsync(() => instance.Connected, "the instance to connect");

        instance.Storage.Kill();
        time.Advance(instance.Lease.RenewInterval);

        await WaitUntilAsync(() => !instance.Connected && _server.OpenConnections == 0, "the listener to hang up");
        Assert.Equal(SseListenerStatus.Standby, instance.Health.Current.Status);
    }

    [Fact]
    public async Task A_clean_stop_releases_the_lease_so_a_standby_takes_over_at_once()
    {
        var (holder, standby) = await StartHolderAndStandbyAsync();

        var stoppedAt = DateTime.UtcNow;
        await holder.Service.StopAsync(CancellationToken.None);
        await WaitUntilAsync(() => standby.Connected, "the standby to take over");

        Assert.True(DateTime.UtcNow - stoppedAt < holder.Lease.LeaseDuration, "The lease was not released.");
        Assert.Equal(SseListenerStatus.Stopped, holder.Health.Current.Status);
    }

    private async Task<(ListenerInstance Holder, ListenerInstance Standby)> StartHolderAndStandbyAsync()
    {
        var container = NewContainerName();
        var holder = Create(container, TimeProvider.System);
        await holder.Service.StartAsync(CancellationToken.None);
        await WaitUntilAsync(() => holder.Connected, "the first instance to connect");
        var standby = Create(container, TimeProvider.System);
        await standby.Service.StartAsync(CancellationToken.None);
        return (holder, standby);
    }

    private ListenerInstance Create(string container, TimeProvider time)
    {
        var instance = new ListenerInstance(azurite.ConnectionString, container, _server, time);
        _instances.Add(instance);
        return instance;
    }

    private static string NewContainerName() => SseStorageTests.UniqueName("leases");

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
