using System.CommandLine;
using MiningWorker.Demo;
using MiningWorker.Hosting;
using Spectre.Console;

namespace MiningWorker.Commands;

/// <summary><c>mining-worker demo</c>: the whole worker against the built-in simulator, no account and no setup.</summary>
internal static class DemoCommand
{
    public static Command Create(WorkerComponents components)
    {
        var command = new Command(
            "demo",
            "Starts the built-in reference server (the simulator) on a free loopback port, queues a batch of tasks on it " +
            "(good, slow, missing and blocked pages), runs the worker on the in-memory backend against it until the batch " +
            "is done, and prints what was submitted. Exit code 0 when every task reached a final state.");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var interactive = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(output),
                Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
                ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
                Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
            });
            if (!interactive)
            {
                // Redirected output has no terminal width; keep each table row and total on one line for scripts.
                console.Profile.Width = 160;
            }

            var runner = new DemoRunner(components, console, parseResult.InvocationConfiguration.Error);
            return await runner.RunAsync(DemoScenario.Timeout, cancellationToken);
        });
        return command;
    }
}
