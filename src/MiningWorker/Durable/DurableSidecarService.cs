using System.Net;
using DurableTask.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Mining.Core.Options;

namespace MiningWorker.Durable;

/// <summary>
/// Serves the orchestration store in-process through the Durable Task sidecar (<see cref="TaskHubGrpcServer"/>) on
/// 127.0.0.1, HTTP/2 without TLS, so the portable worker and client run exactly as they would against a remote sidecar.
/// Registered before the durable worker, so it listens before the worker connects.
/// </summary>
internal sealed class DurableSidecarService(
    OrchestrationBackendFactory backendFactory,
    SidecarEndpoint endpoint,
    IOptions<MiningOptions> options,
    ILoggerFactory loggerFactory) : IHostedService, IAsyncDisposable
{
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(5);
    private readonly ILogger _logger = loggerFactory.CreateLogger<DurableSidecarService>();
    private WebApplication? _sidecar;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var backend = await backendFactory.CreateAsync(options.Value, cancellationToken);
            _sidecar = BuildSidecar(backend);
            await _sidecar.StartAsync(cancellationToken);
            var address = new Uri(_sidecar.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
            endpoint.SetListening(address.Port);
            _logger.LogInformation("Durable sidecar ({Backend}) listening on {Address}", backendFactory.Kind, address);
        }
        catch (Exception error)
        {
            endpoint.SetFailed(error);
            throw;
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_sidecar is not null)
        {
            await _sidecar.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_sidecar is not null)
        {
            await _sidecar.DisposeAsync();
        }
    }

    private WebApplication BuildSidecar(OrchestrationBackend backend)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(loggerFactory);
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = ShutdownTimeout);
        builder.Services.Configure<ConsoleLifetimeOptions>(lifetime => lifetime.SuppressStatusMessages = true);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        builder.Services.AddSingleton(backend.Service);
        builder.Services.AddSingleton(backend.Client);
        builder.Services.AddSingleton<TaskHubGrpcServer>();
        var app = builder.Build();
        app.MapGrpcService<TaskHubGrpcServer>();
        return app;
    }
}
