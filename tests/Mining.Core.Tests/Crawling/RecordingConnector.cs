using System.Collections.Concurrent;
using System.Net;
using Mining.Core.Crawling;

namespace Mining.Core.Tests.Crawling;

/// <summary>
/// Records every endpoint the guard lets through and connects only to loopback addresses: even a broken guard under test could
/// never send a packet off this machine.
/// </summary>
internal sealed class RecordingConnector : ISocketConnector
{
    private readonly ConcurrentQueue<IPEndPoint> attempts = new();
    private readonly TcpSocketConnector inner = new();

    public IReadOnlyCollection<IPEndPoint> Attempts => attempts;

    public ValueTask<Stream> ConnectAsync(IPEndPoint endPoint, CancellationToken cancellationToken)
    {
        attempts.Enqueue(endPoint);
        if (!IPAddress.IsLoopback(endPoint.Address))
        {
            throw new InvalidOperationException($"The test connector never leaves loopback; it was asked for {endPoint}.");
        }

        return inner.ConnectAsync(endPoint, cancellationToken);
    }
}
