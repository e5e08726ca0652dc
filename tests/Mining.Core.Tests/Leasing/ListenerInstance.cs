using Azure.Core.Pipeline;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging.Abstractions;
using Mining.Core.Leasing;
using Mining.Core.Options;
using Mining.Core.Signals;
using Mining.Core.Sse;
using Mining.Core.Tests.Sse;

namespace Mining.Core.Tests.Leasing;

/// <summary>One simulated worker instance: an <see cref="SseListenerService"/> with its own storage connection and health.</summary>
public sealed class ListenerInstance : IAsyncDisposable
{
    private readonly LoopbackHttpClientFactory _httpClients = new();

    public ListenerInstance(string storage, string containerName, SseTestServer server, TimeProvider time)
    {
        var blobs = new BlobServiceClient(storage, new BlobClientOptions
        {
            Transport = new HttpClientTransport(new HttpClient(Storage)),
            Retry = { MaxRetries = 0, NetworkTimeout = TimeSpan.FromSeconds(5) },
        });
        Lease = new BlobLeaseSingleton(
            blobs.GetBlobContainerClient(containerName),
            "sse-listener",
            TimeSpan.FromSeconds(15),
            time,
            NullLogger<BlobLeaseSingleton>.Instance);
        var listener = new SseListener(
            _httpClients,
            new FakeAccessTokenProvider(),
            new FixedIdentityAccessor(),
            Publisher,
            Microsoft.Extensions.Options.Options.Create(new MiningOptions { MinerBaseUrl = server.BaseUrl.ToString() }),
            Health,
            new SseReconnectPolicy(new MidpointRandom()),
            time,
            NullLogger<SseListener>.Instance);
        Service = new SseListenerService(Lease, listener, Health, NullLogger<SseListenerService>.Instance);
    }

    public KillSwitchHandler Storage { get; } = new();

    public SseListenerHealth Health { get; } = new();

    public RecordingSignalPublisher Publisher { get; } = new();

    public BlobLeaseSingleton Lease { get; }

    public SseListenerService Service { get; }

    public bool Connected => Health.Current.Connected;

    public async ValueTask DisposeAsync()
    {
        await Service.StopAsync(CancellationToken.None);
        Service.Dispose();
        _httpClients.Dispose();
        Storage.Dispose();
    }
}
