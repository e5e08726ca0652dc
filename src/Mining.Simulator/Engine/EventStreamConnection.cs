using System.Threading.Channels;

namespace Mining.Simulator.Engine;

/// <summary>One open <c>/workers/events</c> response; the hub writes to it and the endpoint drains it.</summary>
internal sealed class EventStreamConnection(string deviceId)
{
    private readonly Channel<StreamMessage> _messages = Channel.CreateUnbounded<StreamMessage>(
        new UnboundedChannelOptions { SingleReader = true });

    public string DeviceId { get; } = deviceId;

    public ChannelReader<StreamMessage> Messages => _messages.Reader;

    public bool Post(StreamMessage message) => _messages.Writer.TryWrite(message);

    /// <summary>Ends the stream cleanly after what is already queued.</summary>
    public void Complete() => _messages.Writer.TryComplete();
}
