using Microsoft.DurableTask.Client;
using Mining.Core.Signals;
using Mining.Workflows.Signals;

namespace MiningWorker.Signals;

/// <summary>Hands a signal to the Workflows' dispatcher with the host's durable client.</summary>
internal sealed class DurableSignalHandler(SignalDispatcher dispatcher, DurableTaskClient client) : IAssignmentSignalHandler
{
    public Task HandleAsync(AssignmentSignal signal, CancellationToken cancellationToken) =>
        dispatcher.DispatchAsync(client, signal, cancellationToken);
}
