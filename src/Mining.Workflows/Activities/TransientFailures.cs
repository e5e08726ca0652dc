using Mining.Core.Api;

namespace Mining.Workflows.Activities;

/// <summary>Decides which activity failures are worth a durable retry.</summary>
public static class TransientFailures
{
    /// <summary>
    /// Network errors, timeouts, and API answers the contract does not call final (no status, 408, 429, 5xx) are
    /// transient. An authentication failure is not: the worker must stop, not loop.
    /// </summary>
    public static bool IsTransient(Exception exception, CancellationToken activityCancellation) => exception switch
    {
        HttpRequestException or TimeoutException => true,
        OperationCanceledException => !activityCancellation.IsCancellationRequested,
        MiningApiException api => api.StatusCode is null or 408 or 429 or >= 500,
        _ => false,
    };

    /// <summary>Runs <paramref name="action"/>, wrapping a transient failure in <see cref="TransientActivityException"/>.</summary>
    public static async Task<T> RunAsync<T>(string what, Func<CancellationToken, Task<T>> action, CancellationToken cancellationToken)
    {
        try
        {
            return await action(cancellationToken);
        }
        catch (Exception exception) when (IsTransient(exception, cancellationToken))
        {
            throw new TransientActivityException($"{what} failed transiently: {exception.GetType().Name}: {exception.Message}", exception);
        }
    }
}
