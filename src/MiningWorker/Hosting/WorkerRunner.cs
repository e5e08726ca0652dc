using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Mining.Core.Auth;
using MiningWorker.Cli;

namespace MiningWorker.Hosting;

/// <summary>Runs a built worker until it is stopped, and turns how it ended into an exit code and one line on stderr.</summary>
internal static class WorkerRunner
{
    public static async Task<int> RunAsync(WebApplication app, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(error);
        await using (app)
        {
            try
            {
                await app.StartAsync(cancellationToken);
                app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WorkerRunner))
                    .LogInformation("Health endpoint: {Url}/healthz", app.Urls.FirstOrDefault());
                await app.WaitForShutdownAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await app.StopAsync(CancellationToken.None);
            }
            catch (Exception failure) when (Describe(failure) is var (code, message))
            {
                await error.WriteLineAsync($"mining-worker: {message}");
                return code;
            }

            return Outcome(app.Services, error);
        }
    }

    /// <summary>A bad setting is exit code 2 with the one line that names the key; any other failure is 1.</summary>
    public static (int Code, string Message) Describe(Exception failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return failure switch
        {
            OptionsValidationException invalid => (ExitCodes.BadUsage, "invalid settings: " + invalid.Message),
            InvalidOperationException { Message: var text } when text.StartsWith("Failed to convert configuration value", StringComparison.Ordinal)
                => (ExitCodes.BadUsage, "invalid settings: " + text),
            AuthenticationFailedException auth => (ExitCodes.RuntimeFailure, FatalOnAuthFailureTokenProvider.AuthenticationMessage(auth)),
            AggregateException { InnerExceptions.Count: 1 } aggregate => Describe(aggregate.InnerExceptions[0]),
            _ => (ExitCodes.RuntimeFailure, failure.Message),
        };
    }

    private static int Outcome(IServiceProvider services, TextWriter error)
    {
        if (services.GetRequiredService<WorkerFailure>().Message is { } fatal)
        {
            error.WriteLine($"mining-worker: {fatal}");
            return ExitCodes.RuntimeFailure;
        }

        var crashed = services.GetServices<IHostedService>().OfType<BackgroundService>().FirstOrDefault(service => service.ExecuteTask?.IsFaulted == true);
        if (crashed?.ExecuteTask?.Exception?.GetBaseException() is { } crash)
        {
            error.WriteLine($"mining-worker: {crashed.GetType().Name} failed: {crash.Message}");
            return ExitCodes.RuntimeFailure;
        }

        return ExitCodes.Success;
    }
}
