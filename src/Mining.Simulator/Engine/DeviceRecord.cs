using Mining.Simulator.Model;

namespace Mining.Simulator.Engine;

/// <summary>The mutable record of one registered device. Guarded by the store's lock.</summary>
internal sealed class DeviceRecord(string deviceId, string userId, string machineId, DateTimeOffset registeredAt)
{
    public string DeviceId { get; } = deviceId;

    public string UserId { get; } = userId;

    public string MachineId { get; } = machineId;

    public DateTimeOffset RegisteredAt { get; } = registeredAt;

    public DateTimeOffset? LastSeenAt { get; set; }

    public DateTimeOffset? LastAutoAssignAt { get; set; }

    public string? Client { get; set; }

    public int Heartbeats { get; set; }

    public DeviceSnapshot ToSnapshot(int openStreams) =>
        new(DeviceId, UserId, MachineId, RegisteredAt, LastSeenAt, Client, Heartbeats, openStreams);
}
