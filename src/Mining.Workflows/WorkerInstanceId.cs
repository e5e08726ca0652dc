using System.Security.Cryptography;
using System.Text;

namespace Mining.Workflows;

/// <summary>The one orchestration instance id per device.</summary>
public static class WorkerInstanceId
{
    const string Prefix = "mining-worker-";
    const int MaxDeviceIdLength = 64;

    /// <summary>
    /// <c>mining-worker-{deviceId}</c>, keeping only characters every durable backend accepts in an instance id
    /// (Azure Storage forbids <c>/ \ # ?</c> and control characters). When the device id had to be changed or cut,
    /// a hash of the original is appended so that two distinct devices never share an instance.
    /// </summary>
    public static string For(string deviceId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(deviceId);
        var safe = new StringBuilder(deviceId.Length);
        foreach (var c in deviceId)
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-');
        }

        var cleaned = safe.ToString();
        if (cleaned == deviceId && cleaned.Length <= MaxDeviceIdLength)
        {
            return Prefix + cleaned;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(deviceId)))[..12];
        var head = cleaned.Length > MaxDeviceIdLength ? cleaned[..MaxDeviceIdLength] : cleaned;
        return $"{Prefix}{head}-{hash}";
    }
}
