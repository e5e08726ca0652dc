using System.Globalization;

namespace Mining.Core.Options;

/// <summary>Parses the <c>host:port</c> entries of <c>Mining:Crawler:AllowedPrivateHosts</c>; IPv6 hosts are bracketed.</summary>
public static class HostPort
{
    public static bool TryParse(string? entry, out string host, out int port)
    {
        host = string.Empty;
        port = 0;
        var colon = entry?.LastIndexOf(':') ?? -1;
        if (entry is null || colon <= 0 || colon == entry.Length - 1)
        {
            return false;
        }

        var hostPart = entry[..colon];
        if (hostPart.StartsWith('[') != hostPart.EndsWith(']') || (hostPart.Contains(':', StringComparison.Ordinal) && !hostPart.StartsWith('['))
            || Uri.CheckHostName(hostPart.Trim('[', ']')) == UriHostNameType.Unknown)
        {
            return false;
        }

        if (!int.TryParse(entry.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535)
        {
            port = 0;
            return false;
        }

        host = hostPart.Trim('[', ']');
        return true;
    }
}
