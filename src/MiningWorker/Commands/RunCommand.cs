using System.CommandLine;
using MiningWorker.Cli;
using MiningWorker.Durable;
using MiningWorker.Hosting;

namespace MiningWorker.Commands;

/// <summary><c>mining-worker run [--backend azure-storage|in-memory]</c>: the whole worker until Ctrl-C or SIGTERM.</summary>
internal static class RunCommand
{
    public static Command Create(WorkerComponents components)
    {
        var backend = new Option<string>("--backend")
        {
            Description = "Where orchestration state lives: azure-storage keeps it in Mining:Storage (Azurite locally) and " +
                          "survives a kill; in-memory needs nothing and keeps nothing.",
            DefaultValueFactory = _ => DurableBackendNames.AzureStorage,
        };
        backend.AcceptOnlyFromAmong([.. DurableBackendNames.All]);
        var command = new Command(
            "run",
            "Runs the worker: heartbeats, the SSE listener, the signal queue and the durable orchestration. Logs go to " +
            "stderr, one line per event; GET /healthz on loopback (Mining:Health:Port) reports the SSE state and the last " +
            "heartbeat. Ctrl-C or SIGTERM stops it cleanly. Settings: see mining-worker --help.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.Options.Add(backend);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            if (!ConfigurationArguments.TryCollect(parseResult.UnmatchedTokens, out var settings, out var usage))
            {
                await error.WriteLineAsync($"mining-worker run: {usage}");
                return ExitCodes.BadUsage;
            }

            var hostSettings = new WorkerHostSettings
            {
                Backend = DurableBackendNames.Parse(parseResult.GetRequiredValue(backend)),
                ConfigurationArguments = settings,
            };
            return await WorkerRunner.RunAsync(() => WorkerApplication.Build(hostSettings, components), error, cancellationToken);
        });
        return command;
    }
}
