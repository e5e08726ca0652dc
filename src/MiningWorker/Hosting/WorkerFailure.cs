using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MiningWorker.Hosting;

/// <summary>
/// Records the first error that makes going on pointless (a failed token refresh) and stops the host, so the
/// worker exits with code 1 and one clear message instead of retrying forever.
/// </summary>
internal sealed class WorkerFailure(IHostApplicationLifetime lifetime, ILogger<WorkerFailure> logger)
{
    private string? _message;

    public string? Message => Volatile.Read(ref _message);

    public void Stop(string message)
    {
        if (Interlocked.CompareExchange(ref _message, message, null) is null)
        {
            logger.LogCritical("Stopping the worker: {Reason}", message);
            lifetime.StopApplication();
        }
    }
}
