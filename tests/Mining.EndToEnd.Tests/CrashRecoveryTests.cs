using System.Diagnostics;
using Mining.EndToEnd.Tests.Support;
using Mining.Simulator;
using Mining.Simulator.Model;
using Mining.Testing;
using MiningWorker.Demo;
using Xunit.Abstractions;

namespace Mining.EndToEnd.Tests;

[Collection(AzuriteGroup.Name)]
public sealed class CrashRecoveryTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    [Fact]
    public async Task A_worker_killed_mid_batch_finishes_every_assignment_exactly_once_after_a_restart()
    {
        await using var simulator = await SimulatorServer.StartAsync();
        var state = Directory.CreateTempSubdirectory("mining-crash-");
        var settings = SimulatorWorkerSettings.For(simulator, state.FullName)
            .Where(setting => setting.Value is not null)
            .ToDictionary(setting => setting.Key, setting => setting.Value!);
        settings["Mining:Storage"] = azurite.ConnectionString;
        settings["Mining:Durable:TaskHubName"] = "e2ecrash";
        // Work a dead worker had taken comes back after this; it must exceed the longest activity (a 3 s page).
        settings["Mining:Durable:VisibilityTimeout"] = "00:00:06";
        settings["Mining:Sse:SignalQueueName"] = "e2e-crash-signals";
        try
        {
            using var first = WorkerProcess.Start(settings, "run", "--backend", "azure-storage");
            await WaitAsync(simulator, s => s.Devices.Any(d => d.OpenStreams > 0), first, "the first worker comes online");
            var query = simulator.CreateSearchQuery(new SearchQuerySpec { Slow = 8, SlowDelay = TimeSpan.FromSeconds(3) });
            await WaitAsync(simulator, s => s.AssignmentsOf(query.Id).All(a => a.State == AssignmentState.InProgress), first, "the batch of 8 is started");

            first.Crash();
            var killedAt = Stopwatch.StartNew();
            Assert.All(simulator.State.AssignmentsOf(query.Id), a => Assert.Equal(0, a.AcceptedSubmits));
            output.WriteLine(first.Log);

            using var second = WorkerProcess.Start(settings, "run", "--backend", "azure-storage");
            await WaitAsync(simulator, s => s.AssignmentsOf(query.Id).All(a => a.IsFinal), second, "every assignment is final after the restart");
            output.WriteLine($"Recovered {killedAt.Elapsed.TotalSeconds:F1} s after the kill.");

            foreach (var assignment in simulator.State.AssignmentsOf(query.Id))
            {
                Assert.Equal(AssignmentState.Submitted, assignment.State);
                Assert.Equal(1, assignment.AcceptedSubmits);
            }

            Assert.Empty(simulator.State.Violations);
            Assert.Equal(0, await second.TerminateAsync(TimeSpan.FromSeconds(10)));
            output.WriteLine(second.Log);
        }
        finally
        {
            state.Delete(recursive: true);
        }
    }

    private static async Task WaitAsync(SimulatorServer simulator, Func<SimulatorState, bool> condition, WorkerProcess worker, string what)
    {
        try
        {
            await simulator.WaitForAsync(s => condition(s) || worker.HasExited, TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException timeout)
        {
            throw new TimeoutException($"Waiting for: {what}. {timeout.Message}\n{worker.Log}", timeout);
        }

        Assert.False(worker.HasExited, $"The worker exited while waiting for: {what}.\n{worker.Log}");
    }
}
