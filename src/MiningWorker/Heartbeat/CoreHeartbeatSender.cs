using Mining.Core.Heartbeat;

namespace MiningWorker.Heartbeat;

/// <summary>The heartbeat loop's sender: Core's <see cref="HeartbeatSender"/>.</summary>
internal sealed class CoreHeartbeatSender(HeartbeatSender sender) : IHeartbeatSender
{
    public Task SendAsync(CancellationToken cancellationToken) => sender.SendAsync(cancellationToken);
}
