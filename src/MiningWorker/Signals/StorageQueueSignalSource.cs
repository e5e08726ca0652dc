using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Mining.Core.Options;
using Mining.Core.Signals;
using Mining.Core.Storage;
using Mining.Workflows.Signals;

namespace MiningWorker.Signals;

/// <summary>
/// Reads the Azure Storage signal queue that the SSE listener and the heartbeat write (Base64 messages), as the
/// Functions queue trigger does: an unreadable body is still a signal. A dispatched message is deleted; a released
/// one comes back after a short backoff, and after <see cref="MaxDequeueCount"/> tries it moves to <c>&lt;queue&gt;-poison</c>.
/// </summary>
internal sealed class StorageQueueSignalSource(
    SignalQueueClient signalQueue,
    StorageClientFactory storage,
    IOptions<MiningOptions> options,
    TimeProvider timeProvider,
    ILogger<StorageQueueSignalSource> logger) : ISignalSource
{
    public const int MaxDequeueCount = 5;
    public static readonly TimeSpan ReleaseBackoff = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Visibility = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan FirstIdleDelay = TimeSpan.FromMilliseconds(50);

    private readonly QueueClient _poison = storage.CreateQueueClient(
        options.Value.Sse.SignalQueueName + "-poison",
        new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });

    public async IAsyncEnumerable<SignalDelivery> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var queue = await signalQueue.GetAsync(cancellationToken);
        var idleDelay = FirstIdleDelay;
        while (!cancellationToken.IsCancellationRequested)
        {
            var messages = await ReceiveAsync(queue, cancellationToken);
            if (messages.Length == 0)
            {
                await Task.Delay(idleDelay, timeProvider, cancellationToken);
                idleDelay = TimeSpan.FromTicks(Math.Min(idleDelay.Ticks * 2, options.Value.Durable.MaxQueuePollingInterval.Ticks));
                continue;
            }

            idleDelay = FirstIdleDelay;
            foreach (var message in messages)
            {
                if (message.DequeueCount > MaxDequeueCount)
                {
                    await MoveToPoisonAsync(queue, message, cancellationToken);
                    continue;
                }

                var signal = SignalMessage.Parse(message.Body.ToString(), timeProvider);
                if (signal.Reason == SignalMessage.UnreadableReason)
                {
                    logger.LogWarning("Signal message {MessageId} could not be read; it still counts as a signal", message.MessageId);
                }

                yield return new QueueDelivery(queue, message, signal);
            }
        }
    }

    /// <summary>The next messages; none while storage is unreachable, so an outage slows polling instead of stopping the worker.</summary>
    private async Task<QueueMessage[]> ReceiveAsync(QueueClient queue, CancellationToken cancellationToken)
    {
        try
        {
            return (await queue.ReceiveMessagesAsync(32, Visibility, cancellationToken)).Value;
        }
        catch (RequestFailedException error)
        {
            logger.LogWarning("Reading the signal queue failed ({Status} {Code}); retrying", error.Status, error.ErrorCode);
            return [];
        }
    }

    private async Task MoveToPoisonAsync(QueueClient queue, QueueMessage message, CancellationToken cancellationToken)
    {
        logger.LogError("Signal message {MessageId} failed {Count} dispatches; moved to {PoisonQueue}", message.MessageId, message.DequeueCount - 1, _poison.Name);
        await _poison.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await _poison.SendMessageAsync(message.Body, cancellationToken: cancellationToken);
        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
    }

    private sealed class QueueDelivery(QueueClient queue, QueueMessage message, AssignmentSignal signal) : SignalDelivery(signal)
    {
        public override async Task CompleteAsync(CancellationToken cancellationToken) =>
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);

        /// <summary>Makes the message visible again soon, later on each try.</summary>
        public override async Task ReleaseAsync(CancellationToken cancellationToken) =>
            await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: ReleaseBackoff * message.DequeueCount, cancellationToken: cancellationToken);
    }
}
