using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Mining.Core.Auth;
using Mining.Core.Options;
using MiningWorker.Heartbeat;
using MiningWorker.Tests.Support;

namespace MiningWorker.Tests;

public sealed class HeartbeatLoopTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Beats_at_start_then_every_interval_and_keeps_going_after_a_failure()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var sender = new ScriptedSender();
        var status = new HeartbeatStatus(time);
        using var loop = new HeartbeatLoop(sender, status, Options(), time, NullLogger<HeartbeatLoop>.Instance);

        await loop.StartAsync(CancellationToken.None);
        await Eventually.TrueAsync(() => sender.Calls == 1, "the first beat at start");
        Assert.Equal(time.GetUtcNow(), status.Snapshot().LastSuccessAt);

        sender.Fail = new InvalidOperationException("503 from the server");
        time.Advance(Interval - TimeSpan.FromSeconds(1));
        Assert.Equal(1, sender.Calls);
        time.Advance(TimeSpan.FromSeconds(1));
        await Eventually.TrueAsync(() => sender.Calls == 2, "the second beat one interval later");
        await Eventually.TrueAsync(() => status.Snapshot().LastError is not null, "the failure is recorded");

        sender.Fail = null;
        time.Advance(Interval);
        await Eventually.TrueAsync(() => sender.Calls == 3, "the loop goes on after a failure");
        await Eventually.TrueAsync(() => status.Snapshot().LastError is null, "a success clears the error");
        await loop.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_failed_refresh_ends_the_loop()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var sender = new ScriptedSender { Fail = new AuthenticationFailedException("refused") };
        using var loop = new HeartbeatLoop(sender, new HeartbeatStatus(time), Options(), time, NullLogger<HeartbeatLoop>.Instance);

        await loop.StartAsync(CancellationToken.None);
        await loop.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));
        time.Advance(Interval * 3);

        Assert.Equal(1, sender.Calls);
    }

    private static Microsoft.Extensions.Options.IOptions<MiningOptions> Options() =>
        Microsoft.Extensions.Options.Options.Create(new MiningOptions { HeartbeatInterval = Interval });

    private sealed class ScriptedSender : IHeartbeatSender
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public Exception? Fail { get; set; }

        public Task SendAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            return Fail is { } error ? Task.FromException(error) : Task.CompletedTask;
        }
    }
}
