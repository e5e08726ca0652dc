namespace Mining.Core.Json;

/// <summary>The decoded answer of register-v2.</summary>
public sealed record RegisteredDevice
{
    public required string DeviceId { get; init; }
}
