using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Mining.Core.Api;
using Mining.Core.Auth;
using Mining.Core.Http;
using Mining.Core.Identity;
using Mining.Core.Options;
using Mining.Core.Storage;
using Polly.Telemetry;

namespace Mining.Core;

/// <summary>Registers the contract client: settings, tokens, the API client and the worker identity.</summary>
public static class MiningCoreServiceCollectionExtensions
{
    /// <summary>Longer than two capped 429 waits plus the transient retries, so only the pipeline decides when to give up.</summary>
    private static readonly TimeSpan OverallRequestTimeout = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Binds and validates <c>Mining</c> at start, and registers <see cref="TimeProvider.System"/> (unless one is registered),
    /// <see cref="StorageClientFactory"/>, <see cref="IAccessTokenProvider"/>, the named HTTP clients of <see cref="MiningHttpClients"/>,
    /// <see cref="IMiningApiClient"/> and <see cref="IWorkerIdentityAccessor"/>, with the file state stores of the standalone host.
    /// </summary>
    public static IServiceCollection AddMiningCore(this IServiceCollection services)
    {
        // A second call would bind the section twice and stack a second set of handlers on every client.
        if (services.Any(d => d.ServiceType == typeof(MiningApiClient)))
        {
            return services;
        }

        services.AddSingleton<MiningApiClient>();
        services.AddOptions<MiningOptions>()
            .BindConfiguration(MiningOptions.SectionName)
            .PostConfigure<IConfiguration>(ReplaceConfiguredPlatforms)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MiningOptions>, MiningOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<StorageClientFactory>();
        services.TryAddSingleton<IRefreshTokenStore, FileRefreshTokenStore>();
        services.TryAddSingleton<IDeviceIdStore, FileDeviceIdStore>();
        services.TryAddSingleton<AccessTokenProvider>();
        services.TryAddSingleton<IAccessTokenProvider>(sp => sp.GetRequiredService<AccessTokenProvider>());
        services.TryAddTransient<BearerTokenHandler>();
        services.TryAddSingleton<MiningHttpClientLogger>();
        services.TryAddSingleton<DeviceInfoProvider>();
        services.TryAddSingleton<IMiningApiClient>(sp => sp.GetRequiredService<MiningApiClient>());
        services.TryAddSingleton<IWorkerIdentityAccessor, WorkerIdentityAccessor>();

        services.Configure<TelemetryOptions>(QuietSuccessfulAttempts);

        AddClient(services, MiningHttpClients.Auth, o => o.ApiBaseUrl, bearer: false);
        AddClient(services, MiningHttpClients.Api, o => o.ApiBaseUrl, bearer: true);
        AddClient(services, MiningHttpClients.Miner, o => o.MinerBaseUrl, bearer: true);
        return services;
    }

    /// <summary>For the Functions host: keeps the device id and a rotated refresh token in blobs of <c>Mining:Storage</c>.</summary>
    public static IServiceCollection UseBlobStateStores(this IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton<IDeviceIdStore, BlobDeviceIdStore>());
        services.Replace(ServiceDescriptor.Singleton<IRefreshTokenStore, BlobRefreshTokenStore>());
        return services;
    }

    /// <summary>For hosts that talk to the network (<c>run</c>, the Functions app): <c>Mining:RefreshToken</c> must be set at start.</summary>
    public static IServiceCollection RequireRefreshToken(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MiningOptions>, RefreshTokenRequiredValidator>());
        return services;
    }

    /// <summary>Polly logs every successful HTTP attempt at Information; one line per call is noise in the operator's log.</summary>
    private static void QuietSuccessfulAttempts(TelemetryOptions telemetry) =>
        telemetry.SeverityProvider = args =>
            args.Event is { EventName: "ExecutionAttempt", Severity: ResilienceEventSeverity.Information } ? ResilienceEventSeverity.Debug : args.Event.Severity;

    /// <summary>The binder appends configured list items to a default list; configured platforms must replace the default.</summary>
    private static void ReplaceConfiguredPlatforms(MiningOptions options, IConfiguration configuration)
    {
        var configured = configuration.GetSection(MiningOptions.SectionName + ":" + nameof(MiningOptions.Platforms)).Get<string[]>();
        if (configured is { Length: > 0 })
        {
            options.Platforms = [.. configured];
        }
    }

    private static void AddClient(IServiceCollection services, string name, Func<MiningOptions, string> baseUrl, bool bearer)
    {
        var builder = services.AddHttpClient(name)
            .ConfigureHttpClient((sp, client) =>
            {
                var url = baseUrl(sp.GetRequiredService<IOptions<MiningOptions>>().Value);
                client.BaseAddress = new Uri(url.EndsWith('/') ? url : url + "/");
                client.DefaultRequestHeaders.UserAgent.Add(MiningProduct.UserAgent);
                client.Timeout = OverallRequestTimeout;
            })
            .RemoveAllLoggers()
            .AddLogger<MiningHttpClientLogger>(wrapHandlersPipeline: true);
        if (bearer)
        {
            builder.AddHttpMessageHandler<BearerTokenHandler>();
        }

        builder.AddResilienceHandler(MiningResilience.PipelineName, MiningResilience.Configure);
    }
}
