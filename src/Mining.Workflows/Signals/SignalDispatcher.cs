using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Mining.Core.Identity;
using Mining.Core.Signals;
using Mining.Workflows.Model;

namespace Mining.Workflows.Signals;

/// <summary>
/// Turns a signal into work: starts this device's orchestration when it is not running (never started, or
/// completed, failed or terminated), otherwise raises a <see cref="WorkflowNames.SignalEvent"/> on it. Signals are
/// idempotent hints, so a lost race between two dispatchers simply ends in a raised event.
/// </summary>
/// <remarks>
/// The client is a parameter because the Functions host binds it per invocation ([DurableClient]) while the
/// standalone host resolves it from DI.
/// </remarks>
public sealed class SignalDispatcher(IWorkerIdentityAccessor identity, TimeProvider timeProvider, ILogger<SignalDispatcher> logger)
{
    /// <summary>
    /// Dispatches a signal-queue message. A message that is not a signal is reported as a warning and still
    /// dispatched (see <see cref="SignalMessage"/>).
    /// </summary>
    public Task<SignalDispatch> DispatchMessageAsync(DurableTaskClient client, string? message, CancellationToken cancellationToken)
    {
        var signal = SignalMessage.Parse(message, timeProvider, out var problem);
        if (problem is not null)
        {
            logger.LogWarning("A signal-queue message is not a signal ({Problem}); dispatching it as a plain signal", problem);
        }

        return this.DispatchAsync(client, signal, cancellationToken);
    }

    public async Task<SignalDispatch> DispatchAsync(DurableTaskClient client, AssignmentSignal signal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(signal);
        var worker = await identity.GetAsync(cancellationToken);
        var instanceId = WorkerInstanceId.For(worker.DeviceId);

        var instance = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, cancellationToken);
        if ((instance is null || instance.IsCompleted) && await TryStartAsync(client, instanceId, cancellationToken))
        {
            logger.LogInformation(
                "Signal {Reason} started orchestration {InstanceId} (was {Status})",
                signal.Reason,
                instanceId,
                instance?.RuntimeStatus.ToString() ?? "absent");
            return SignalDispatch.Started;
        }

        await client.RaiseEventAsync(instanceId, WorkflowNames.SignalEvent, signal, cancellationToken);
        logger.LogDebug("Signal {Reason} raised on orchestration {InstanceId}", signal.Reason, instanceId);
        return SignalDispatch.Raised;
    }

    /// <summary>A start is refused while the instance is in one of these: then the signal is raised on it instead.</summary>
    static readonly OrchestrationRuntimeStatus[] ActiveStatuses =
        [OrchestrationRuntimeStatus.Pending, OrchestrationRuntimeStatus.Running, OrchestrationRuntimeStatus.Suspended];

    async Task<bool> TryStartAsync(DurableTaskClient client, string instanceId, CancellationToken cancellationToken)
    {
        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(
                WorkflowNames.Orchestrator,
                WorkerRoundState.Initial,
                new StartOrchestrationOptions(instanceId).WithDedupeStatuses(ActiveStatuses),
                cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Another dispatcher started it first: backends report that as AlreadyExists or an invalid operation.
            // If the start failed for another reason, the raise that follows fails too and surfaces it.
            logger.LogDebug("Start of {InstanceId} not done ({Error}); raising the signal instead", instanceId, exception.Message);
            return false;
        }
    }
}
