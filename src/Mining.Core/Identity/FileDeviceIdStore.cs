using Microsoft.Extensions.Options;
using Mining.Core.Options;
using Mining.Core.Storage;

namespace Mining.Core.Identity;

/// <summary>The standalone host's store: <c>device-id</c> under <c>Mining:StateDirectory</c> (default: the OS app-data folder).</summary>
public sealed class FileDeviceIdStore(IOptions<MiningOptions> options) : IDeviceIdStore
{
    private readonly FileStateSlot _slot = new(Path.Combine(StateDirectory.Resolve(options.Value), "device-id"));

    public Task<string?> LoadAsync(CancellationToken cancellationToken) => _slot.LoadAsync(cancellationToken);

    public Task SaveAsync(string deviceId, CancellationToken cancellationToken) => _slot.SaveAsync(deviceId, cancellationToken);
}
