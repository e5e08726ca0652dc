namespace Mining.Core.Identity;

/// <summary>Who this worker is on the network: the operator's user id and this device's id.</summary>
public sealed record WorkerIdentity(string UserId, string DeviceId);
