using System.Net;
using System.Net.Sockets;

namespace Mining.Core.Crawling;

/// <summary>Connects a plain TCP socket to the exact endpoint given: no name lookup happens here.</summary>
public sealed class TcpSocketConnector : ISocketConnector
{
    public async ValueTask<Stream> ConnectAsync(IPEndPoint endPoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endPoint);
        var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(endPoint, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
