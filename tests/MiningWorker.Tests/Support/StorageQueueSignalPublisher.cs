using Mining.Core.Signals;
using MiningWorker.Signals;

namespace MiningWorker.Tests.Support;

/// <summary>Writes signals onto the storage queue the way the SSE helper's publisher does (Base64 JSON).</summary>
internal sealed class StorageQueueSignalPublisher(SignalQueueClients clients) : ISignalPublisher
{
    public async Task PublishAsync(AssignmentSignal signal, CancellationToken cancellationToken)
    {
        await clients.Queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await clients.Queue.SendMessageAsync(SignalMessageFormat.Serialize(signal), cancellationToken);
    }
}
