using System.Net;
using System.Net.Sockets;

namespace Mining.Core.Crawling;

/// <summary>Decides whether the crawler may connect to an address: only publicly routable unicast addresses pass.</summary>
public static class AddressPolicy
{
    private static readonly IPNetwork[] ForbiddenIPv4 =
    [
        IPNetwork.Parse("0.0.0.0/8"),         // "this network"; 0.0.0.0 reaches the local host on Linux
        IPNetwork.Parse("10.0.0.0/8"),        // RFC 1918
        IPNetwork.Parse("100.64.0.0/10"),     // carrier-grade NAT
        IPNetwork.Parse("127.0.0.0/8"),       // loopback
        IPNetwork.Parse("169.254.0.0/16"),    // link-local, including the cloud metadata service 169.254.169.254
        IPNetwork.Parse("172.16.0.0/12"),     // RFC 1918
        IPNetwork.Parse("192.0.0.0/24"),      // IETF protocol assignments (NAT64 discovery, DS-Lite)
        IPNetwork.Parse("192.0.2.0/24"),      // documentation
        IPNetwork.Parse("192.88.99.0/24"),    // 6to4 relay anycast
        IPNetwork.Parse("192.168.0.0/16"),    // RFC 1918
        IPNetwork.Parse("198.18.0.0/15"),     // benchmarking, often used inside data centres
        IPNetwork.Parse("198.51.100.0/24"),   // documentation
        IPNetwork.Parse("203.0.113.0/24"),    // documentation
        IPNetwork.Parse("224.0.0.0/4"),       // multicast
        IPNetwork.Parse("240.0.0.0/4"),       // reserved, including broadcast 255.255.255.255
    ];

    // IPv6 is judged by an allow list: only global unicast (2000::/3) is routable on the internet, which shuts out
    // loopback, unspecified, IPv4-compatible (::a.b.c.d), IPv4-translated, ULA (fc00::/7), link-local (fe80::/10),
    // site-local, multicast and discard-only addresses in one rule. NAT64 is outside 2000::/3 and handled on its own.
    private static readonly IPNetwork GlobalUnicast = IPNetwork.Parse("2000::/3");

    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");

    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");

    private static readonly IPNetwork[] ForbiddenGlobalIPv6 =
    [
        IPNetwork.Parse("2001::/32"),         // Teredo: tunnels to an obfuscated IPv4 address we cannot vet
        IPNetwork.Parse("2001:db8::/32"),     // documentation
        IPNetwork.Parse("3fff::/20"),         // documentation (RFC 9637)
    ];

    public static bool IsForbidden(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return Array.Exists(ForbiddenIPv4, network => network.Contains(address));
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return true;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return IsForbidden(address.MapToIPv4());
        }

        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        if (Nat64.Contains(address))
        {
            return IsForbidden(new IPAddress(bytes[12..]));
        }

        if (SixToFour.Contains(address))
        {
            return IsForbidden(new IPAddress(bytes[2..6]));
        }

        return !GlobalUnicast.Contains(address) || Array.Exists(ForbiddenGlobalIPv6, network => network.Contains(address));
    }
}
