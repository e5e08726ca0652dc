using Azure.Storage.Queues;
using Mining.Core.Storage;

namespace Mining.Core.Signals;

/// <summary>
/// The signal queue client, with Base64 message encoding because that is what the Functions queue trigger reads
/// (a plain <see cref="QueueClient"/> sends text the trigger cannot decode). The queue is created on first use.
/// </summary>
public sealed class SignalQueueClient(QueueClient client)
{
    private readonly Lock _gate = new();
    private Task? _creation;

    public QueueClient Client => client;

    public static SignalQueueClient Create(StorageClientFactory storage, string queueName)
    {
        ArgumentNullException.ThrowIfNull(storage);
        return new(storage.CreateQueueClient(queueName, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 }));
    }

    /// <summary>The queue client, once the queue exists. A failed creation is tried again by the next caller.</summary>
    public async Task<QueueClient> GetAsync(CancellationToken cancellationToken)
    {
        Task creation;
        lock (_gate)
        {
            if (_creation is null || _creation.IsFaulted || _creation.IsCanceled)
            {
                _creation = client.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None);
            }

            creation = _creation;
        }

        await creation.WaitAsync(cancellationToken).ConfigureAwait(false);
        return client;
    }
}
