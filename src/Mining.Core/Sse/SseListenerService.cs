using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Mining.Core.Leasing;

namespace Mining.Core.Sse;

/// <summary>
/// Hosts the <see cref="SseListener"/> on every instance, but lets it listen only while this instance holds the
/// listener's blob lease, so a scaled-out Functions app still has one connection per worker.
/// </summary>
public sealed class SseListenerService(
    BlobLeaseSingleton lease,
    SseListener listener,
    SseListenerHealth health,
    ILogger<SseListenerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        health.Update(h => h with { Status = SseListenerStatus.Standby });
        try
        {
            await lease.RunWhileHeldAsync(ListenWhileHeldAsync, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogInformation("The SSE listener stopped with the host");
            health.Update(h => h with { Status = SseListenerStatus.Stopped, Connected = false, ConnectedSince = null, NextReconnectDelay = null });
        }
    }

    private async Task ListenWhileHeldAsync(CancellationToken cancellationToken)
    {
        try
        {
            await listener.RunAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            health.Update(h => h.Status == SseListenerStatus.Unhealthy
                ? h
                : h with { Status = SseListenerStatus.Standby, Connected = false, ConnectedSince = null, NextReconnectDelay = null });
        }
    }
}
