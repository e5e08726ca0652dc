namespace Mining.Workflows.Activities;

/// <summary>
/// Thrown by an activity for a failure that may pass on its own (network, 5xx, 429 after the client's own retries).
/// Only this type is retried by <see cref="ActivityRetry"/>; every other failure is final.
/// </summary>
public sealed class TransientActivityException(string message, Exception innerException) : Exception(message, innerException);
