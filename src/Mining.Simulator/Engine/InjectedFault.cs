namespace Mining.Simulator.Engine;

/// <summary>A pending fault on one route: answer the next <see cref="CallsLeft"/> calls with <see cref="StatusCode"/>.</summary>
internal sealed class InjectedFault(int statusCode, TimeSpan? retryAfter, int calls)
{
    public int StatusCode { get; } = statusCode;

    /// <summary>The <c>Retry-After</c> to send, for 429s.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;

    public int CallsLeft { get; set; } = calls;

    public string Describe() => RetryAfter is { } wait
        ? $"{StatusCode} Retry-After={(int)Math.Ceiling(wait.TotalSeconds)}"
        : StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
