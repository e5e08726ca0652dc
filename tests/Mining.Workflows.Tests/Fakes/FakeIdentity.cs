using Mining.Core.Identity;

namespace Mining.Workflows.Tests.Fakes;

public sealed class FakeIdentity(string deviceId = "device-1") : IWorkerIdentityAccessor
{
    public ValueTask<WorkerIdentity> GetAsync(CancellationToken cancellationToken) => ValueTask.FromResult(new WorkerIdentity("user-1", deviceId));
}
