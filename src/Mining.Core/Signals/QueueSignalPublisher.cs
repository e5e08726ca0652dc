using Microsoft.Extensions.Logging;

namespace Mining.Core.Signals;

/// <summary>Puts each signal on the signal queue as Base64-encoded JSON (see <see cref="AssignmentSignalSerializer"/>).</summary>
public sealed class QueueSignalPublisher(SignalQueueClient queue, ILogger<QueueSignalPublisher> logger) : ISignalPublisher
{
    public async Task PublishAsync(AssignmentSignal signal, CancellationToken cancellationToken)
    {
        var body = AssignmentSignalSerializer.Serialize(signal);
        var client = await queue.GetAsync(cancellationToken).ConfigureAwait(false);
        await client.SendMessageAsync(body, cancellationToken).ConfigureAwait(false);
        logger.LogDebug("Queued a {Reason} signal on {Queue}", signal.Reason, client.Name);
    }
}
