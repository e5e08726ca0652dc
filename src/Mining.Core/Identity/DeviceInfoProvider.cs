using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Mining.Core.Contract;
using Mining.Core.Options;
using Mining.Core.Storage;

namespace Mining.Core.Identity;

/// <summary>
/// Honest facts about this host for register-v2. The machine id is a SHA-256 hash, never a raw identifier: of
/// <c>/etc/machine-id</c> when the OS has one, else of a random seed kept in the state directory.
/// </summary>
public sealed class DeviceInfoProvider
{
    private const string HashSalt = "mining-functions/machine-id/v1:";
    private static readonly string[] DefaultMachineIdFiles = ["/etc/machine-id", "/var/lib/dbus/machine-id"];

    private readonly IReadOnlyList<string> _machineIdFiles;
    private readonly string _seedFile;

    public DeviceInfoProvider(IOptions<MiningOptions> options)
        : this(DefaultMachineIdFiles, Path.Combine(StateDirectory.Resolve(options.Value), "machine-seed"))
    {
    }

    internal DeviceInfoProvider(IReadOnlyList<string> machineIdFiles, string seedFile)
    {
        _machineIdFiles = machineIdFiles;
        _seedFile = seedFile;
    }

    public static string OsName =>
        OperatingSystem.IsWindows() ? "win"
        : OperatingSystem.IsMacOS() ? "mac"
        : OperatingSystem.IsLinux() ? "linux"
        : RuntimeInformation.OSDescription.Split(' ')[0].ToLowerInvariant();

    public async Task<DeviceInfo> GetAsync(CancellationToken cancellationToken) => new()
    {
        OsName = OsName,
        OsVersion = Environment.OSVersion.Version.ToString(),
        CpuCores = Environment.ProcessorCount,
        MemoryGb = (int)Math.Max(1, Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024))),
        MachineId = Hash(await ReadMachineSecretAsync(cancellationToken).ConfigureAwait(false)),
    };

    private static string Hash(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(HashSalt + secret)));

    private async Task<string> ReadMachineSecretAsync(CancellationToken cancellationToken)
    {
        foreach (var file in _machineIdFiles)
        {
            if (File.Exists(file) && (await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false)).Trim() is { Length: > 0 } id)
            {
                return id;
            }
        }

        var seed = new FileStateStore(_seedFile);
        if (await seed.LoadAsync(cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return existing;
        }

        var created = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        await seed.SaveAsync(created, cancellationToken).ConfigureAwait(false);
        return created;
    }
}
