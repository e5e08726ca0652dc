using System.Net;
using DurableTask.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Mining.Core.Api;
using Mining.Core.Crawling;
using Mining.Core.Identity;
using Mining.Core.Options;
using Mining.Core.Signals;
using Mining.Workflows.Signals;
using Mining.Workflows.Tests.Fakes;
using MiningWorker.Durable;

namespace Mining.Workflows.Bench;

/// <summary>
/// The workflows on the in-memory durable backend, served by the gRPC sidecar on 127.0.0.1 (HTTP/2, no TLS) and
/// driven by the portable worker: the same shape as the standalone host's in-memory backend.
/// </summary>
sealed class BenchHost : IAsyncDisposable
{
    readonly WebApplication sidecar;
    readonly IHost worker;
    readonly GrpcChannel channel;

    BenchHost(WebApplication sidecar, IHost worker, GrpcChannel channel)
    {
        this.sidecar = sidecar;
        this.worker = worker;
        this.channel = channel;
    }

    public FakeMiningApi Api { get; } = new();

    public FakeCrawler Crawler { get; } = new();

    public MiningOptions Options { get; } = new() { PollInterval = TimeSpan.FromHours(1) };

    public DurableTaskClient Client => this.worker.Services.GetRequiredService<DurableTaskClient>();

    public static async Task<BenchHost> StartAsync(int maxActivities)
    {
        var service = new UncappedInMemoryOrchestrationService(loggerFactory: null, maxActivities);
        var sidecarBuilder = WebApplication.CreateSlimBuilder();
        sidecarBuilder.Logging.ClearProviders();
        sidecarBuilder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        sidecarBuilder.Services.AddGrpc();
        sidecarBuilder.Services.AddSingleton<IOrchestrationService>(service);
        sidecarBuilder.Services.AddSingleton<IOrchestrationServiceClient>(service);
        sidecarBuilder.Services.AddSingleton<TaskHubGrpcServer>();
        var sidecar = sidecarBuilder.Build();
        sidecar.MapGrpcService<TaskHubGrpcServer>();
        await sidecar.StartAsync();
        var address = sidecar.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var channel = GrpcChannel.ForAddress(address);

        BenchHost? host = null;
        var workerBuilder = Host.CreateApplicationBuilder();
        workerBuilder.Logging.ClearProviders();
        workerBuilder.Services.AddDurableTaskWorker(builder => builder.UseGrpc(channel).AddTasks(registry => registry.AddMiningWorkflows()));
        workerBuilder.Services.AddDurableTaskClient(builder => builder.UseGrpc(channel));
        workerBuilder.Services.AddSingleton<IMiningApiClient>(_ => host!.Api);
        workerBuilder.Services.AddSingleton<IPageCrawler>(_ => host!.Crawler);
        workerBuilder.Services.AddSingleton<IWorkerIdentityAccessor>(new FakeIdentity());
        workerBuilder.Services.AddSingleton<ISignalPublisher>(new RecordingSignalPublisher());
        workerBuilder.Services.AddSingleton<IOptionsMonitor<MiningOptions>>(_ => new FixedOptionsMonitor(host!.Options));
        workerBuilder.Services.AddMiningWorkflows();
        var worker = workerBuilder.Build();
        host = new BenchHost(sidecar, worker, channel);
        await worker.StartAsync();
        return host;
    }

    public Task<SignalDispatch> SignalAsync() =>
        this.worker.Services.GetRequiredService<SignalDispatcher>().DispatchAsync(
            this.Client,
            new AssignmentSignal(SignalReasons.SseAssignment, 1, null, null, DateTimeOffset.UtcNow),
            CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await this.worker.StopAsync();
        this.worker.Dispose();
        this.channel.Dispose();
        await this.sidecar.StopAsync();
        await this.sidecar.DisposeAsync();
    }
}
