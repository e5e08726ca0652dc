using System.CommandLine;
using MiningWorker.Commands;
using MiningWorker.Hosting;

namespace MiningWorker.Cli;

/// <summary>The <c>mining-worker</c> command line (WORKER_CLI.md).</summary>
internal static class MiningWorkerCli
{
    /// <summary>How long a command may take to stop after Ctrl-C or SIGTERM before the process is ended.</summary>
    private static readonly TimeSpan TerminationTimeout = TimeSpan.FromSeconds(10);

    public static RootCommand CreateRoot(WorkerComponents components)
    {
        var root = new RootCommand(
            "mining-worker: the MiningFunctions worker without the Functions host. It crawls the pages the mining " +
            "network assigns and submits their main content as Markdown.\n\n" + SettingsHelpText.Text);
        root.Subcommands.Add(RunCommand.Create(components));
        root.Subcommands.Add(DemoCommand.Create(components));
        root.Subcommands.Add(SimulatorCommand.Create());
        root.Subcommands.Add(SseDumpCommand.Create());
        root.Subcommands.Add(CodecCommand.Create());
        root.Subcommands.Add(ExtractCommand.Create());
        return root;
    }

    public static async Task<int> InvokeAsync(string[] args, WorkerComponents components, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var parseResult = CreateRoot(components).Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var parseError in parseResult.Errors)
            {
                await error.WriteLineAsync($"mining-worker: {parseError.Message}");
            }

            await error.WriteLineAsync("Run 'mining-worker --help' for the commands and settings.");
            return ExitCodes.BadUsage;
        }

        var configuration = new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = TerminationTimeout };
        return await parseResult.InvokeAsync(configuration, cancellationToken);
    }
}
