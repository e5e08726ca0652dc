namespace Mining.Core.Contract;

/// <summary>Honest facts about the host, sent at device registration.</summary>
public sealed record DeviceInfo
{
    public required string OsName { get; init; }

    public required string OsVersion { get; init; }

    public required int CpuCores { get; init; }

    public required int MemoryGb { get; init; }

    public required string MachineId { get; init; }

    public string DeviceType { get; init; } = "pc";
}
