using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Mining.Core.Options;
using Mining.Core.Signals;
using MiningWorker.Durable;
using MiningWorker.Hosting;
using MiningWorker.Signals;
using MiningWorker.Tests.Support;

namespace MiningWorker.Tests;

public sealed class WorkerApplicationTests
{
    [Fact]
    public async Task In_memory_backend_keeps_signals_in_an_in_process_channel()
    {
        await using var app = Build(DurableBackendKind.InMemory);

        Assert.IsType<ChannelSignalQueue>(app.Services.GetRequiredService<ISignalPublisher>());
        Assert.IsType<ChannelSignalQueue>(app.Services.GetRequiredService<ISignalSource>());
    }

    [Fact]
    public async Task Azure_storage_backend_reads_the_storage_queue()
    {
        await using var app = Build(DurableBackendKind.AzureStorage);

        Assert.IsType<QueueSignalPublisher>(app.Services.GetRequiredService<ISignalPublisher>());
        Assert.IsType<StorageQueueSignalSource>(app.Services.GetRequiredService<ISignalSource>());
    }

    [Fact]
    public async Task Command_line_settings_win_over_the_defaults_and_services_stop_together_within_the_budget()
    {
        await using var app = Build(DurableBackendKind.InMemory, "--Mining:PollInterval", "00:00:07", "--Mining:MaxConcurrentCrawls=3");

        var mining = app.Services.GetRequiredService<IOptions<MiningOptions>>().Value;
        Assert.Equal(TimeSpan.FromSeconds(7), mining.PollInterval);
        Assert.Equal(3, mining.MaxConcurrentCrawls);
        var host = app.Services.GetRequiredService<IOptions<HostOptions>>().Value;
        Assert.True(host.ServicesStopConcurrently);
        Assert.True(host.ShutdownTimeout < TimeSpan.FromSeconds(10));
    }

    private static WebApplication Build(DurableBackendKind backend, params string[] arguments) =>
        WorkerApplication.Build(
            new WorkerHostSettings
            {
                Backend = backend,
                ConfigurationArguments = arguments,
                Overrides = new Dictionary<string, string?> { ["Mining:RefreshToken"] = "x" },
                HandleConsoleSignals = false,
            },
            new FakeDomain().Components);
}
