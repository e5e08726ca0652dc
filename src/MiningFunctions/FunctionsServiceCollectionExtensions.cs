using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Mining.Core;
using Mining.Workflows;
using Mining.Workflows.Startup;

namespace MiningFunctions;

public static class FunctionsServiceCollectionExtensions
{
    internal const string ApplicationInsightsLoggerProvider = "Microsoft.Extensions.Logging.ApplicationInsights.ApplicationInsightsLoggerProvider";

    /// <summary>
    /// Application Insights for the isolated worker. The SDK adds a rule that only sends warnings and above; it is
    /// removed so the worker's own information logs (rounds, submits, abandons) reach Application Insights too.
    /// </summary>
    public static IServiceCollection AddMiningFunctionsTelemetry(this IServiceCollection services)
    {
        services.AddApplicationInsightsTelemetryWorkerService();
        services.ConfigureFunctionsApplicationInsights();
        services.Configure<LoggerFilterOptions>(options =>
        {
            var warningsOnly = options.Rules.FirstOrDefault(rule => rule.ProviderName == ApplicationInsightsLoggerProvider);
            if (warningsOnly is not null)
            {
                options.Rules.Remove(warningsOnly);
            }
        });
        return services;
    }

    /// <summary>
    /// Everything the functions need: the <c>Mining</c> settings (validated at start, the refresh token required),
    /// the API client and identity with the device id kept in blob storage, the crawler, the SSE listener with its
    /// signal queue, the workflows' services, and the start-up that sets preferences and sends the first signal.
    /// </summary>
    public static IServiceCollection AddMiningFunctions(this IServiceCollection services)
    {
        services.AddMiningCore().UseBlobStateStores().RequireRefreshToken();
        services.AddMiningCrawler();
        services.AddSseListener();
        services.AddMiningWorkflows();
        services.AddHostedService<WorkerStartupService>();
        return services;
    }
}
