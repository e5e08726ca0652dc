using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Mining.Workflows.Signals;

namespace MiningFunctions;

/// <summary>Reads signals from the queue and hands them to <see cref="SignalDispatcher"/>.</summary>
public sealed class SignalQueueFunctions(SignalDispatcher dispatcher, ILogger<SignalQueueFunctions> logger)
{
    public const string Name = "SignalQueue";
    public const string PoisonName = "SignalQueuePoison";

    [Function(Name)]
    public Task RunAsync(
        [QueueTrigger(FunctionSettings.SignalQueue, Connection = FunctionSettings.StorageConnection)] string message,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        dispatcher.DispatchMessageAsync(client, message, cancellationToken);

    /// <summary>
    /// A signal that failed five times surfaces here as an error. It is dispatched once more, since a signal is only a
    /// hint and dispatching is idempotent; if that fails too, the host parks it on the <c>-poison-poison</c> queue.
    /// </summary>
    [Function(PoisonName)]
    public async Task RunPoisonAsync(
        [QueueTrigger(FunctionSettings.SignalPoisonQueue, Connection = FunctionSettings.StorageConnection)] string message,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        logger.LogError(
            "A signal failed every attempt and reached the poison queue; dispatching it once more: {Message}",
            message.Length > MaxLoggedMessage ? message[..MaxLoggedMessage] : message);
        await dispatcher.DispatchMessageAsync(client, message, cancellationToken);
    }

    const int MaxLoggedMessage = 300;
}
