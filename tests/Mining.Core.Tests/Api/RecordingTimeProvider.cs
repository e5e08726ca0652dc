using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;
using Mining.Core.Http;

namespace Mining.Core.Tests.Api;

/// <summary>
/// Fake time that reports every wait the code asks for, so a test can assert the wait and then advance past it
/// without sleeping. The pipeline's per-attempt timeout is not a wait and is left out.
/// </summary>
public sealed class RecordingTimeProvider : FakeTimeProvider
{
    private static readonly TimeSpan WaitTimeout = TimeSpan.FromSeconds(10);
    private readonly Channel<TimeSpan> _waits = Channel.CreateUnbounded<TimeSpan>();

    public RecordingTimeProvider()
        : base(new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero))
    {
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime != Timeout.InfiniteTimeSpan && dueTime != MiningResilience.AttemptTimeout)
        {
            _waits.Writer.TryWrite(dueTime);
        }

        return timer;
    }

    /// <summary>Waits (in real time, bounded) until the code under test asks for its next wait, then advances fake time past it.</summary>
    public async Task<TimeSpan> AdvanceNextWaitAsync()
    {
        using var timeout = new CancellationTokenSource(WaitTimeout);
        var wait = await _waits.Reader.ReadAsync(timeout.Token);
        Advance(wait);
        return wait;
    }

    /// <summary>True when the code asked for no wait that was not yet advanced.</summary>
    public bool HasNoPendingWait => !_waits.Reader.TryPeek(out _);
}
