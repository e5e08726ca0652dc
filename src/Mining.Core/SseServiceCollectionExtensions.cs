using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Mining.Core.Http;
using Mining.Core.Leasing;
using Mining.Core.Options;
using Mining.Core.Signals;
using Mining.Core.Sse;
using Mining.Core.Storage;

namespace Mining.Core;

public static class SseServiceCollectionExtensions
{
    /// <summary>The blob, in <c>Mining:Sse:LeaseContainerName</c>, whose lease elects the one listening instance.</summary>
    public const string ListenerLeaseBlobName = "sse-listener";

    /// <summary>
    /// The SSE listener as a hosted service behind its blob-lease singleton, with its health, its HttpClient and the
    /// signal queue publisher. Needs <see cref="MiningOptions"/> bound, an <c>IAccessTokenProvider</c> and an
    /// <c>IWorkerIdentityAccessor</c>.
    /// </summary>
    public static IServiceCollection AddSseListener(this IServiceCollection services)
    {
        services.AddSignalQueue();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MiningOptions>, SseOptionsValidator>());
#pragma warning disable EXTEXP0001 // Experimental, but the only way to keep a host-wide resilience default off this client.
        services.AddHttpClient(SseListener.HttpClientName, client =>
            {
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.Add(MiningProduct.UserAgent);
            })
            .ConfigurePrimaryHttpMessageHandler(SseListener.CreatePrimaryHandler)
            .RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        services.TryAddSingleton<SseListenerHealth>();
        services.TryAddSingleton(_ => new SseReconnectPolicy(Random.Shared));
        services.TryAddSingleton<SseListener>();
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<MiningOptions>>().Value;
            var container = provider.GetRequiredService<StorageClientFactory>()
                .CreateBlobContainerClient(options.Sse.LeaseContainerName);
            return new BlobLeaseSingleton(
                container,
                ListenerLeaseBlobName,
                options.Sse.LeaseDuration,
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<BlobLeaseSingleton>>());
        });
        services.AddHostedService<SseListenerService>();
        return services;
    }

    /// <summary>
    /// Only the signal queue: <see cref="SignalQueueClient"/> (Base64, created on first use, for consumers) and
    /// <see cref="ISignalPublisher"/> as <see cref="QueueSignalPublisher"/>. Read messages with <see cref="AssignmentSignalSerializer"/>.
    /// </summary>
    public static IServiceCollection AddSignalQueue(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<StorageClientFactory>();
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<MiningOptions>>().Value;
            return SignalQueueClient.Create(provider.GetRequiredService<StorageClientFactory>(), options.Sse.SignalQueueName);
        });
        services.TryAddSingleton<ISignalPublisher, QueueSignalPublisher>();
        return services;
    }
}
