using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Mining.Core.Api;
using Mining.Workflows;
using Mining.Workflows.Activities;
using Mining.Workflows.Model;

namespace MiningFunctions;

/// <summary>
/// The orchestrator and activities as Functions: thin adapters over Mining.Workflows, under the same
/// <see cref="WorkflowNames"/> the portable registry uses, so both hosts run one code path.
/// </summary>
public sealed class WorkflowFunctions(
    FetchAssignmentsActivity fetch,
    StartAssignmentActivity start,
    CrawlAndSubmitActivity crawlAndSubmit)
{
    [Function(WorkflowNames.Orchestrator)]
    public static Task<RoundSummary> RunOrchestratorAsync([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new MiningWorkerOrchestrator().RunAsync(context, context.GetInput<WorkerRoundState>());
    }

    [Function(WorkflowNames.FetchAssignments)]
    public Task<FetchResult> FetchAssignmentsAsync([ActivityTrigger] FetchRequest request, CancellationToken cancellationToken) =>
        fetch.FetchAsync(request, cancellationToken);

    [Function(WorkflowNames.StartAssignment)]
    public Task<StartDecision> StartAssignmentAsync([ActivityTrigger] string assignmentId, CancellationToken cancellationToken) =>
        start.StartAsync(assignmentId, cancellationToken);

    [Function(WorkflowNames.CrawlAndSubmit)]
    public Task<CrawlAndSubmitResult> CrawlAndSubmitAsync([ActivityTrigger] AssignmentWork work, CancellationToken cancellationToken) =>
        crawlAndSubmit.CrawlAndSubmitAsync(work, cancellationToken);
}
