using System.Net;
using System.Net.Sockets;
using Grpc.Net.Client;

namespace MiningWorker.Durable;

/// <summary>
/// The gRPC channel from the durable worker and client to the in-process sidecar. The channel exists before the
/// sidecar listens (DI needs it when the host is built); it connects to whatever loopback port the sidecar got,
/// so no port is guessed up front.
/// </summary>
internal sealed class SidecarEndpoint : IDisposable
{
    private readonly TaskCompletionSource<int> _port = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public SidecarEndpoint()
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = ConnectAsync,
            EnableMultipleHttp2Connections = true,
            PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
        };
        Channel = GrpcChannel.ForAddress("http://127.0.0.1", new GrpcChannelOptions { HttpHandler = handler, DisposeHttpClient = true });
    }

    public GrpcChannel Channel { get; }

    /// <summary>The sidecar's port once it listens.</summary>
    public Task<int> Port => _port.Task;

    public void SetListening(int port) => _port.TrySetResult(port);

    public void SetFailed(Exception error) => _port.TrySetException(error);

    public void Dispose() => Channel.Dispose();

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var port = await _port.Task.WaitAsync(cancellationToken);
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
