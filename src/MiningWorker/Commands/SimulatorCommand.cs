using System.CommandLine;
using System.Globalization;
using Mining.Simulator;
using Mining.Simulator.Model;

namespace MiningWorker.Commands;

/// <summary><c>mining-worker simulator [--port N]</c>: runs the reference server alone until Ctrl-C (WORKER_CLI.md).</summary>
internal static class SimulatorCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port")
        {
            Description = "Loopback port to listen on (0 picks a free one).",
            DefaultValueFactory = _ => 0,
        };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                result.AddError("--port must be between 0 and 65535.");
            }
        });
        var tasks = new Option<int>("--tasks")
        {
            Description = "Create a search query with this many good pages at start.",
            DefaultValueFactory = _ => 0,
        };
        tasks.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 10_000)
            {
                result.AddError("--tasks must be between 0 and 10000.");
            }
        });
        var refreshToken = new Option<string?>("--refresh-token")
        {
            Description = "The refresh token the server accepts (default: a random one, printed at start).",
        };

        var command = new Command("simulator", "Run the reference server of the mining contract alone, for manual runs and tests.");
        command.Options.Add(port);
        command.Options.Add(tasks);
        command.Options.Add(refreshToken);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = TextWriter.Synchronized(parseResult.InvocationConfiguration.Output);
            var options = new SimulatorOptions
            {
                Port = parseResult.GetValue(port),
                RefreshToken = parseResult.GetValue(refreshToken) is { Length: > 0 } token ? token : null,
                OnRequest = request => output.WriteLine(Describe(request)),
            };
            SimulatorServer server;
            try
            {
                server = await SimulatorServer.StartAsync(options, cancellationToken);
            }
            catch (IOException e)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync($"mining-worker simulator: cannot listen on 127.0.0.1:{options.Port}: {e.Message}");
                return 1;
            }

            await using (server)
            {
                if (parseResult.GetValue(tasks) is > 0 and var count)
                {
                    server.CreateSearchQuery(SearchQuerySpec.GoodPages(count));
                }

                await output.WriteAsync(Banner(server));
                await output.FlushAsync(CancellationToken.None);
                try
                {
                    // The root command turns Ctrl-C and SIGTERM into this token (InvocationConfiguration.ProcessTerminationTimeout).
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    await output.WriteLineAsync($"Stopping. {server.Summary()}");
                }
            }

            return 0;
        });
        return command;
    }

    private static string Banner(SimulatorServer server)
    {
        var url = server.BaseUrl.ToString();
        var host = $"127.0.0.1:{server.Port.ToString(CultureInfo.InvariantCulture)}";
        return $$"""
            Simulator listening on {{url}}
            Refresh token: {{server.RefreshToken}}

            Run a worker against it:
              mining-worker run --Mining:ApiBaseUrl={{url}} --Mining:MinerBaseUrl={{url}} --Mining:RefreshToken={{server.RefreshToken}} --Mining:Crawler:AllowedPrivateHosts:0={{host}}

            Create tasks (page kinds: good, slow, missing, blocked, empty, down):
              curl -X POST {{url}}_sim/queries -H 'Content-Type: application/json' -d '{"tasks": 10}'
              curl -X POST {{url}}_sim/queries -H 'Content-Type: application/json' -d '{"mix": {"good": 6, "missing": 2, "slow": 2}, "slow_ms": 3000}'
            Inject faults: POST {{url}}_sim/faults with {"kind": "drop_stream" | "rate_limit" | "server_error" | "expire_tokens" | "fail_refresh" | ...}
            Inspect: GET {{url}}_sim/state and {{url}}_sim/requests

            Press Ctrl-C to stop.

            """;
    }

    private static string Describe(RecordedRequest request) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{request.StartedAt:HH:mm:ss.fff} {request.Method} {request.Path}{request.Query} -> {request.StatusCode} ({request.Duration.TotalMilliseconds:F0} ms){(request.InjectedFault is { } fault ? " [fault: " + fault + "]" : string.Empty)}");
}
