using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Mining.Core.Options;
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
    /// Binds and validates the <c>Mining</c> section (app settings <c>Mining__*</c>). Stands in until Core's
    /// <c>AddMiningCore()</c>, which also registers the API client and identity, replaces it.
    /// </summary>
    public static IServiceCollection AddMiningFunctionsSettings(this IServiceCollection services)
    {
        services.AddOptions<MiningOptions>().BindConfiguration(MiningOptions.SectionName).ValidateOnStart();
        return services;
    }

    /// <summary>The workflows' services and the start-up that sets preferences and sends the first signal.</summary>
    public static IServiceCollection AddMiningFunctions(this IServiceCollection services)
    {
        services.AddMiningWorkflows();
        services.AddHostedService<WorkerStartupService>();
        return services;
    }
}
