using Microsoft.Extensions.Hosting;

namespace Mining.Simulator.Engine;

/// <summary>
/// The server runs inside someone else's process (a test, the CLI): it must not take over Ctrl-C or SIGTERM the
/// way the default console lifetime does. The owner stops it by disposing <see cref="SimulatorServer"/>.
/// </summary>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
