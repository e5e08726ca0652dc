using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Mining.Core.Auth;
using Mining.Core.Options;

namespace MiningWorker.Heartbeat;

/// <summary>
/// Sends a heartbeat at start and then every <c>Mining:HeartbeatInterval</c>. A failed beat is logged and the next
/// one comes on time; a failed token refresh ends the loop (the worker is stopping).
/// </summary>
internal sealed class HeartbeatLoop(
    IHeartbeatSender sender,
    HeartbeatStatus status,
    IOptions<MiningOptions> options,
    TimeProvider timeProvider,
    ILogger<HeartbeatLoop> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.HeartbeatInterval, timeProvider);
        try
        {
            do
            {
                if (!await BeatAsync(stoppingToken))
                {
                    return;
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task<bool> BeatAsync(CancellationToken stoppingToken)
    {
        try
        {
            await sender.SendAsync(stoppingToken);
            status.Succeeded();
            logger.LogDebug("Heartbeat sent");
            return true;
        }
        catch (AuthenticationFailedException error)
        {
            status.Failed(error.Message);
            return false;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            status.Failed(error.Message);
            logger.LogWarning("Heartbeat failed: {Error}", error.Message);
            return true;
        }
    }
}
