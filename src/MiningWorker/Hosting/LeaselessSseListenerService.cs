using Microsoft.Extensions.Hosting;
using Mining.Core.Sse;

namespace MiningWorker.Hosting;

/// <summary>
/// The standalone host's SSE listener: one process, so no blob lease elects the listener (the Functions app needs
/// one against scale-out); it listens for the life of the host, from the moment the host starts.
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
