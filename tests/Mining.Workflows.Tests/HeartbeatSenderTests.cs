using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Mining.Core.Api;
using Mining.Core.Heartbeat;
using Mining.Core.Signals;
using Mining.Workflows.Tests.Fakes;

namespace Mining.Workflows.Tests;

public sealed class HeartbeatSenderTests
{
    readonly FakeMiningApi api = new();
    readonly RecordingSignalPublisher signals = new();
    readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));

    HeartbeatSender Sender() => new(this.api, new FakeIdentity("dev-7"), this.signals, this.time, NullLogger<HeartbeatSender>.Instance);

    [Fact]
    public async Task A_heartbeat_that_assigned_tasks_publishes_a_signal()
    {
        this.api.HeartbeatAnswer = new HeartbeatResult(3);

        var result = await this.Sender().SendAsync(CancellationToken.None);

        Assert.Equal(3, result.AssignedCount);
        Assert.Equal([("user-1", "dev-7")], this.api.Heartbeats);
        var signal = Assert.Single(this.signals.Published);
        Assert.Equal(new AssignmentSignal(SignalReasons.Heartbeat, 3, null, null, this.time.GetUtcNow()), signal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    public async Task A_heartbeat_without_assigned_tasks_publishes_nothing(int? assigned)
    {
        this.api.HeartbeatAnswer = new HeartbeatResult(assigned);

        await this.Sender().SendAsync(CancellationToken.None);

        Assert.Single(this.api.Heartbeats);
        Assert.Empty(this.signals.Published);
    }
}
