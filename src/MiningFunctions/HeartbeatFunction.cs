using Microsoft.Azure.Functions.Worker;
using Mining.Core.Heartbeat;

namespace MiningFunctions;

/// <summary>Sends the heartbeat on a timer; <see cref="HeartbeatSender"/> signals when the server assigned tasks.</summary>
public sealed class HeartbeatFunction(HeartbeatSender sender)
{
    public const string Name = "Heartbeat";

    /// <remarks><c>RunOnStartup</c> gives the reference client's heartbeat at start, so auto-assignment begins at once.</remarks>
    [Function(Name)]
    public Task RunAsync([TimerTrigger(FunctionSettings.HeartbeatSchedule, RunOnStartup = true)] TimerInfo timer, CancellationToken cancellationToken) =>
        sender.SendAsync(cancellationToken);
}
