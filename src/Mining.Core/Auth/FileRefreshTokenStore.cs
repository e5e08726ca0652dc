using Microsoft.Extensions.Options;
using Mining.Core.Options;
using Mining.Core.Storage;

namespace Mining.Core.Auth;

/// <summary>The standalone host's store: <c>refresh-token</c> under the state directory, readable only by its owner.</summary>
public sealed class FileRefreshTokenStore(IOptions<MiningOptions> options)
    : FileStateStore(Path.Combine(StateDirectory.Resolve(options.Value), "refresh-token")), IRefreshTokenStore;
