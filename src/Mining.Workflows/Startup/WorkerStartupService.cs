using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Mining.Core.Auth;

namespace Mining.Workflows.Startup;

/// <summary>Runs <see cref="WorkerStartup"/> once when the host starts, without holding up the host's start.</summary>
public sealed class WorkerStartupService(WorkerStartup startup, ILogger<WorkerStartupService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await startup.RunAsync(stoppingToken);
        }
        catch (AuthenticationFailedException)
        {
            logger.LogError("Worker start-up stopped: not authenticated. Check Mining:RefreshToken");
        }
    }
}
