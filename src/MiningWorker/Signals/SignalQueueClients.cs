using Azure.Identity;
using Azure.Storage.Queues;
using Mining.Core.Options;
using MiningWorker.Hosting;

namespace MiningWorker.Signals;

/// <summary>The signal queue and its poison queue on <c>Mining:Storage</c>, with the Base64 encoding the Functions queue trigger reads.</summary>
internal sealed class SignalQueueClients
{
    public SignalQueueClients(MiningOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clientOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        var service = StorageEndpoints.UsesManagedIdentity(options.Storage)
            ? new QueueServiceClient(StorageEndpoints.ServiceUri(options.Storage, "queue"), new DefaultAzureCredential(), clientOptions)
            : new QueueServiceClient(options.Storage, clientOptions);
        Queue = service.GetQueueClient(options.Sse.SignalQueueName);
        Poison = service.GetQueueClient(options.Sse.SignalQueueName + "-poison");
    }

    public QueueClient Queue { get; }

    public QueueClient Poison { get; }
}
