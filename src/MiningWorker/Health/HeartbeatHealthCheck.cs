using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Mining.Core.Options;
using MiningWorker.Heartbeat;

namespace MiningWorker.Health;

/// <summary>
/// Healthy while heartbeats get through: the last success is at most two intervals old (or the worker started
/// less than two intervals ago). Reports when the last beat succeeded and the last error.
/// </summary>
internal sealed class HeartbeatHealthCheck(HeartbeatStatus status, IOptions<MiningOptions> options, TimeProvider timeProvider) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (lastSuccessAt, lastFailureAt, lastError) = status.Snapshot();
        var data = new Dictionary<string, object>
        {
            ["last_success_at"] = lastSuccessAt?.ToString("O") ?? "never",
            ["last_failure_at"] = lastFailureAt?.ToString("O") ?? "never",
            ["last_error"] = lastError ?? "",
        };
        var window = options.Value.HeartbeatInterval * 2;
        var lastGood = lastSuccessAt ?? status.StartedAt;
        var fresh = timeProvider.GetUtcNow() - lastGood <= window;
        var result = fresh
            ? HealthCheckResult.Healthy(lastSuccessAt is null ? "no heartbeat yet" : "heartbeats get through", data)
            : HealthCheckResult.Unhealthy($"no successful heartbeat in {window}", data: data);
        return Task.FromResult(result);
    }
}
