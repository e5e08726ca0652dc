using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Mining.Core.Signals;
using MiningWorker.Durable;
using MiningWorker.Hosting;

namespace MiningWorker.Tests.Support;

/// <summary>A worker host run in-process the way <c>mining-worker run</c> runs it, with its exit code and stderr captured.</summary>
internal sealed class RunningWorker : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();

    private RunningWorker(WebApplication app, StringWriter error)
    {
        App = app;
        Error = error;
        Exit = Task.Run(() => WorkerRunner.RunAsync(() => app, error, _stop.Token));
    }

    public WebApplication App { get; }

    public StringWriter Error { get; }

    /// <summary>The exit code, once the worker has stopped.</summary>
    public Task<int> Exit { get; }

    public IServiceProvider Services => App.Services;

    public static RunningWorker Start(FakeDomain domain, DurableBackendKind backend, IDictionary<string, string?>? settings = null)
    {
        var overrides = new Dictionary<string, string?> { ["Mining:RefreshToken"] = "refresh-secret" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            overrides[key] = value;
        }

        var hostSettings = new WorkerHostSettings { Backend = backend, Overrides = overrides, HandleConsoleSignals = false };
        return new RunningWorker(WorkerApplication.Build(hostSettings, domain.Components), new StringWriter());
    }

    /// <summary>Waits until the host has started (or ended early), and returns the health URL.</summary>
    public async Task<Uri> WaitStartedAsync()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = App.Lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        var first = await Task.WhenAny(started.Task, Exit).WaitAsync(TimeSpan.FromSeconds(60));
        if (first == Exit)
        {
            throw new InvalidOperationException($"The worker exited with {await Exit}: {Error}");
        }

        return new Uri(App.Urls.First() + "/healthz");
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Puts a signal on the worker's signal queue, as the SSE listener or the heartbeat would.</summary>
    public Task PublishAsync(string reason) =>
        Get<ISignalPublisher>().PublishAsync(new AssignmentSignal(reason, 1, null, null, DateTimeOffset.UtcNow), CancellationToken.None);

    public async Task<int> StopAsync()
    {
        await _stop.CancelAsync();
        return await Exit.WaitAsync(TimeSpan.FromSeconds(30));
    }

    public async ValueTask DisposeAsync()
    {
        if (!Exit.IsCompleted)
        {
            await StopAsync();
        }

        _stop.Dispose();
    }
}
