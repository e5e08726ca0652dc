using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;
using Mining.Core.Options;

namespace Mining.Core.Storage;

/// <summary>
/// The one place that turns <c>Mining:Storage</c> into Azure Storage clients. An <c>https://</c> account URL
/// (of the blob, queue or table service) means managed identity through <see cref="DefaultAzureCredential"/>;
/// anything else is a connection string (Azurite locally).
/// </summary>
public sealed class StorageClientFactory(IOptions<MiningOptions> options)
{
    private readonly Lazy<TokenCredential> _credential = new(() => new DefaultAzureCredential());

    private string Storage => options.Value.Storage;

    public bool UsesManagedIdentity => Storage.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    public BlobServiceClient CreateBlobServiceClient(BlobClientOptions? clientOptions = null) =>
        UsesManagedIdentity
            ? new BlobServiceClient(ServiceUri("blob"), _credential.Value, clientOptions)
            : new BlobServiceClient(Storage, clientOptions);

    public QueueServiceClient CreateQueueServiceClient(QueueClientOptions? clientOptions = null) =>
        UsesManagedIdentity
            ? new QueueServiceClient(ServiceUri("queue"), _credential.Value, clientOptions)
            : new QueueServiceClient(Storage, clientOptions);

    public BlobContainerClient CreateBlobContainerClient(string containerName) =>
        CreateBlobServiceClient().GetBlobContainerClient(containerName);

    public QueueClient CreateQueueClient(string queueName, QueueClientOptions? clientOptions = null) =>
        CreateQueueServiceClient(clientOptions).GetQueueClient(queueName);

    /// <summary>The account URL of <paramref name="service"/>: <c>https://acct.blob.core.windows.net</c> becomes <c>https://acct.queue.core.windows.net</c>.</summary>
    internal Uri ServiceUri(string service)
    {
        var uri = new Uri(Storage);
        var labels = uri.Host.Split('.');
        if (labels.Length > 2 && labels[1] is "blob" or "queue" or "table" or "dfs")
        {
            labels[1] = service;
        }

        return new UriBuilder(uri) { Host = string.Join('.', labels), Path = "/" }.Uri;
    }
}
