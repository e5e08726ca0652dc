using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Mining.Core.Auth;
using Mining.Core.Options;
using MiningWorker.Cli;

namespace MiningWorker.Hosting;

/// <summary>Runs a built worker until it is stopped, and turns how it ended into an exit code and one line on stderr.</summary>
internal static class WorkerRunner
{
    /// <param name="build">Builds the host; building already reads some settings, so its failures are reported the same way.</param>
    public static async Task<int> RunAsync(Func<WebApplication> build, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(error);
        WebApplication? app = null;
        try
        {
            app = build();
            await app.StartAsync(cancellationToken);
            app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WorkerRunner))
                .LogInformation("Health endpoint: {Url}/healthz", app.Urls.FirstOrDefault());
            await app.WaitForShutdownAsync(cancellationToken);
            return Outcome(app.Services, error);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested && app is not null)
        {
            await app.StopAsync(CancellationToken.None);
            return Outcome(app.Services, error);
        }
        catch (Exception) when (app?.Services.GetService<WorkerFailure>()?.Message is not null)
        {
            // The worker gave up while starting (a failed refresh cancels the start); say why, not how start ended.
            return Outcome(app.Services, error);
        }
        catch (Exception failure) when (Describe(failure) is var (code, message))
        {
            await error.WriteLineAsync($"mining-worker: {message}");
            return code;
        }
        finally
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }
        }
    }

    /// <summary>A bad setting is exit code 2 with the one line that names the key; any other failure is 1.</summary>
    public static (int Code, string Message) Describe(Exception failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        if (SettingsErrors.TryDescribe(failure) is { } invalid)
        {
            return (ExitCodes.BadUsage, "invalid settings: " + invalid);
        }

        return failure switch
        {
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
