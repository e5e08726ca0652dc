namespace Mining.Core.Sse;

/// <summary>
/// How long the listener waits before reconnecting: exponential backoff with full jitter from about 1 s (or the
/// stream's <c>retry</c>, when longer) capped at 30 s; a long fixed wait after errors that retrying will not fix soon.
/// </summary>
public sealed class SseReconnectPolicy(Random random)
{
    public static readonly TimeSpan InitialDelay = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    /// <summary>After this long connected, a drop counts as the first failure again.</summary>
    public static readonly TimeSpan HealthyConnectionResetAfter = TimeSpan.FromSeconds(60);

    /// <summary>For 403/404, a wrong content type or a 2xx without a stream: these need an operator or a server fix.</summary>
    public static readonly TimeSpan PermanentErrorDelay = TimeSpan.FromMinutes(5);

    /// <param name="failures">Consecutive failures before this wait, starting at 0.</param>
    /// <param name="serverRetryMilliseconds">The stream's <c>retry</c>; honoured as the base delay, but never below
    /// <see cref="InitialDelay"/> so a server cannot make the worker hot-loop, nor above <see cref="MaxDelay"/>.</param>
    public TimeSpan NextDelay(int failures, ulong? serverRetryMilliseconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(failures);
        var baseDelay = serverRetryMilliseconds is { } retry
            ? TimeSpan.FromMilliseconds(Math.Clamp(retry, (ulong)InitialDelay.TotalMilliseconds, (ulong)MaxDelay.TotalMilliseconds))
            : InitialDelay;
        var ceiling = baseDelay * Math.Pow(2, Math.Min(failures, 16));
        if (ceiling > MaxDelay)
        {
            ceiling = MaxDelay;
        }

        return ceiling * random.NextDouble();
    }
}
