using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Mining.Core.Options;

namespace MiningWorker.Signals;

/// <summary>
/// Reads the Azure Storage signal queue that the SSE listener and the heartbeat write (Base64 messages). A message
/// is deleted once dispatched; one that failed comes back after its visibility timeout, and after
/// <see cref="MaxDequeueCount"/> tries, or when it is not a signal at all, it moves to <c>&lt;queue&gt;-poison</c>.
/// </summary>
internal sealed class StorageQueueSignalSource(
    SignalQueueClients clients,
    IOptions<MiningOptions> options,
    TimeProvider timeProvider,
    ILogger<StorageQueueSignalSource> logger) : ISignalSource
{
    public const int MaxDequeueCount = 5;
    private static readonly TimeSpan Visibility = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan FirstIdleDelay = TimeSpan.FromMilliseconds(50);

    public async IAsyncEnumerable<SignalDelivery> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await clients.Queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await clients.Poison.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var idleDelay = FirstIdleDelay;
        while (!cancellationToken.IsCancellationRequested)
        {
            var messages = await ReceiveAsync(cancellationToken);
            if (messages.Length == 0)
            {
                await Task.Delay(idleDelay, timeProvider, cancellationToken);
                idleDelay = TimeSpan.FromTicks(Math.Min(idleDelay.Ticks * 2, options.Value.Durable.MaxQueuePollingInterval.Ticks));
                continue;
            }

            idleDelay = FirstIdleDelay;
            foreach (var message in messages)
            {
                var signal = SignalMessageFormat.TryDeserialize(message.Body.ToString());
                if (signal is null || message.DequeueCount > MaxDequeueCount)
                {
                    await MoveToPoisonAsync(message, signal is null ? "not a signal" : "too many failed dispatches", cancellationToken);
                    continue;
                }

                yield return new QueueDelivery(clients.Queue, message, signal);
            }
        }
    }

    /// <summary>The next messages; none while storage is unreachable, so an outage slows polling instead of stopping the worker.</summary>
    private async Task<QueueMessage[]> ReceiveAsync(CancellationToken cancellationToken)
    {
        try
        {
            return (await clients.Queue.ReceiveMessagesAsync(32, Visibility, cancellationToken)).Value;
        }
        catch (RequestFailedException error)
        {
            logger.LogWarning("Reading the signal queue failed ({Status} {Code}); retrying", error.Status, error.ErrorCode);
            return [];
        }
    }

    private async Task MoveToPoisonAsync(QueueMessage message, string why, CancellationToken cancellationToken)
    {
        logger.LogError("Signal message {MessageId} moved to {PoisonQueue}: {Why}", message.MessageId, clients.Poison.Name, why);
        await clients.Poison.SendMessageAsync(message.Body, cancellationToken: cancellationToken);
        await clients.Queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
    }

    private sealed class QueueDelivery(QueueClient queue, QueueMessage message, Mining.Core.Signals.AssignmentSignal signal) : SignalDelivery(signal)
    {
        public override async Task CompleteAsync(CancellationToken cancellationToken) =>
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);

        /// <summary>Nothing to do: the message becomes visible again when its visibility timeout ends.</summary>
        public override Task ReleaseAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
