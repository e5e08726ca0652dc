using Mining.Core.Storage;

namespace Mining.Core.Identity;

/// <summary>The Functions host's store: the <c>device-id</c> blob in the state container, shared by every instance.</summary>
public sealed class BlobDeviceIdStore(StorageClientFactory storage) : IDeviceIdStore
{
    private readonly BlobStateSlot _slot = new(storage, "device-id");

    public Task<string?> LoadAsync(CancellationToken cancellationToken) => _slot.LoadAsync(cancellationToken);

    public Task SaveAsync(string deviceId, CancellationToken cancellationToken) => _slot.SaveAsync(deviceId, cancellationToken);
}
