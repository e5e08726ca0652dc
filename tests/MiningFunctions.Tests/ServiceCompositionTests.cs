using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Mining.Core.Api;
using Mining.Core.Crawling;
using Mining.Core.Identity;
using Mining.Core.Signals;
using Mining.Core.Sse;
using Mining.Workflows.Tests.Fakes;

namespace MiningFunctions.Tests;

/// <summary>The app's registrations compose and start: what the Functions host does before the first trigger.</summary>
public sealed class ServiceCompositionTests
{
    static HostApplicationBuilder Builder()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["Mining:RefreshToken"] = "placeholder-refresh-token";
        builder.Configuration["Mining:Platforms:0"] = "google";
        return builder;
    }

    [Fact]
    public void Every_function_resolves_from_the_real_registrations()
    {
        var builder = Builder();
        builder.Services.AddMiningFunctionsTelemetry().AddMiningFunctions();

        using var host = builder.Build();

        foreach (var function in new[] { typeof(HeartbeatFunction), typeof(SignalQueueFunctions), typeof(WorkflowFunctions) })
        {
            Assert.NotNull(ActivatorUtilities.CreateInstance(host.Services, function));
        }

        Assert.Contains(host.Services.GetServices<IHostedService>(), service => service is SseListenerService);
        var logFilter = host.Services.GetRequiredService<IOptions<LoggerFilterOptions>>().Value;
        Assert.DoesNotContain(logFilter.Rules, rule => rule.ProviderName == FunctionsServiceCollectionExtensions.ApplicationInsightsLoggerProvider);
    }

    [Fact]
    public async Task Start_up_sets_the_preferences_and_sends_the_first_signal()
    {
        var api = new FakeMiningApi();
        var signals = new RecordingSignalPublisher();
        var builder = Builder();
        builder.Services.AddSingleton<IMiningApiClient>(api);
        builder.Services.AddSingleton<IPageCrawler>(new FakeCrawler());
        builder.Services.AddSingleton<IWorkerIdentityAccessor>(new FakeIdentity());
        builder.Services.AddSingleton<ISignalPublisher>(signals);
        builder.Services.AddMiningFunctionsTelemetry().AddMiningFunctions();

        // The listener would dial the real event stream; it has its own tests.
        builder.Services.Remove(builder.Services.Single(d => d.ImplementationType == typeof(SseListenerService)));

        using var host = builder.Build();
        await host.StartAsync();
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            while (signals.Published.IsEmpty)
            {
                await Task.Delay(20, timeout.Token);
            }
        }

        await host.StopAsync();

        Assert.Equal(["google"], Assert.Single(api.Preferences));
        Assert.Equal(SignalReasons.Startup, Assert.Single(signals.Published).Reason);
    }
}
