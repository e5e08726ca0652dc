using Microsoft.DurableTask;

namespace Mining.Workflows.Activities;

/// <summary>The retry policy for every activity: transient failures only, never a final outcome.</summary>
public static class ActivityRetry
{
    /// <summary>
    /// Three attempts, 1 s then 2 s apart. Final outcomes (skip, abandon, already completed) are return values, not
    /// exceptions, so they are never retried; of the exceptions only <see cref="TransientActivityException"/> is.
    /// </summary>
    public static TaskOptions Options { get; } = TaskOptions.FromRetryPolicy(new RetryPolicy(
        maxNumberOfAttempts: 3,
        firstRetryInterval: TimeSpan.FromSeconds(1),
        backoffCoefficient: 2.0,
        maxRetryInterval: TimeSpan.FromSeconds(30))
    {
        HandleFailure = failure => failure.IsCausedBy<TransientActivityException>(),
    });
}
