namespace Mining.Core.Identity;

/// <summary>
/// Resolves the worker's identity once (auth/me, then the stored device id or a register-v2 call) and caches it.
/// Heartbeats, the SSE listener and the orchestration starter all ask here.
/// </summary>
public interface IWorkerIdentityAccessor
{
    ValueTask<WorkerIdentity> GetAsync(CancellationToken cancellationToken);
}
