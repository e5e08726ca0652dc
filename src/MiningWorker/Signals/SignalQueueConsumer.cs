using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Mining.Core.Auth;

namespace MiningWorker.Signals;

/// <summary>
/// Takes signals off the signal queue, one at a time, and hands each to the orchestration starter. A failed
/// dispatch is released so the signal comes back; nothing is lost because the orchestration always re-fetches.
/// </summary>
internal sealed class SignalQueueConsumer(
    ISignalSource source,
    IAssignmentSignalHandler handler,
    ILogger<SignalQueueConsumer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var delivery in source.ReadAllAsync(stoppingToken))
            {
                await DispatchAsync(delivery, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task DispatchAsync(SignalDelivery delivery, CancellationToken stoppingToken)
    {
        var signal = delivery.Signal;
        try
        {
            await handler.HandleAsync(signal, stoppingToken);
            await delivery.CompleteAsync(stoppingToken);
            logger.LogDebug("Dispatched signal {Reason} (event {EventId})", signal.Reason, signal.EventId);
        }
        catch (Exception error) when (error is not OperationCanceledException and not AuthenticationFailedException)
        {
            logger.LogWarning(error, "Dispatching signal {Reason} failed; it will come back", signal.Reason);
            try
            {
                await delivery.ReleaseAsync(stoppingToken);
            }
            catch (InvalidOperationException dropped)
            {
                logger.LogError("{Reason}", dropped.Message);
            }
        }
    }
}
