using Microsoft.Extensions.Diagnostics.HealthChecks;
using Mining.Core.Sse;

namespace MiningWorker.Health;

/// <summary>The SSE listener's state; unhealthy once it stopped for good (a failed token refresh).</summary>
internal sealed class SseHealthCheck(SseListenerHealth health) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var sse = health.Current;
        var data = new Dictionary<string, object>
        {
            ["state"] = sse.Status.ToString(),
            ["connected"] = sse.Connected,
            ["connected_since"] = sse.ConnectedSince?.ToString("O") ?? "",
            ["last_byte_at"] = sse.LastByteAt?.ToString("O") ?? "",
            ["last_event_at"] = sse.LastEventAt?.ToString("O") ?? "",
            ["reconnect_count"] = sse.ReconnectCount,
            ["last_error"] = sse.LastError ?? "",
        };
        return Task.FromResult(sse.IsHealthy
            ? HealthCheckResult.Healthy(sse.Status.ToString(), data)
            : HealthCheckResult.Unhealthy(sse.UnhealthyReason ?? sse.Status.ToString(), data: data));
    }
}
