using DurableTask.Core;
using Microsoft.DurableTask.Testing.Sidecar;
using Microsoft.Extensions.Logging;

namespace MiningWorker.Durable;

/// <summary>
/// The in-memory backend with its activity cap set by the caller. <see cref="InMemoryOrchestrationService"/> reports
/// <see cref="Environment.ProcessorCount"/> as its activity concurrency and its dispatcher waits ~500 ms at the cap, so
/// on a 2-core host a batch of 8 would crawl two at a time; crawls wait on the network, not the CPU. Re-implementing
/// the interface replaces only that member; every other one maps to the inherited implementation.
/// </summary>
public sealed class UncappedInMemoryOrchestrationService(ILoggerFactory? loggerFactory, int maxConcurrentActivities)
    : InMemoryOrchestrationService(loggerFactory), IOrchestrationService
{
    int IOrchestrationService.MaxConcurrentTaskActivityWorkItems => maxConcurrentActivities;
}
