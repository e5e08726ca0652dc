using Microsoft.Extensions.Hosting;
using Mining.Core.Sse;

namespace MiningWorker.Hosting;

/// <summary>
/// The in-memory backend's SSE listener: one process, no storage, so no blob lease elects the listener; it
/// simply listens for the life of the host.
/// </summary>
internal sealed class LeaselessSseListenerService(SseListener listener) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await listener.RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped with the host.
        }
    }
}
