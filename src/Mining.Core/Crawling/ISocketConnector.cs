using System.Net;

namespace Mining.Core.Crawling;

/// <summary>Opens a TCP stream to an address that <see cref="GuardedConnector"/> has already vetted.</summary>
public interface ISocketConnector
{
    ValueTask<Stream> ConnectAsync(IPEndPoint endPoint, CancellationToken cancellationToken);
}
