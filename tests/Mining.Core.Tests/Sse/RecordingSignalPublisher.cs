using System.Collections.Concurrent;
using Mining.Core.Signals;

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
