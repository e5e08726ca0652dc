using System.Collections.Concurrent;

namespace Mining.Simulator.Engine;

/// <summary>The open event streams per device. Thread-safe; it never blocks a writer.</summary>
internal sealed class EventStreamHub
{
    private readonly ConcurrentDictionary<EventStreamConnection, byte> _connections = new();

    public EventStreamConnection Open(string deviceId)
    {
        var connection = new EventStreamConnection(deviceId);
        _connections.TryAdd(connection, 0);
        return connection;
    }

    public void Close(EventStreamConnection connection) => _connections.TryRemove(connection, out _);

    public int OpenStreams(string deviceId) => _connections.Keys.Count(c => c.DeviceId == deviceId);

    /// <summary>Posts to every open stream of <paramref name="deviceId"/>; returns how many received it.</summary>
    public int Publish(string deviceId, StreamMessage message) =>
        _connections.Keys.Where(c => c.DeviceId == deviceId).Count(c => c.Post(message));

    /// <summary>Ends every open stream for shutdown.</summary>
    public void CloseAll()
    {
        foreach (var connection in _connections.Keys)
        {
            connection.Complete();
        }
    }

    /// <summary>Cuts every open stream; returns how many were cut.</summary>
    public int DropAll(bool midEvent) => _connections.Keys.Count(c => c.Post(new StreamMessage.Drop(midEvent)));
}
