using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Mining.Core.Http;

/// <summary>
/// The retry pipeline of every mining HTTP client (MINING_API.md §5): a 429 waits for <c>Retry-After</c> or
/// <c>X-RateLimit-Reset</c>, capped at 60 s, at most twice; transient failures get jittered exponential backoff
/// (or the request's own <see cref="TransientRetryPolicy"/>). Every wait runs on the registered <see cref="TimeProvider"/>.
/// </summary>
public static partial class MiningResilience
{
    public const string PipelineName = "mining";
    public const int MaxRateLimitRetries = 2;
    public static readonly TimeSpan MaxRateLimitWait = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(30);

    private static readonly ResiliencePropertyKey<int> RateLimitRetries = new("mining.rate-limit-retries");
    private static readonly ResiliencePropertyKey<int> TransientRetries = new("mining.transient-retries");

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(context);
        var time = context.ServiceProvider.GetRequiredService<TimeProvider>();
        var logger = context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MiningResilience).FullName!);
        pipeline.TimeProvider = time;
        pipeline.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = MaxRateLimitRetries + TransientRetryPolicy.Default.MaxRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(500),
            ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context)),
            DelayGenerator = args => ValueTask.FromResult(DelayFor(args.Outcome, args.Context, time)),
            OnRetry = args =>
            {
                var request = args.Context.GetRequestMessage();
                LogRetry(logger, request?.Method.Method, request?.RequestUri?.AbsolutePath, (long)args.RetryDelay.TotalMilliseconds,
                    args.Outcome.Result is { } result ? ((int)result.StatusCode).ToString(CultureInfo.InvariantCulture) : args.Outcome.Exception?.GetType().Name,
                    args.AttemptNumber + 1);
                return ValueTask.CompletedTask;
            },
        });
        pipeline.AddTimeout(AttemptTimeout);
    }

    /// <summary>The wait a 429 asks for: <c>Retry-After</c> (seconds or a date), else <c>X-RateLimit-Reset</c> (seconds or epoch seconds), capped.</summary>
    public static TimeSpan? RateLimitWait(HttpResponseMessage response, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(time);
        TimeSpan? wait = response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - time.GetUtcNow(),
            _ => null,
        };
        if (wait is null && response.Headers.TryGetValues("X-RateLimit-Reset", out var values)
            && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var reset))
        {
            // Large values are an epoch timestamp, small ones a number of seconds to wait.
            wait = reset > 1_000_000_000
                ? DateTimeOffset.FromUnixTimeMilliseconds((long)(reset * 1000)) - time.GetUtcNow()
                : TimeSpan.FromSeconds(reset);
        }

        if (wait is null)
        {
            return null;
        }

        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > MaxRateLimitWait ? MaxRateLimitWait : wait;
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        if (outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests)
        {
            return TakeRetry(context, RateLimitRetries, MaxRateLimitRetries);
        }

        return HttpClientResiliencePredicates.IsTransient(outcome) && TakeRetry(context, TransientRetries, PolicyOf(context).MaxRetries);
    }

    private static TimeSpan? DelayFor(Outcome<HttpResponseMessage> outcome, ResilienceContext context, TimeProvider time)
    {
        if (outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } limited)
        {
            return RateLimitWait(limited, time);
        }

        var policy = PolicyOf(context);
        if (policy.MinDelay is { } min && policy.MaxDelay is { } max)
        {
            return min + ((max - min) * Random.Shared.NextDouble());
        }

        return null;
    }

    private static TransientRetryPolicy PolicyOf(ResilienceContext context) =>
        context.GetRequestMessage()?.Options.TryGetValue(TransientRetryPolicy.Key, out var policy) == true ? policy : TransientRetryPolicy.Default;

    private static bool TakeRetry(ResilienceContext context, ResiliencePropertyKey<int> key, int limit)
    {
        var used = context.Properties.GetValue(key, 0);
        if (used >= limit)
        {
            return false;
        }

        context.Properties.Set(key, used + 1);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retrying {Method} {Path} in {DelayMs} ms after {Reason} (retry {Retry})")]
    private static partial void LogRetry(ILogger logger, string? method, string? path, long delayMs, string? reason, int retry);
}
