using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Mining.Core.Auth;
using Mining.Core.Identity;
using Mining.Core.Leasing;
using Mining.Core.Options;
using Mining.Core.Signals;
using Mining.Core.Sse;

namespace Mining.Core.Tests.Sse;

public sealed class SseServiceCollectionExtensionsTests
{
    [Fact]
    public void AddSseListener_registers_the_hosted_listener_behind_its_lease_with_the_queue_publisher()
    {
        using var provider = Build(_ => { });

        Assert.Contains(provider.GetServices<IHostedService>(), s => s is SseListenerService);
        Assert.IsType<QueueSignalPublisher>(provider.GetRequiredService<ISignalPublisher>());
        Assert.Same(provider.GetRequiredService<SseListenerHealth>(), provider.GetRequiredService<SseListenerHealth>());
        Assert.Equal(TimeSpan.FromSeconds(60), provider.GetRequiredService<BlobLeaseSingleton>().LeaseDuration);
        Assert.Equal("mining-signals", provider.GetRequiredService<SignalQueueClient>().Client.Name);
        Assert.Equal(
            Timeout.InfiniteTimeSpan,
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(SseListener.HttpClientName).Timeout);
    }

    [Fact]
    public async Task The_stream_client_keeps_no_host_wide_resilience_handler()
    {
        await using var server = await SseTestServer.StartAsync(Enumerable.Repeat(SseTestServer.Respond(500), 5).ToArray());
        using var provider = Build(services => services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler()));

        using var response = await provider.GetRequiredService<IHttpClientFactory>()
            .CreateClient(SseListener.HttpClientName)
            .GetAsync(new Uri(server.BaseUrl, "/workers/events"));

        Assert.Equal(500, (int)response.StatusCode);
        Assert.Single(server.Requests);
    }

    [Theory]
    [InlineData("Sse:LeaseDuration", "00:00:05", "Mining:Sse:LeaseDuration")]
    [InlineData("Sse:KeepAliveInterval", "00:00:00", "Mining:Sse:KeepAliveInterval")]
    [InlineData("Sse:KeepAliveInterval", "1.00:00:00", "Mining:Sse:KeepAliveInterval")]
    [InlineData("Sse:SignalQueueName", "Signals_Queue", "Mining:Sse:SignalQueueName")]
    [InlineData("Sse:LeaseContainerName", "x", "Mining:Sse:LeaseContainerName")]
    public void Bad_sse_settings_fail_validation_naming_the_key(string key, string value, string named)
    {
        using var provider = Build(_ => { }, options =>
        {
            switch (key)
            {
                case "Sse:LeaseDuration": options.Sse.LeaseDuration = TimeSpan.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                case "Sse:KeepAliveInterval": options.Sse.KeepAliveInterval = TimeSpan.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                case "Sse:SignalQueueName": options.Sse.SignalQueueName = value; break;
                default: options.Sse.LeaseContainerName = value; break;
            }
        });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<MiningOptions>>().Value);
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Action<IServiceCollection> configure, Action<MiningOptions>? options = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddOptions<MiningOptions>().Configure(o => options?.Invoke(o));
        services.AddSingleton<IAccessTokenProvider, FakeAccessTokenProvider>();
        services.AddSingleton<IWorkerIdentityAccessor, FixedIdentityAccessor>();
        configure(services);
        services.AddSseListener();
        return services.BuildServiceProvider();
    }
}
