using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Mining.Core.Options;
using Mining.Core.Sse;

namespace Mining.Core.Tests.Sse;

/// <summary>One <see cref="SseListener"/> on a fake clock against an <see cref="SseTestServer"/>, with recorded signals.</summary>
public sealed class ListenerHarness : IAsyncDisposable
{
    private static readonly TimeSpan ConditionTimeout = TimeSpan.FromSeconds(15);
    private readonly CancellationTokenSource _stop = new();
    private readonly LoopbackHttpClientFactory _httpClients = new();

    public ListenerHarness(SseTestServer server)
    {
        var options = new MiningOptions { MinerBaseUrl = server.BaseUrl.ToString() };
        Listener = new SseListener(
            _httpClients,
            Tokens,
            new FixedIdentityAccessor(),
            Publisher,
            Microsoft.Extensions.Options.Options.Create(options),
            Health,
            new SseReconnectPolicy(new MidpointRandom()),
            Time,
            Logger);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero));

    public SseListenerHealth Health { get; } = new();

    public RecordingSignalPublisher Publisher { get; } = new();

    public FakeAccessTokenProvider Tokens { get; } = new();

    public FakeLogger<SseListener> Logger { get; } = new();

    public SseListener Listener { get; }

    public Task Running { get; private set; } = Task.CompletedTask;

    public ListenerHarness Start()
    {
        Running = Task.Run(() => Listener.RunAsync(_stop.Token));
        return this;
    }

    /// <summary>Waits (in real time, briefly) for the listener to reach a state; fails the test if it never does.</summary>
    public async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + ConditionTimeout;
        while (!condition())
        {
            if (Running.IsFaulted)
            {
                await Running;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for {what}. Health: {Health.Current}");
            await Task.Delay(10);
        }
    }

    public Task WaitForSignalsAsync(int count) =>
        WaitUntilAsync(() => Publisher.Signals.Count >= count, $"{count} signals (have {Publisher.Signals.Count})");

    /// <summary>Waits until the listener sits out its <paramref name="reconnects"/>-th reconnect delay and returns that delay.</summary>
    public async Task<TimeSpan> WaitForReconnectDelayAsync(int reconnects)
    {
        await WaitUntilAsync(
            () => Health.Current is { Status: SseListenerStatus.WaitingToReconnect } h && h.ReconnectCount == reconnects,
            $"reconnect delay #{reconnects}");
        return Health.Current.NextReconnectDelay!.Value;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await Running;
        }
        catch (OperationCanceledException)
        {
            // Stopped as asked.
        }

        _stop.Dispose();
        _httpClients.Dispose();
    }
}
