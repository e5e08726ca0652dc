namespace Mining.Simulator.Model;

/// <summary>A registered device (worker) and its liveness.</summary>
/// <param name="MachineId">The <c>device_info.machine_id</c> sent at registration.</param>
/// <param name="Client">The <c>agent_info.client</c> of the last heartbeat.</param>
/// <param name="OpenStreams">Event-stream connections open now.</param>
public sealed record DeviceSnapshot(
    string DeviceId,
    string UserId,
    string MachineId,
    DateTimeOffset RegisteredAt,
    DateTimeOffset? LastSeenAt,
    string? Client,
    int Heartbeats,
    int OpenStreams);
