using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Mining.Core.Api;
using Mining.Core.Identity;
using Mining.Core.Options;
using Mining.Core.Signals;

namespace MiningWorker.Hosting;

/// <summary>
/// Before the loops run: resolves the worker's identity (registering the device on first run), sets the
/// preferences, and queues one startup signal so work assigned while the worker was down is fetched at once.
/// </summary>
internal sealed class WorkerStartupService(
    IWorkerIdentityAccessor identity,
    IMiningApiClient api,
    ISignalPublisher signals,
    IOptions<MiningOptions> options,
    TimeProvider timeProvider,
    ILogger<WorkerStartupService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var worker = await identity.GetAsync(cancellationToken);
        logger.LogInformation("Worker identity: user {UserId}, device {DeviceId}", worker.UserId, worker.DeviceId);
        var platforms = options.Value.Platforms.ToArray();
        await api.SetPreferencesAsync(platforms, cancellationToken);
        logger.LogInformation("Preferences set: {Platforms}", string.Join(",", platforms));
        await signals.PublishAsync(new AssignmentSignal(SignalReasons.Startup, null, null, null, timeProvider.GetUtcNow()), cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
