using Microsoft.Extensions.Logging;
using Mining.Core.Api;

namespace Mining.Core.Identity;

/// <summary>
/// Resolves the worker's identity once: the user id from auth/me, then the stored device id or a register-v2 call
/// whose id is stored at once. Concurrent callers share one resolution; a failed one is not cached, so the next call retries.
/// </summary>
public sealed partial class WorkerIdentityAccessor(
    IMiningApiClient api,
    IDeviceIdStore deviceIdStore,
    DeviceInfoProvider deviceInfo,
    ILogger<WorkerIdentityAccessor> logger) : IWorkerIdentityAccessor, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private WorkerIdentity? _identity;

    public async ValueTask<WorkerIdentity> GetAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _identity) is { } known)
        {
            return known;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_identity is null)
            {
                var identity = await ResolveAsync(cancellationToken).ConfigureAwait(false);
                Volatile.Write(ref _identity, identity);
            }

            return _identity!;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<WorkerIdentity> ResolveAsync(CancellationToken cancellationToken)
    {
        var user = await api.GetMeAsync(cancellationToken).ConfigureAwait(false);
        if (await deviceIdStore.LoadAsync(cancellationToken).ConfigureAwait(false) is { } stored)
        {
            LogKnownDevice(logger, user.Id, stored);
            return new WorkerIdentity(user.Id, stored);
        }

        var info = await deviceInfo.GetAsync(cancellationToken).ConfigureAwait(false);
        var deviceId = await api.RegisterDeviceAsync(user.Id, info, cancellationToken).ConfigureAwait(false);
        await deviceIdStore.SaveAsync(deviceId, cancellationToken).ConfigureAwait(false);
        LogRegistered(logger, user.Id, deviceId, info.OsName, info.CpuCores, info.MemoryGb);
        return new WorkerIdentity(user.Id, deviceId);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Worker identity: user {UserId}, stored device {DeviceId}")]
    private static partial void LogKnownDevice(ILogger logger, string userId, string deviceId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Registered device {DeviceId} for user {UserId} ({OsName}, {CpuCores} cores, {MemoryGb} GB)")]
    private static partial void LogRegistered(ILogger logger, string userId, string deviceId, string osName, int cpuCores, int memoryGb);
}
