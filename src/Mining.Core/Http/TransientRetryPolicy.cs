namespace Mining.Core.Http;

/// <summary>
/// How many times a request is retried after a transient failure (5xx, 408, connection reset, attempt timeout),
/// and with which delay. Set per request with <see cref="Key"/>; 429 answers follow their own rule.
/// </summary>
public sealed record TransientRetryPolicy(int MaxRetries, TimeSpan? MinDelay = null, TimeSpan? MaxDelay = null)
{
    public static readonly HttpRequestOptionsKey<TransientRetryPolicy> Key = new("mining.transient-retry");

    /// <summary>Jittered exponential backoff from the pipeline, up to three retries.</summary>
    public static TransientRetryPolicy Default { get; } = new(3);

    /// <summary>The start rule of MINING_API.md §5: one retry after 250–500 ms.</summary>
    public static TransientRetryPolicy Start { get; } = new(1, TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(500));
}
