using Microsoft.Extensions.DependencyInjection;
using Mining.Core;
using Mining.Workflows;
using Mining.Workflows.Startup;
using MiningWorker.Heartbeat;
using MiningWorker.Signals;

namespace MiningWorker.Hosting;

/// <summary>The real domain pieces: Core client and identity, crawler and extraction, SSE listener, Workflows.</summary>
internal static class MiningComponents
{
    public static WorkerComponents Create() => new(
        services =>
        {
            services.AddMiningCore().RequireRefreshToken();
            services.AddMiningCrawler();
            services.AddContentExtraction();
            services.AddSseListener();
            services.AddMiningWorkflows();
            services.AddSingleton<IHeartbeatSender, CoreHeartbeatSender>();
            services.AddSingleton<IAssignmentSignalHandler, DurableSignalHandler>();
            services.AddHostedService<WorkerStartupService>();
        },
        registry => registry.AddMiningWorkflows());
}
