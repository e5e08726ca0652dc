using System.Globalization;

namespace Mining.Core.Crawling;

/// <summary>
/// The <c>Mining:Crawler:AllowedPrivateHosts</c> entries: exact <c>host:port</c> pairs (IPv6 in brackets) that may
/// resolve to private addresses, for tests and the simulator. Matching is on the URL's host and port, not on addresses.
/// </summary>
public sealed class PrivateHostAllowList
{
    private readonly HashSet<(string Host, int Port)> entries = [];

    public PrivateHostAllowList(IEnumerable<string> configured)
    {
        ArgumentNullException.ThrowIfNull(configured);
        foreach (var entry in configured)
        {
            if (!TryParseEntry(entry, out var host, out var port))
            {
                throw new ArgumentException($"'{entry}' is not a host:port entry.", nameof(configured));
            }

            entries.Add((host, port));
        }
    }

    public bool IsEmpty => entries.Count == 0;

    public bool Allows(string host, int port) => entries.Contains((NormalizeHost(host), port));

    public static bool TryParseEntry(string? entry, out string host, out int port)
    {
        host = string.Empty;
        port = 0;
        var separator = entry?.LastIndexOf(':') ?? -1;
        if (entry is null || separator <= 0
            || !int.TryParse(entry.AsSpan(separator + 1), NumberStyles.None, CultureInfo.InvariantCulture, out port)
            || port is < 1 or > 65535)
        {
            return false;
        }

        host = NormalizeHost(entry[..separator]);
        return host.Length > 0 && (!host.Contains(':', StringComparison.Ordinal) || entry.StartsWith('['));
    }

    /// <summary>Lower-cases a host and strips the brackets of an IPv6 literal, as both URLs and settings may carry them.</summary>
    public static string NormalizeHost(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return host.Trim().TrimStart('[').TrimEnd(']').ToLowerInvariant();
    }
}
