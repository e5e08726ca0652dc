using Microsoft.Extensions.Diagnostics.HealthChecks;
using MiningWorker.Hosting;

namespace MiningWorker.Health;

/// <summary>Unhealthy once the worker has given up (a failed token refresh), for the seconds it takes to stop.</summary>
internal sealed class WorkerFailureHealthCheck(WorkerFailure failure) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(failure.Message is { } message ? HealthCheckResult.Unhealthy(message) : HealthCheckResult.Healthy("running"));
}
