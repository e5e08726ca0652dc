using Mining.Core.Storage;

namespace Mining.Core.Identity;

/// <summary>The Functions host's store: the <c>device-id</c> blob in the state container, shared by every instance.</summary>
public sealed class BlobDeviceIdStore(StorageClientFactory storage) : BlobStateStore(storage, "device-id"), IDeviceIdStore;
