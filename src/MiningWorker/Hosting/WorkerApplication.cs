using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Mining.Core;
using Mining.Core.Auth;
using Mining.Core.Options;
using Mining.Core.Signals;
using Mining.Core.Sse;
using MiningWorker.Durable;
using MiningWorker.Health;
using MiningWorker.Heartbeat;
using MiningWorker.Signals;

namespace MiningWorker.Hosting;

/// <summary>Composes the standalone worker: durable sidecar and worker, signal queue, heartbeats, SSE, health.</summary>
internal static class WorkerApplication
{
    /// <summary>Shutdown must finish within 10 s of Ctrl-C; the services stop together, not one after another.</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(7);

    public static WebApplication Build(WorkerHostSettings settings, WorkerComponents components)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(components);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [.. settings.ConfigurationArguments] });
        builder.Configuration.AddInMemoryCollection(settings.Overrides);
        builder.Logging.AddWorkerConsole(builder.Configuration);
        if (!settings.HandleConsoleSignals)
        {
            builder.Services.AddSingleton<IHostLifetime, CallerOwnedLifetime>();
        }

        var services = builder.Services;
        services.Configure<HostOptions>(host =>
        {
            host.ServicesStopConcurrently = true;
            host.ShutdownTimeout = ShutdownTimeout;
        });
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<WorkerFailure>();

        components.AddServices(services);
        services.DecorateSingleton<IAccessTokenProvider>((provider, inner) =>
            new FatalOnAuthFailureTokenProvider(inner, provider.GetRequiredService<WorkerFailure>()));

        AddDurable(services, settings.Backend, components);
        AddSignalQueue(services, settings.Backend);
        services.AddSingleton<HeartbeatStatus>();
        services.AddHostedService<HeartbeatLoop>();
        AddHealth(builder);

        var app = builder.Build();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync });
        return app;
    }

    private static void AddDurable(IServiceCollection services, DurableBackendKind backend, WorkerComponents components)
    {
        var endpoint = new SidecarEndpoint();
        services.AddSingleton(endpoint);
        services.AddSingleton(provider => new OrchestrationBackendFactory(backend, provider.GetRequiredService<ILoggerFactory>()));
        services.AddHostedService<DurableSidecarService>();
        services.AddDurableTaskWorker(worker =>
        {
            worker.UseGrpc(endpoint.Channel);
            worker.AddTasks(components.RegisterTasks);
        });
        services.AddOptions<DurableTaskWorkerOptions>(Options.DefaultName)
            .Configure<IOptions<MiningOptions>>((worker, mining) =>
                worker.Concurrency.MaximumConcurrentActivityWorkItems = DurableConcurrency.ActivitySlots(mining.Value));
        services.AddDurableTaskClient(client =>
        {
            client.UseGrpc(endpoint.Channel);
            client.RegisterDirectly();
        });
    }

    /// <summary>
    /// The in-memory backend keeps signals in an in-process channel, so it needs no storage; the azure-storage backend
    /// reads the storage queue the SSE listener and heartbeat write to. On both, the listener runs without the blob
    /// lease the Functions app needs against scale-out: this host is one process, and a worker restarted after a
    /// crash must not wait out its dead predecessor's lease before it hears assignments again.
    /// </summary>
    private static void AddSignalQueue(IServiceCollection services, DurableBackendKind backend)
    {
        if (backend == DurableBackendKind.InMemory)
        {
            services.AddSingleton<ChannelSignalQueue>();
            services.Replace(ServiceDescriptor.Singleton<ISignalPublisher>(provider => provider.GetRequiredService<ChannelSignalQueue>()));
            services.AddSingleton<ISignalSource>(provider => provider.GetRequiredService<ChannelSignalQueue>());
        }
        else
        {
            services.AddSignalQueue();
            services.AddSingleton<ISignalSource, StorageQueueSignalSource>();
        }

        var leased = services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(SseListenerService)).ToList();
        foreach (var descriptor in leased)
        {
            services.Remove(descriptor);
            services.AddHostedService<LeaselessSseListenerService>();
        }

        services.AddHostedService<SignalQueueConsumer>();
    }

    private static void AddHealth(WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<HealthOptions>()
            .BindConfiguration(HealthOptions.SectionName)
            .Validate(health => health.Port is >= 0 and <= IPEndPoint.MaxPort, "Mining:Health:Port must be between 0 and 65535.")
            .ValidateOnStart();
        builder.Services.AddOptions<KestrelServerOptions>()
            .Configure<IOptions<HealthOptions>>((kestrel, health) =>
                kestrel.Listen(IPAddress.Loopback, health.Value.Port, listen => listen.Protocols = HttpProtocols.Http1));
        builder.Services.AddHealthChecks()
            .AddCheck<WorkerFailureHealthCheck>("worker")
            .AddCheck<HeartbeatHealthCheck>("heartbeat")
            .AddCheck<SseHealthCheck>("sse");
    }
}
