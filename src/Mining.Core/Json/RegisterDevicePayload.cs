using Mining.Core.Contract;

namespace Mining.Core.Json;

/// <summary>The JSON that register-v2 encodes into its <c>data</c>.</summary>
public sealed record RegisterDevicePayload(string UserId, DeviceInfo DeviceInfo, string DeviceType, long Timestamp);
