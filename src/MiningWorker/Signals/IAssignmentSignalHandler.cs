using Mining.Core.Signals;

namespace MiningWorker.Signals;

/// <summary>Acts on one signal: starts the device's orchestration, or raises the signal event on it.</summary>
internal interface IAssignmentSignalHandler
{
    Task HandleAsync(AssignmentSignal signal, CancellationToken cancellationToken);
}
