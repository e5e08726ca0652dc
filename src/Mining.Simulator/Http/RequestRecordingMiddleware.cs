using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Mining.Simulator.Engine;
using Mining.Simulator.Model;

namespace Mining.Simulator.Http;

/// <summary>Records every request. It stores no header and no body, and redacts token-like query values.</summary>
internal sealed class RequestRecordingMiddleware(RequestDelegate next, SimulatorStore store)
{
    private static readonly string[] SecretParameterHints = ["token", "secret", "password", "authorization"];

    public async Task InvokeAsync(HttpContext context)
    {
        var sequence = store.NextRequestSequence();
        RequestContext.SetSequence(context, sequence);
        var startedAt = store.Time.GetUtcNow();
        var started = Stopwatch.GetTimestamp();
        var hadBearer = context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
        try
        {
            await next(context);
        }
        finally
        {
            var aborted = context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted;
            store.Record(new RecordedRequest(
                sequence,
                context.Request.Method,
                context.Request.Path.Value ?? string.Empty,
                Redact(context.Request.QueryString.Value),
                RequestContext.Route(context),
                aborted ? 0 : context.Response.StatusCode,
                startedAt,
                Stopwatch.GetElapsedTime(started),
                hadBearer,
                RequestContext.InjectedFault(context),
                context.Request.Headers["Last-Event-ID"] is { Count: > 0 } lastEventId ? lastEventId.ToString() : null));
        }
    }

    /// <summary>Keeps the raw shape of the query (a comma-joined array stays visible) but not the value of a secret.</summary>
    internal static string Redact(string? query)
    {
        if (string.IsNullOrEmpty(query))
        {
            return string.Empty;
        }

        var parts = query.TrimStart('?').Split('&').Select(part =>
        {
            var separator = part.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(separator < 0 ? part : part[..separator]);
            return SecretParameterHints.Any(h => key.Contains(h, StringComparison.OrdinalIgnoreCase))
                ? (separator < 0 ? part : part[..separator]) + "=[redacted]"
                : part;
        });
        return "?" + string.Join('&', parts);
    }
}
