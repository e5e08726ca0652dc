using System.Diagnostics;
using System.Globalization;
using Mining.EndToEnd.Tests.Support;
using Mining.Simulator;
using Mining.Simulator.Model;
using Mining.Testing;
using MiningWorker.Demo;
using MiningWorker.Durable;

// Figures of the standalone host (docs/benchmarks.md, "Standalone host"). Not a test: it prints what it measures.
//   dotnet run -c Release --project bench/Mining.Host.Bench -- [latency|batch|rss|recovery|all]
var which = args.FirstOrDefault() ?? "all";
var azurite = new AzuriteFixture();
await azurite.InitializeAsync();
try
{
    if (which is "latency" or "all")
    {
        await Scenarios.SignalToFetchAsync(DurableBackendKind.InMemory, azurite);
        await Scenarios.SignalToFetchAsync(DurableBackendKind.AzureStorage, azurite);
    }

    if (which is "batch" or "all")
    {
        await Scenarios.BatchAgainstSequentialAsync();
    }

    if (which is "rss" or "all")
    {
        await Scenarios.IdleRssAsync(DurableBackendKind.InMemory, azurite);
        await Scenarios.IdleRssAsync(DurableBackendKind.AzureStorage, azurite);
    }

    if (which is "recovery" or "all")
    {
        await Scenarios.RecoveryAfterKillAsync(azurite);
    }
}
finally
{
    await azurite.DisposeAsync();
}

internal static class Scenarios
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    /// <summary>From each assignment event the server delivers to the worker's next list call, one single-page query at a time.</summary>
    public static async Task SignalToFetchAsync(DurableBackendKind backend, AzuriteFixture azurite)
    {
        const int warmup = 3;
        const int samples = 40;
        await using var simulator = await SimulatorServer.StartAsync();
        await using var worker = await InProcessWorker.StartOnlineAsync(simulator, backend, StorageSettings(backend, azurite, "latency"));
        for (var i = 0; i < warmup + samples; i++)
        {
            var query = simulator.CreateSearchQuery(SearchQuerySpec.GoodPages(1));
            await simulator.WaitForQueryFinalAsync(query.Id, Timeout);
        }

        var latencies = FetchLatency.Measure(simulator.State).Skip(warmup).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"signal-to-fetch [{backend}]: p50 {Ms(FetchLatency.Percentile(latencies, 50))} ms, p99 {Ms(FetchLatency.Percentile(latencies, 99))} ms, max {Ms(latencies.Max())} ms over {latencies.Count} signals"));
    }

    /// <summary>A batch of 8 pages that each take 200 ms, crawled side by side (MaxConcurrentCrawls 8) against one at a time (1).</summary>
    public static async Task BatchAgainstSequentialAsync()
    {
        var parallel = await BatchWallTimeAsync(8);
        var sequential = await BatchWallTimeAsync(1);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"batch of 8 x 200 ms pages [InMemory]: side by side {Ms(parallel)} ms, one at a time {Ms(sequential)} ms, {sequential / parallel:F1}x faster; ideal 200 ms"));
    }

    /// <summary>Resident memory of <c>mining-worker run</c> (a child process) 20 s after it came online with nothing to do.</summary>
    public static async Task IdleRssAsync(DurableBackendKind backend, AzuriteFixture azurite)
    {
        await using var simulator = await SimulatorServer.StartAsync();
        var state = Directory.CreateTempSubdirectory("mining-bench-");
        try
        {
            using var worker = WorkerProcess.Start(ProcessSettings(simulator, state, backend, azurite, "rss"), "run", "--backend", Name(backend));
            await simulator.WaitForAsync(s => s.Devices.Any(d => d.OpenStreams > 0), Timeout);
            await Task.Delay(TimeSpan.FromSeconds(20));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"idle RSS of run [{backend}]: {worker.ResidentMegabytes():F0} MB"));
            await worker.TerminateAsync(TimeSpan.FromSeconds(10));
        }
        finally
        {
            state.Delete(recursive: true);
        }
    }

    /// <summary>SIGKILL the worker while 8 pages of 2 s are crawling, restart it at once: time from the kill until all 8 are submitted.</summary>
    public static async Task RecoveryAfterKillAsync(AzuriteFixture azurite)
    {
        await using var simulator = await SimulatorServer.StartAsync();
        var state = Directory.CreateTempSubdirectory("mining-bench-");
        try
        {
            var settings = ProcessSettings(simulator, state, DurableBackendKind.AzureStorage, azurite, "recovery");
            settings["Mining:Durable:VisibilityTimeout"] = "00:00:05";
            using (var first = WorkerProcess.Start(settings, "run", "--backend", "azure-storage"))
            {
                await simulator.WaitForAsync(s => s.Devices.Any(d => d.OpenStreams > 0), Timeout);
                var query = simulator.CreateSearchQuery(new SearchQuerySpec { Slow = 8, SlowDelay = TimeSpan.FromSeconds(2) });
                await simulator.WaitForAsync(s => s.AssignmentsOf(query.Id).All(a => a.State == AssignmentState.InProgress), Timeout);
                first.Crash();
                var sinceKill = Stopwatch.StartNew();
                using var second = WorkerProcess.Start(settings, "run", "--backend", "azure-storage");
                await simulator.WaitForQueryFinalAsync(query.Id, Timeout);
                var submittedOnce = simulator.State.AssignmentsOf(query.Id).Count(a => a.AcceptedSubmits == 1);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"recovery after SIGKILL [AzureStorage, VisibilityTimeout 5 s, 2 s pages]: all 8 submitted {sinceKill.Elapsed.TotalSeconds:F1} s after the kill ({submittedOnce}/8 exactly once)"));
                await second.TerminateAsync(TimeSpan.FromSeconds(10));
            }
        }
        finally
        {
            state.Delete(recursive: true);
        }
    }

    private static async Task<TimeSpan> BatchWallTimeAsync(int maxConcurrentCrawls)
    {
        await using var simulator = await SimulatorServer.StartAsync();
        var settings = new Dictionary<string, string?> { ["Mining:MaxConcurrentCrawls"] = maxConcurrentCrawls.ToString(CultureInfo.InvariantCulture) };
        await using var worker = await InProcessWorker.StartOnlineAsync(simulator, DurableBackendKind.InMemory, settings);
        var runs = new List<TimeSpan>();
        for (var run = 0; run < 4; run++)
        {
            var clock = Stopwatch.StartNew();
            var query = simulator.CreateSearchQuery(new SearchQuerySpec { Slow = 8, SlowDelay = TimeSpan.FromMilliseconds(200) });
            await simulator.WaitForQueryFinalAsync(query.Id, Timeout);
            runs.Add(clock.Elapsed);
        }

        return runs.Skip(1).Order().ElementAt(1);
    }

    private static Dictionary<string, string?> StorageSettings(DurableBackendKind backend, AzuriteFixture azurite, string name) =>
        backend == DurableBackendKind.InMemory
            ? []
            : new()
            {
                ["Mining:Storage"] = azurite.ConnectionString,
                ["Mining:Durable:TaskHubName"] = "bench" + name,
                ["Mining:Sse:SignalQueueName"] = "bench-" + name,
            };

    private static Dictionary<string, string> ProcessSettings(SimulatorServer simulator, DirectoryInfo state, DurableBackendKind backend, AzuriteFixture azurite, string name)
    {
        var settings = SimulatorWorkerSettings.For(simulator, state.FullName);
        foreach (var (key, value) in StorageSettings(backend, azurite, name))
        {
            settings[key] = value;
        }

        return settings.Where(s => s.Value is not null).ToDictionary(s => s.Key, s => s.Value!);
    }

    private static string Name(DurableBackendKind backend) => backend == DurableBackendKind.InMemory ? "in-memory" : "azure-storage";

    private static string Ms(TimeSpan value) => value.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture);
}
