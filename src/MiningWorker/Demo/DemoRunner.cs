using System.Diagnostics;
using Mining.Simulator;
using Mining.Simulator.Model;
using MiningWorker.Cli;
using MiningWorker.Durable;
using MiningWorker.Hosting;
using Spectre.Console;

namespace MiningWorker.Demo;

/// <summary>
/// <c>mining-worker demo</c>: a simulator on a free loopback port, the worker on the in-memory backend against it,
/// a query of <see cref="DemoScenario.Query"/>, live progress, then the report. Needs no account and no storage.
/// </summary>
internal sealed class DemoRunner(WorkerComponents components, IAnsiConsole console, TextWriter error)
{
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(200);

    public async Task<int> RunAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var stateDirectory = Directory.CreateTempSubdirectory("mining-worker-demo-");
        try
        {
            await using var simulator = await SimulatorServer.StartAsync(new SimulatorOptions { KeepAliveInterval = TimeSpan.FromSeconds(5) }, cancellationToken);
            console.MarkupLine("Simulator listening on [blue]{0}[/]", Markup.Escape(simulator.BaseUrl.ToString()));
            var settings = SimulatorWorkerSettings.For(simulator, stateDirectory.FullName);
            // The live progress owns the terminal; the worker's own log lines would tear it.
            settings["Logging:LogLevel:Default"] = "Warning";
            settings["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning";
            // Stopping the worker the moment the batch is done cancels the orchestration's in-flight completion, which the SDK logs as an error.
            settings["Logging:LogLevel:Microsoft.DurableTask"] = "Critical";
            using var stopWorker = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var hostSettings = new WorkerHostSettings { Backend = DurableBackendKind.InMemory, Overrides = settings, HandleConsoleSignals = false };
            var worker = WorkerRunner.RunAsync(() => WorkerApplication.Build(hostSettings, components), error, stopWorker.Token);

            var clock = Stopwatch.StartNew();
            var online = await WaitAsync(simulator, worker, s => s.Devices.Any(d => d.OpenStreams > 0), timeout, cancellationToken);
            var query = online ? simulator.CreateSearchQuery(DemoScenario.Query) : null;
            var finished = query is not null && await ShowProgressAsync(simulator, worker, query, timeout - clock.Elapsed, cancellationToken);

            await stopWorker.CancelAsync();
            var workerExit = await worker;
            if (query is null)
            {
                console.MarkupLine("[red]The worker did not come online (exit code {0}).[/]", workerExit);
                return ExitCodes.RuntimeFailure;
            }

            DemoReport.Write(console, simulator.State, query.Id, clock.Elapsed);
            if (!finished)
            {
                console.MarkupLine("[red]Not every task reached a final state within {0}.[/]", timeout);
            }

            return finished && workerExit == ExitCodes.Success ? ExitCodes.Success : ExitCodes.RuntimeFailure;
        }
        finally
        {
            stateDirectory.Delete(recursive: true);
        }
    }

    /// <summary>True once <paramref name="condition"/> holds; false if the worker ended first or time ran out.</summary>
    private static async Task<bool> WaitAsync(SimulatorServer simulator, Task<int> worker, Func<SimulatorState, bool> condition, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            var holds = simulator.WaitForAsync(condition, timeout, cancellationToken);
            await Task.WhenAny(holds, worker);
            return holds.IsCompletedSuccessfully;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private async Task<bool> ShowProgressAsync(SimulatorServer simulator, Task<int> worker, SearchQuerySnapshot query, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var done = WaitAsync(simulator, worker, s => s.AssignmentsOf(query.Id).All(a => a.IsFinal), timeout, cancellationToken);
        if (!console.Profile.Capabilities.Interactive)
        {
            var last = "";
            while (!done.IsCompleted)
            {
                var line = ProgressLine(simulator.State.AssignmentsOf(query.Id));
                if (line != last)
                {
                    console.WriteLine(line);
                    last = line;
                }

                await Task.WhenAny(done, Task.Delay(ProgressInterval, cancellationToken));
            }

            console.WriteLine(ProgressLine(simulator.State.AssignmentsOf(query.Id)));
            return await done;
        }

        await console.Progress().AutoClear(false).StartAsync(async context =>
        {
            var bar = context.AddTask("Crawling", maxValue: query.AssignmentIds.Count);
            while (!done.IsCompleted)
            {
                var assignments = simulator.State.AssignmentsOf(query.Id);
                bar.Value = assignments.Count(a => a.IsFinal);
                bar.Description = Markup.Escape(ProgressLine(assignments));
                await Task.WhenAny(done, Task.Delay(ProgressInterval, cancellationToken));
            }

            bar.Value = simulator.State.AssignmentsOf(query.Id).Count(a => a.IsFinal);
        });
        return await done;
    }

    private static string ProgressLine(IReadOnlyList<AssignmentSnapshot> assignments) =>
        $"{assignments.Count(a => a.IsFinal)}/{assignments.Count} final: " +
        $"{assignments.Count(a => a.State == AssignmentState.Submitted)} submitted, " +
        $"{assignments.Count(a => a.State == AssignmentState.Abandoned)} abandoned, " +
        $"{assignments.Count(a => a.State == AssignmentState.InProgress)} in progress";
}
