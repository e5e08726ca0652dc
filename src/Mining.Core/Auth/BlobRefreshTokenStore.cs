using Mining.Core.Storage;

namespace Mining.Core.Auth;

/// <summary>The Functions host's store: the <c>refresh-token</c> blob in the state container.</summary>
public sealed class BlobRefreshTokenStore(StorageClientFactory storage) : IRefreshTokenStore
{
    private readonly BlobStateSlot _slot = new(storage, "refresh-token");

    public Task<string?> LoadAsync(CancellationToken cancellationToken) => _slot.LoadAsync(cancellationToken);

    public Task SaveAsync(string refreshToken, CancellationToken cancellationToken) => _slot.SaveAsync(refreshToken, cancellationToken);
}
