using Mining.Core.Storage;

namespace Mining.Core.Auth;

/// <summary>The Functions host's store: the <c>refresh-token</c> blob in the state container.</summary>
public sealed class BlobRefreshTokenStore(StorageClientFactory storage) : BlobStateStore(storage, "refresh-token"), IRefreshTokenStore;
