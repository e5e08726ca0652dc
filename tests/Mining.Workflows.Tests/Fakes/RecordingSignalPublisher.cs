using System.Collections.Concurrent;
using Mining.Core.Signals;

namespace Mining.Workflows.Tests.Fakes;

public sealed class RecordingSignalPublisher : ISignalPublisher
{
    public ConcurrentQueue<AssignmentSignal> Published { get; } = new();

    public Task PublishAsync(AssignmentSignal signal, CancellationToken cancellationToken)
    {
        this.Published.Enqueue(signal);
        return Task.CompletedTask;
    }
}
