using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Mining.Core.Api;
using Mining.Core.Auth;
using Mining.Core.Options;
using Mining.Core.Signals;

namespace Mining.Workflows.Startup;

/// <summary>
/// What a worker does once at start: tell the server which platforms it crawls (only those), then send a
/// <see cref="SignalReasons.Startup"/> signal so assignments made while it was down are fetched.
/// </summary>
public sealed class WorkerStartup(
    IMiningApiClient api,
    ISignalPublisher signals,
    IOptionsMonitor<MiningOptions> options,
    TimeProvider timeProvider,
    ILogger<WorkerStartup> logger)
{
    /// <summary>How many times setting the preferences is tried before the worker runs on without it.</summary>
    public const int PreferenceAttempts = 5;

    static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(2);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await this.SetPreferencesAsync(cancellationToken);
        await signals.PublishAsync(
            new AssignmentSignal(SignalReasons.Startup, null, null, null, timeProvider.GetUtcNow()),
            cancellationToken);
    }

    /// <summary>Sets the preferences, retrying transient failures with a doubling delay; true when the server took them.</summary>
    public async Task<bool> SetPreferencesAsync(CancellationToken cancellationToken)
    {
        var platforms = CrawlablePlatforms.From(options.CurrentValue);
        var delay = FirstRetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await api.SetPreferencesAsync(platforms, cancellationToken);
                logger.LogInformation("Preferences set to {Platforms}", string.Join(',', platforms));
                return true;
            }
            catch (AuthenticationFailedException)
            {
                logger.LogError("Preferences not set: the worker is not authenticated");
                throw;
            }
            catch (Exception exception) when (exception is not OperationCanceledException && attempt < PreferenceAttempts)
            {
                logger.LogWarning("Setting preferences failed (attempt {Attempt}): {Error}; retrying in {Delay}", attempt, exception.Message, delay);
                await Task.Delay(delay, timeProvider, cancellationToken);
                delay *= 2;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError("Setting preferences failed {Attempts} times: {Error}; the server keeps its previous preferences", attempt, exception.Message);
                return false;
            }
        }
    }
}
