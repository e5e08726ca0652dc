using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Mining.Core.Api;
using Mining.Core.Auth;

namespace Mining.Core.Tests.Api;

/// <summary>The real <c>AddMiningCore</c> container pointed at a loopback server, with fake time, captured logs and in-memory token storage.</summary>
public sealed class ClientHarness : IAsyncDisposable
{
    public const string AccessToken = "access-token-0-SECRET";
    public const string RefreshToken = "refresh-token-SECRET";

    private readonly ServiceProvider _services;

    private ClientHarness(LoopbackServer server, ServiceProvider services, string stateDirectory)
    {
        Server = server;
        _services = services;
        StateDirectory = stateDirectory;
    }

    public LoopbackServer Server { get; }

    public string StateDirectory { get; }

    public RecordingTimeProvider Time => (RecordingTimeProvider)_services.GetRequiredService<TimeProvider>();

    public IMiningApiClient Client => _services.GetRequiredService<IMiningApiClient>();

    public IAccessTokenProvider Tokens => _services.GetRequiredService<IAccessTokenProvider>();

    public InMemoryRefreshTokenStore RefreshTokenStore => (InMemoryRefreshTokenStore)_services.GetRequiredService<IRefreshTokenStore>();

    public FakeLogCollector Logs => _services.GetFakeLogCollector();

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public static async Task<ClientHarness> StartAsync(
        string? accessToken = AccessToken,
        Action<IServiceCollection>? configure = null,
        IDictionary<string, string?>? settings = null)
    {
        var server = await LoopbackServer.StartAsync();
        var stateDirectory = Directory.CreateTempSubdirectory("mining-core-tests-").FullName;
        var values = new Dictionary<string, string?>
        {
            ["Mining:ApiBaseUrl"] = server.BaseUrl.ToString(),
            ["Mining:MinerBaseUrl"] = server.BaseUrl.ToString(),
            ["Mining:RefreshToken"] = RefreshToken,
            ["Mining:AccessToken"] = accessToken,
            ["Mining:StateDirectory"] = stateDirectory,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
        services.AddSingleton<TimeProvider>(new RecordingTimeProvider());
        services.AddSingleton<IRefreshTokenStore, InMemoryRefreshTokenStore>();
        services.AddMiningCore();
        configure?.Invoke(services);
        return new ClientHarness(server, services.BuildServiceProvider(validateScopes: true), stateDirectory);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Server.DisposeAsync();
        Directory.Delete(StateDirectory, recursive: true);
    }
}

public sealed class InMemoryRefreshTokenStore : IRefreshTokenStore
{
    public string? Stored { get; set; }

    public Task<string?> LoadAsync(CancellationToken cancellationToken) => Task.FromResult(Stored);

    public Task SaveAsync(string refreshToken, CancellationToken cancellationToken)
    {
        Stored = refreshToken;
        return Task.CompletedTask;
    }
}
