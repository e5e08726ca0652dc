using DurableTask.Core;
using Microsoft.DurableTask.Testing.Sidecar;

namespace Mining.Workflows.Bench;

/// <summary>
/// The in-memory backend with its activity cap lifted. <see cref="InMemoryOrchestrationService"/> reports
/// <c>Environment.ProcessorCount</c> (2 on the bench machine) as its activity concurrency, and its dispatcher then
/// waits ~500 ms whenever the cap is reached, so 8 crawls would run two at a time. Re-implementing the interface
/// replaces only that one member; everything else maps to the inherited implementation.
/// </summary>
sealed class UncappedInMemoryOrchestrationService(int maxActivities) : InMemoryOrchestrationService, IOrchestrationService
{
    int IOrchestrationService.MaxConcurrentTaskActivityWorkItems => maxActivities;
}
