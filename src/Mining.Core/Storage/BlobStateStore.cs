using Azure;
using Azure.Storage.Blobs;

namespace Mining.Core.Storage;

/// <summary>One small text value kept in a blob of the state container (the Functions host has no durable disk). The blob state stores derive from it.</summary>
public class BlobStateStore(StorageClientFactory storage, string blobName)
{
    /// <summary>The container that holds the worker's small state blobs (device id, rotated refresh token).</summary>
    public const string ContainerName = "mining-state";

    public async Task<string?> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            var content = await Blob().DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            var text = content.Value.Content.ToString().Trim();
            return text.Length == 0 ? null : text;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    public async Task SaveAsync(string value, CancellationToken cancellationToken)
    {
        var container = storage.CreateBlobContainerClient(ContainerName);
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await container.GetBlobClient(blobName).UploadAsync(BinaryData.FromString(value), overwrite: true, cancellationToken).ConfigureAwait(false);
    }

    private BlobClient Blob() => storage.CreateBlobContainerClient(ContainerName).GetBlobClient(blobName);
}
