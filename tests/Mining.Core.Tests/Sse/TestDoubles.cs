using System.Collections.Concurrent;
using Mining.Core.Auth;
using Mining.Core.Identity;
using Mining.Core.Signals;
using Mining.Core.Sse;

namespace Mining.Core.Tests.Sse;

public sealed class RecordingSignalPublisher : ISignalPublisher
{
    private readonly ConcurrentQueue<AssignmentSignal> _signals = new();

    public IReadOnlyList<AssignmentSignal> Signals => [.. _signals];

    public Task PublishAsync(AssignmentSignal signal, CancellationToken cancellationToken)
    {
        _signals.Enqueue(signal);
        return Task.CompletedTask;
    }
}

/// <summary>Hands out "t1"; a refresh of the current token moves to "t2", "t3"…, or fails when told to.</summary>
public sealed class FakeAccessTokenProvider : IAccessTokenProvider
{
    private int _generation = 1;

    public bool FailRefresh { get; set; }

    public ConcurrentQueue<string> RefreshedStaleTokens { get; } = new();

    public ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Current);

    public ValueTask<string> RefreshAsync(string staleToken, CancellationToken cancellationToken)
    {
        RefreshedStaleTokens.Enqueue(staleToken);
        if (FailRefresh)
        {
            throw new AuthenticationFailedException("the refresh token was revoked");
        }

        if (staleToken == Current)
        {
            Interlocked.Increment(ref _generation);
        }

        return ValueTask.FromResult(Current);
    }

    private string Current => "t" + Volatile.Read(ref _generation);
}

public sealed class FixedIdentityAccessor : IWorkerIdentityAccessor
{
    public ValueTask<WorkerIdentity> GetAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(new WorkerIdentity("user-1", "device 1/é"));
}

/// <summary>Always draws the middle of the jitter range, so every backoff delay is exactly half its ceiling.</summary>
public sealed class MidpointRandom : Random
{
    public override double NextDouble() => 0.5;
}

public sealed class LoopbackHttpClientFactory : IHttpClientFactory, IDisposable
{
    private readonly SocketsHttpHandler _handler = SseListener.CreatePrimaryHandler();

    public HttpClient CreateClient(string name) => new(_handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };

    public void Dispose() => _handler.Dispose();
}
