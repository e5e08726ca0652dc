using System.Net.Http.Headers;
using System.Reflection;

namespace Mining.Core.Http;

/// <summary>How this program names itself on the wire: the User-Agent and the heartbeat's <c>agent_info.client</c>.</summary>
public static class MiningProduct
{
    public const string Name = "mining-functions";

    /// <summary>The informational version without the source-revision suffix, e.g. <c>0.1.0</c>.</summary>
    public static string Version { get; } = ReadVersion();

    /// <summary><c>mining-functions/0.1.0</c>.</summary>
    public static string ClientName => $"{Name}/{Version}";

    public static ProductInfoHeaderValue UserAgent => new(Name, Version);

    private static string ReadVersion()
    {
        var informational = typeof(MiningProduct).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        var version = informational?.Split('+')[0];
        return string.IsNullOrEmpty(version) ? typeof(MiningProduct).Assembly.GetName().Version?.ToString(3) ?? "0.0.0" : version;
    }
}
