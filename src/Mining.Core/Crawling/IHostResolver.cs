using System.Net;

namespace Mining.Core.Crawling;

/// <summary>Resolves a host name to addresses. A seam so tests can prove that a name resolving to a private address is refused.</summary>
public interface IHostResolver
{
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);
}
