using Microsoft.DurableTask;
using Mining.Workflows.Activities;

namespace Mining.Workflows;

public static class WorkflowsRegistryExtensions
{
    /// <summary>Registers the orchestrator and activities under <see cref="WorkflowNames"/> for the portable worker.</summary>
    public static DurableTaskRegistry AddMiningWorkflows(this DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return registry
            .AddOrchestrator<MiningWorkerOrchestrator>(WorkflowNames.Orchestrator)
            .AddActivity<FetchAssignmentsActivity>(WorkflowNames.FetchAssignments)
            .AddActivity<StartAssignmentActivity>(WorkflowNames.StartAssignment)
            .AddActivity<CrawlAndSubmitActivity>(WorkflowNames.CrawlAndSubmit);
    }
}
