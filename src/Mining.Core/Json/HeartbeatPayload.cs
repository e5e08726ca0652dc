namespace Mining.Core.Json;

/// <summary>The JSON that a heartbeat encodes into its <c>data</c>.</summary>
public sealed record HeartbeatPayload(string UserId, string DeviceId, AgentInfo AgentInfo);
