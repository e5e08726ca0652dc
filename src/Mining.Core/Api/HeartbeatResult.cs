namespace Mining.Core.Api;

/// <summary>The heartbeat's answer. Its body is not specified; <see cref="AssignedCount"/> is set only when the body carries one.</summary>
public sealed record HeartbeatResult(int? AssignedCount);
