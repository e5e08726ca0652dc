using Mining.Core.Identity;

namespace Mining.Core.Tests.Sse;

public sealed class FixedIdentityAccessor : IWorkerIdentityAccessor
{
    public ValueTask<WorkerIdentity> GetAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(new WorkerIdentity("user-1", "device 1/é"));
}
