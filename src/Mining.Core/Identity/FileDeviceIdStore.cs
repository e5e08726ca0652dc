using Microsoft.Extensions.Options;
using Mining.Core.Options;
using Mining.Core.Storage;

namespace Mining.Core.Identity;

/// <summary>The standalone host's store: <c>device-id</c> under <c>Mining:StateDirectory</c> (default: the OS app-data folder).</summary>
public sealed class FileDeviceIdStore(IOptions<MiningOptions> options)
    : FileStateStore(Path.Combine(StateDirectory.Resolve(options.Value), "device-id")), IDeviceIdStore;
