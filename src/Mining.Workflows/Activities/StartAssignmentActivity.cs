using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using Mining.Core.Api;

namespace Mining.Workflows.Activities;

/// <summary>
/// Starts one <c>not_started</c> assignment. Idempotent: a repeat after a crash answers 409 "already started",
/// which the client maps to <see cref="StartDecision.Proceed"/>.
/// </summary>
public sealed class StartAssignmentActivity(IMiningApiClient api, ILogger<StartAssignmentActivity> logger)
    : TaskActivity<string, StartDecision>
{
    public override Task<StartDecision> RunAsync(TaskActivityContext context, string input) =>
        this.StartAsync(input, CancellationToken.None);

    public async Task<StartDecision> StartAsync(string assignmentId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(assignmentId);
        var outcome = await TransientFailures.RunAsync(
            "Start assignment",
            ct => api.StartAssignmentAsync(assignmentId, ct),
            cancellationToken);
        if (outcome.Decision == StartDecision.Skip)
        {
            logger.LogInformation(
                "Assignment {AssignmentId} skipped at start ({StatusCode}: {Message})",
                assignmentId,
                outcome.StatusCode,
                outcome.Message);
        }

        return outcome.Decision;
    }
}
