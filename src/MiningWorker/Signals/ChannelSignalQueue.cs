using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Mining.Core.Signals;

namespace MiningWorker.Signals;

/// <summary>
/// The in-memory backend's signal queue: an in-process channel, so a worker without storage still gets every signal.
/// A delivery released after a failed dispatch comes back after <see cref="RetryDelay"/>, at most
/// <see cref="MaxDeliveries"/> times, like a storage queue message before it turns poison.
/// </summary>
internal sealed class ChannelSignalQueue(TimeProvider timeProvider) : ISignalPublisher, ISignalSource
{
    public const int MaxDeliveries = 5;
    public static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    private readonly TimeProvider _timeProvider = timeProvider;

    private readonly Channel<(AssignmentSignal Signal, int Deliveries)> _channel =
        Channel.CreateUnbounded<(AssignmentSignal, int)>(new UnboundedChannelOptions { SingleReader = true });

    public Task PublishAsync(AssignmentSignal signal, CancellationToken cancellationToken) =>
        _channel.Writer.WriteAsync((signal, 0), cancellationToken).AsTask();

    public async IAsyncEnumerable<SignalDelivery> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var (signal, deliveries) in _channel.Reader.ReadAllAsync(cancellationToken))
        {
            yield return new ChannelDelivery(this, signal, deliveries + 1);
        }
    }

    private sealed class ChannelDelivery(ChannelSignalQueue queue, AssignmentSignal signal, int deliveries) : SignalDelivery(signal)
    {
        public override Task CompleteAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override async Task ReleaseAsync(CancellationToken cancellationToken)
        {
            if (deliveries >= MaxDeliveries)
            {
                throw new InvalidOperationException($"The signal '{Signal.Reason}' failed {deliveries} times and is dropped.");
            }

            await Task.Delay(RetryDelay, queue._timeProvider, cancellationToken);
            await queue._channel.Writer.WriteAsync((Signal, deliveries), cancellationToken);
        }
    }
}
