using Microsoft.Extensions.Time.Testing;
using Mining.Core.Signals;
using MiningWorker.Signals;

namespace MiningWorker.Tests;

public sealed class ChannelSignalQueueTests
{
    private static readonly AssignmentSignal Signal = new(SignalReasons.SseAssignment, 3, "q-1", "7", DateTimeOffset.UnixEpoch);

    [Fact]
    public async Task Published_signals_are_read_in_order()
    {
        var queue = new ChannelSignalQueue(TimeProvider.System);
        await queue.PublishAsync(Signal, CancellationToken.None);
        await queue.PublishAsync(Signal with { EventId = "8" }, CancellationToken.None);

        await using var reader = queue.ReadAllAsync(CancellationToken.None).GetAsyncEnumerator();
        Assert.True(await reader.MoveNextAsync());
        Assert.Equal("7", reader.Current.Signal.EventId);
        Assert.True(await reader.MoveNextAsync());
        Assert.Equal("8", reader.Current.Signal.EventId);
    }

    [Fact]
    public async Task A_released_signal_comes_back_after_the_retry_delay()
    {
        var time = new FakeTimeProvider();
        var queue = new ChannelSignalQueue(time);
        await queue.PublishAsync(Signal, CancellationToken.None);
        await using var reader = queue.ReadAllAsync(CancellationToken.None).GetAsyncEnumerator();
        Assert.True(await reader.MoveNextAsync());

        var release = reader.Current.ReleaseAsync(CancellationToken.None);
        var next = reader.MoveNextAsync().AsTask();
        Assert.False(next.IsCompleted);
        time.Advance(ChannelSignalQueue.RetryDelay);
        await release;

        Assert.True(await next);
        Assert.Equal(Signal, reader.Current.Signal);
    }

    [Fact]
    public async Task A_signal_released_too_often_is_dropped_with_an_error()
    {
        var time = new FakeTimeProvider();
        var queue = new ChannelSignalQueue(time);
        await queue.PublishAsync(Signal, CancellationToken.None);
        await using var reader = queue.ReadAllAsync(CancellationToken.None).GetAsyncEnumerator();
        for (var delivery = 1; delivery < ChannelSignalQueue.MaxDeliveries; delivery++)
        {
            Assert.True(await reader.MoveNextAsync());
            var release = reader.Current.ReleaseAsync(CancellationToken.None);
            time.Advance(ChannelSignalQueue.RetryDelay);
            await release;
        }

        Assert.True(await reader.MoveNextAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => reader.Current.ReleaseAsync(CancellationToken.None));
    }
}
