using Microsoft.Extensions.Http.Logging;
using Microsoft.Extensions.Logging;

namespace Mining.Core.Http;

/// <summary>
/// Replaces the factory's default HTTP logging, whose structured state carries raw header values (the bearer token)
/// even when its text is redacted. Logs method, path, status and duration only.
/// </summary>
public sealed partial class MiningHttpClientLogger(ILogger<MiningHttpClientLogger> logger) : IHttpClientLogger
{
    public object? LogRequestStart(HttpRequestMessage request) => null;

    public void LogRequestStop(object? context, HttpRequestMessage request, HttpResponseMessage response, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(response);
        LogAnswered(logger, request.Method.Method, request.RequestUri?.AbsolutePath, (int)response.StatusCode, (long)elapsed.TotalMilliseconds);
    }

    public void LogRequestFailed(object? context, HttpRequestMessage request, HttpResponseMessage? response, Exception exception, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(exception);
        LogFailed(logger, request.Method.Method, request.RequestUri?.AbsolutePath, exception.GetType().Name, (long)elapsed.TotalMilliseconds);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "HTTP {Method} {Path} answered {StatusCode} in {ElapsedMs} ms")]
    private static partial void LogAnswered(ILogger logger, string method, string? path, int statusCode, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Debug, Message = "HTTP {Method} {Path} failed with {ErrorType} after {ElapsedMs} ms")]
    private static partial void LogFailed(ILogger logger, string method, string? path, string errorType, long elapsedMs);
}
