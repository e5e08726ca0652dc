namespace Mining.Core.Json;

/// <summary>The <c>{"data": "..."}</c> envelope of encoded payloads (heartbeat, register-v2 and its answer).</summary>
public sealed record EncodedPayload
{
    public required string Data { get; init; }
}
