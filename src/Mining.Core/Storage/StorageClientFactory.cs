using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Mining.Core.Storage;

/// <summary>
/// Builds storage clients from the <c>Mining:Storage</c> setting: a connection string (Azurite, account keys), or an
/// <c>https://</c> account URL, which means managed identity through DefaultAzureCredential.
/// </summary>
public static class StorageClientFactory
{
    public static QueueServiceClient CreateQueueServiceClient(string storage, QueueClientOptions? options = null) =>
        TryGetAccountUrl(storage, "queue") is { } url
            ? new QueueServiceClient(url, new DefaultAzureCredential(), options)
            : new QueueServiceClient(storage, options);

    public static BlobServiceClient CreateBlobServiceClient(string storage, BlobClientOptions? options = null) =>
        TryGetAccountUrl(storage, "blob") is { } url
            ? new BlobServiceClient(url, new DefaultAzureCredential(), options)
            : new BlobServiceClient(storage, options);

    /// <summary>
    /// An account URL may name the account (<c>https://acct.blob.core.windows.net</c>) through any of its services'
    /// endpoints; the client for <paramref name="service"/> gets that service's endpoint.
    /// </summary>
    private static Uri? TryGetAccountUrl(string storage, string service)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(storage);
        if (!Uri.TryCreate(storage, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
        {
            return null;
        }

        var labels = url.Host.Split('.');
        if (labels.Length > 2 && labels[1] is "blob" or "queue" or "table" or "dfs" or "file")
        {
            labels[1] = service;
        }

        return new UriBuilder(url) { Host = string.Join('.', labels) }.Uri;
    }
}
