namespace Mining.Core.Json;

/// <summary>The <c>agent_info</c> of a heartbeat: this program's name and version, and epoch milliseconds.</summary>
public sealed record AgentInfo(string Client, long Ts);
