using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Mining.Core.Crawling;

namespace Mining.Core.Tests.Crawling;

/// <summary>A resolver with fixed answers; <c>localhost</c> goes to the system (the hosts file), and nothing else is looked up.</summary>
internal sealed class MapResolver(Dictionary<string, IPAddress[]>? answers = null) : IHostResolver
{
    private readonly ConcurrentQueue<string> lookups = new();

    public IReadOnlyCollection<string> Lookups => lookups;

    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        lookups.Enqueue(host);
        if (answers is not null && answers.TryGetValue(host, out var addresses))
        {
            return Task.FromResult(addresses);
        }

        return host == "localhost"
            ? Dns.GetHostAddressesAsync(host, cancellationToken)
            : Task.FromException<IPAddress[]>(new SocketException((int)SocketError.HostNotFound));
    }
}
