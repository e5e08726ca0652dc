using Microsoft.Extensions.Options;
using Mining.Core.Options;
using Mining.Core.Storage;

namespace Mining.Core.Auth;

/// <summary>The standalone host's store: <c>refresh-token</c> under the state directory, readable only by its owner.</summary>
public sealed class FileRefreshTokenStore(IOptions<MiningOptions> options) : IRefreshTokenStore
{
    private readonly FileStateSlot _slot = new(Path.Combine(StateDirectory.Resolve(options.Value), "refresh-token"));

    public Task<string?> LoadAsync(CancellationToken cancellationToken) => _slot.LoadAsync(cancellationToken);

    public Task SaveAsync(string refreshToken, CancellationToken cancellationToken) => _slot.SaveAsync(refreshToken, cancellationToken);
}
