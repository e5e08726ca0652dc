using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Mining.Core.Heartbeat;
using Mining.Workflows.Activities;
using Mining.Workflows.Signals;
using Mining.Workflows.Startup;

namespace Mining.Workflows;

public static class WorkflowsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the activities, <see cref="SignalDispatcher"/>, <see cref="WorkerStartup"/> and
    /// <see cref="HeartbeatSender"/>. They need <c>IMiningApiClient</c>, <c>IPageCrawler</c>,
    /// <c>IWorkerIdentityAccessor</c>, <c>ISignalPublisher</c> and the <c>MiningOptions</c> from the host.
    /// Start-up itself is a hosted service the host adds: <c>AddHostedService&lt;WorkerStartupService&gt;()</c>.
    /// </summary>
    public static IServiceCollection AddMiningWorkflows(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddTransient<FetchAssignmentsActivity>();
        services.TryAddTransient<StartAssignmentActivity>();
        services.TryAddTransient<CrawlAndSubmitActivity>();
        services.TryAddSingleton<SignalDispatcher>();
        services.TryAddSingleton<WorkerStartup>();
        services.TryAddSingleton<HeartbeatSender>();
        return services;
    }
}
