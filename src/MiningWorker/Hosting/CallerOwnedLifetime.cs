using Microsoft.Extensions.Hosting;

namespace MiningWorker.Hosting;

/// <summary>A host lifetime that leaves Ctrl-C and SIGTERM to whoever runs the host (the demo, in-process tests).</summary>
internal sealed class CallerOwnedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
