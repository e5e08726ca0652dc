using Mining.Core.Signals;

namespace MiningWorker.Signals;

/// <summary>A signal taken from the signal queue. The consumer completes it once dispatched, or releases it to come back later.</summary>
internal abstract class SignalDelivery(AssignmentSignal signal)
{
    public AssignmentSignal Signal { get; } = signal;

    public abstract Task CompleteAsync(CancellationToken cancellationToken);

    public abstract Task ReleaseAsync(CancellationToken cancellationToken);
}
