using Microsoft.Extensions.Logging;
using Mining.Core.Api;
using Mining.Core.Identity;
using Mining.Core.Signals;

namespace Mining.Core.Heartbeat;

/// <summary>
/// Sends one heartbeat for this worker. The server auto-assigns tasks on a heartbeat; when the answer says it did,
/// a <see cref="SignalReasons.Heartbeat"/> signal is published so the assignments are fetched even if the stream's
/// own event is lost. Host-neutral: the Functions timer and the standalone host's loop both call it.
/// </summary>
public sealed class HeartbeatSender(
    IMiningApiClient api,
    IWorkerIdentityAccessor identity,
    ISignalPublisher signals,
    TimeProvider timeProvider,
    ILogger<HeartbeatSender> logger)
{
    public async Task<HeartbeatResult> SendAsync(CancellationToken cancellationToken)
    {
        var worker = await identity.GetAsync(cancellationToken);
        var result = await api.SendHeartbeatAsync(worker.UserId, worker.DeviceId, cancellationToken);
        if (result.AssignedCount is > 0)
        {
            logger.LogInformation("Heartbeat sent; the server assigned {Count} tasks", result.AssignedCount);
            await signals.PublishAsync(
                new AssignmentSignal(SignalReasons.Heartbeat, result.AssignedCount, null, null, timeProvider.GetUtcNow()),
                cancellationToken);
        }
        else
        {
            logger.LogDebug("Heartbeat sent");
        }

        return result;
    }
}
