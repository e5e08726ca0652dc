using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Mining.Core.Api;
using Mining.Core.Crawling;
using Mining.Core.Identity;
using Mining.Core.Signals;
using Mining.Workflows.Tests.Fakes;

namespace MiningFunctions.Tests;

/// <summary>The app's registrations compose and start: what the Functions host would do before the first trigger.</summary>
public sealed class ServiceCompositionTests
{
    [Fact]
    public async Task The_functions_resolve_and_start_up_sets_preferences_and_signals()
    {
        var api = new FakeMiningApi();
        var signals = new RecordingSignalPublisher();
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["Mining:Platforms:0"] = "google";
        builder.Services.AddMiningFunctionsTelemetry().AddMiningFunctionsSettings().AddMiningFunctions();
        builder.Services.AddSingleton<IMiningApiClient>(api);
        builder.Services.AddSingleton<IPageCrawler>(new FakeCrawler());
        builder.Services.AddSingleton<IWorkerIdentityAccessor>(new FakeIdentity());
        builder.Services.AddSingleton<ISignalPublisher>(signals);

        using var host = builder.Build();
        foreach (var function in new[] { typeof(HeartbeatFunction), typeof(SignalQueueFunctions), typeof(WorkflowFunctions) })
        {
            Assert.NotNull(ActivatorUtilities.CreateInstance(host.Services, function));
        }

        var logFilter = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.Extensions.Logging.LoggerFilterOptions>>().Value;
        Assert.DoesNotContain(logFilter.Rules, rule => rule.ProviderName == FunctionsServiceCollectionExtensions.ApplicationInsightsLoggerProvider);

        await host.StartAsync();
        await WaitFor(() => !signals.Published.IsEmpty);
        await host.StopAsync();

        Assert.Equal(["google"], Assert.Single(api.Preferences));
        Assert.Equal(SignalReasons.Startup, Assert.Single(signals.Published).Reason);
    }

    static async Task WaitFor(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}
