using Microsoft.AspNetCore.Builder;
using Mining.Simulator;
using MiningWorker.Demo;
using MiningWorker.Durable;
using MiningWorker.Hosting;

namespace Mining.EndToEnd.Tests.Support;

/// <summary>The real worker (every real piece) run in-process against a simulator, as <c>mining-worker run</c> would run it.</summary>
internal sealed class InProcessWorker : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly DirectoryInfo _state = Directory.CreateTempSubdirectory("mining-e2e-");

    private InProcessWorker(DurableBackendKind backend, IReadOnlyDictionary<string, string?> settings, SimulatorServer simulator)
    {
        var overrides = SimulatorWorkerSettings.For(simulator, _state.FullName);
        foreach (var (key, value) in settings)
        {
            overrides[key] = value;
        }

        var hostSettings = new WorkerHostSettings { Backend = backend, Overrides = overrides, HandleConsoleSignals = false };
        Exit = Task.Run(() => WorkerRunner.RunAsync(() => WorkerApplication.Build(hostSettings, MiningComponents.Create()), Error, _stop.Token));
    }

    public StringWriter Error { get; } = new();

    public Task<int> Exit { get; }

    public static InProcessWorker Start(SimulatorServer simulator, DurableBackendKind backend, IReadOnlyDictionary<string, string?>? settings = null) =>
        new(backend, settings ?? new Dictionary<string, string?>(), simulator);

    /// <summary>Starts a worker and waits until it is online.</summary>
    public static async Task<InProcessWorker> StartOnlineAsync(SimulatorServer simulator, DurableBackendKind backend, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var worker = Start(simulator, backend, settings);
        try
        {
            await worker.WaitOnlineAsync(simulator);
            return worker;
        }
        catch
        {
            await worker.DisposeAsync();
            throw;
        }
    }

    /// <summary>Waits until the worker holds its event stream open, so the server treats it as online.</summary>
    public async Task WaitOnlineAsync(SimulatorServer simulator)
    {
        var online = simulator.WaitForAsync(s => s.Devices.Any(d => d.OpenStreams > 0), TimeSpan.FromSeconds(60));
        if (await Task.WhenAny(online, Exit) == Exit)
        {
            throw new InvalidOperationException($"The worker exited with {await Exit}: {Error}");
        }

        await online;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Exit.WaitAsync(TimeSpan.FromSeconds(30));
        _stop.Dispose();
        _state.Delete(recursive: true);
    }
}
