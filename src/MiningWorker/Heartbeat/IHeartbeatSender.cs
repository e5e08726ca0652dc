namespace MiningWorker.Heartbeat;

/// <summary>Sends one heartbeat, and signals the orchestration when its answer reports assigned tasks.</summary>
internal interface IHeartbeatSender
{
    Task SendAsync(CancellationToken cancellationToken);
}
