namespace Mining.Core.Identity;

/// <summary>Keeps the one device id a worker has for its whole life: a file for the standalone host, a blob for Functions.</summary>
public interface IDeviceIdStore
{
    Task<string?> LoadAsync(CancellationToken cancellationToken);

    Task SaveAsync(string deviceId, CancellationToken cancellationToken);
}
