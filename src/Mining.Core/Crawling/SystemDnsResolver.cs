using System.Net;

namespace Mining.Core.Crawling;

/// <summary>The operating system's resolver.</summary>
public sealed class SystemDnsResolver : IHostResolver
{
    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        Dns.GetHostAddressesAsync(host, cancellationToken);
}
