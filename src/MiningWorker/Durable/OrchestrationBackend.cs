using DurableTask.Core;

namespace MiningWorker.Durable;

/// <summary>The two faces of one orchestration store that the sidecar serves: the dispatch side and the client side.</summary>
internal sealed record OrchestrationBackend(IOrchestrationService Service, IOrchestrationServiceClient Client);
