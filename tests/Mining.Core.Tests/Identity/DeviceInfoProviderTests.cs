using Mining.Core.Identity;

namespace Mining.Core.Tests.Identity;

public sealed class DeviceInfoProviderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("mining-device-info-").FullName;

    [Fact]
    public async Task The_machine_id_is_a_stable_hash_of_the_os_machine_id_never_the_raw_value()
    {
        var machineIdFile = Path.Combine(_directory, "machine-id");
        await File.WriteAllTextAsync(machineIdFile, "0123456789abcdef0123456789abcdef\n");

        var first = await new DeviceInfoProvider([machineIdFile], Path.Combine(_directory, "seed")).GetAsync(CancellationToken.None);
        var second = await new DeviceInfoProvider([machineIdFile], Path.Combine(_directory, "seed")).GetAsync(CancellationToken.None);
        await File.WriteAllTextAsync(machineIdFile, "fedcba9876543210fedcba9876543210\n");
        var otherMachine = await new DeviceInfoProvider([machineIdFile], Path.Combine(_directory, "seed")).GetAsync(CancellationToken.None);

        Assert.Matches("^[0-9a-f]{64}$", first.MachineId);
        Assert.DoesNotContain("0123456789abcdef", first.MachineId, StringComparison.Ordinal);
        Assert.Equal(first.MachineId, second.MachineId);
        Assert.NotEqual(first.MachineId, otherMachine.MachineId);
        Assert.False(File.Exists(Path.Combine(_directory, "seed")));
    }

    [Fact]
    public async Task Without_an_os_machine_id_a_random_seed_is_kept_so_the_hash_stays_stable()
    {
        var seed = Path.Combine(_directory, "state", "machine-seed");
        var missing = Path.Combine(_directory, "no-such-file");

        var first = await new DeviceInfoProvider([missing], seed).GetAsync(CancellationToken.None);
        var second = await new DeviceInfoProvider([missing], seed).GetAsync(CancellationToken.None);

        Assert.True(File.Exists(seed));
        Assert.Equal(first.MachineId, second.MachineId);
        Assert.DoesNotContain(await File.ReadAllTextAsync(seed), first.MachineId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_host_facts_are_honest()
    {
        var info = await new DeviceInfoProvider([Path.Combine(_directory, "none")], Path.Combine(_directory, "seed")).GetAsync(CancellationToken.None);

        Assert.Equal(OperatingSystem.IsLinux() ? "linux" : OperatingSystem.IsWindows() ? "win" : "mac", info.OsName);
        Assert.Equal(Environment.OSVersion.Version.ToString(), info.OsVersion);
        Assert.Equal(Environment.ProcessorCount, info.CpuCores);
        Assert.InRange(info.MemoryGb, 1, 1 + (int)(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)));
        Assert.Equal("pc", info.DeviceType);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
