using Mining.Core.Signals;
using MiningWorker.Durable;
using MiningWorker.Tests.Support;

namespace MiningWorker.Tests;

public sealed class InMemoryBackendTests
{
    [Fact]
    public async Task A_signal_reaches_the_orchestration_through_the_channel_and_a_batch_of_8_runs_side_by_side()
    {
        // Long enough that all 8 overlap even when the test machine is busy.
        var domain = new FakeDomain { FanOut = 8, ActivityDelay = TimeSpan.FromSeconds(2) };
        await using var worker = RunningWorker.Start(domain, DurableBackendKind.InMemory);
        await worker.WaitStartedAsync();
        await worker.PublishAsync(SignalReasons.SseAssignment);

        await Eventually.TrueAsync(() => !domain.CompletedInstances.IsEmpty, "the fan-out orchestration completes");

        var signal = Assert.Single(domain.HandledSignals);
        Assert.Equal(SignalReasons.SseAssignment, signal.Reason);
        // The in-memory service alone would run 2 at a time on this machine; the host lifts that cap.
        Assert.Equal(8, domain.Gauge.Max);
        Assert.Equal(0, await worker.StopAsync());
    }

    [Fact]
    public async Task Ctrl_c_stops_the_worker_within_10_seconds_with_exit_code_0()
    {
        var domain = new FakeDomain { FanOut = 2, ActivityDelay = TimeSpan.FromSeconds(30) };
        await using var worker = RunningWorker.Start(domain, DurableBackendKind.InMemory);
        await worker.WaitStartedAsync();
        await worker.PublishAsync(SignalReasons.SseAssignment);
        await Eventually.TrueAsync(() => domain.Gauge.Max == 2, "activities are in flight");

        var stopping = System.Diagnostics.Stopwatch.StartNew();
        var exit = await worker.StopAsync();

        Assert.Equal(0, exit);
        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(10), $"stopping took {stopping.Elapsed}");
    }
}
