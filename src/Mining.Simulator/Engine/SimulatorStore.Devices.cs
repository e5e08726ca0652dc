using Mining.Simulator.Model;

namespace Mining.Simulator.Engine;

internal sealed partial class SimulatorStore
{
    private readonly Dictionary<string, DeviceRecord> _devices = new(StringComparer.Ordinal);
    private IReadOnlyList<string>? _preferences;
    private DateTimeOffset? _preferencesUpdatedAt;
    private long _eventSequence;

    /// <summary>Registers a device; <c>Reregistered</c> tells that this machine already had a device id.</summary>
    public (string DeviceId, bool Reregistered) RegisterDevice(string machineId)
    {
        lock (_gate)
        {
            var reregistered = _devices.Values.Any(d => d.MachineId == machineId);
            var deviceId = "dev-" + Guid.NewGuid().ToString("N")[..12];
            _devices[deviceId] = new DeviceRecord(deviceId, UserId, machineId, Now);
            _counters.Registrations++;
            MarkChanged();
            return (deviceId, reregistered);
        }
    }

    public bool IsRegistered(string deviceId)
    {
        lock (_gate) { return _devices.ContainsKey(deviceId); }
    }

    /// <summary>Records a heartbeat and auto-assigns unless the device is in its cooldown; returns how many were assigned.</summary>
    public int Heartbeat(string deviceId, string client)
    {
        lock (_gate)
        {
            var device = _devices[deviceId];
            var now = Now;
            device.LastSeenAt = now;
            device.Client = client;
            device.Heartbeats++;
            _counters.Heartbeats++;
            var assigned = 0;
            if (device.LastAutoAssignAt is not { } last || now - last >= _options.HeartbeatAssignCooldown)
            {
                device.LastAutoAssignAt = now;
                var taken = AssignPendingTo(device, _options.HeartbeatAssignLimit);
                assigned = taken.Count;
                _counters.AutoAssigned += assigned;
                EmitAssignment(device.DeviceId, taken, AssignmentEventCause.Heartbeat);
            }

            MarkChanged();
            return assigned;
        }
    }

    public (IReadOnlyList<string> Platforms, DateTimeOffset? UpdatedAt) GetPreferences()
    {
        lock (_gate) { return (EffectivePlatforms, _preferencesUpdatedAt); }
    }

    public void SetPreferences(IReadOnlyList<string> platforms)
    {
        lock (_gate)
        {
            _preferences = [.. platforms.Distinct(StringComparer.Ordinal)];
            _preferencesUpdatedAt = Now;
            MarkChanged();
        }
    }

    public void StreamOpened()
    {
        lock (_gate)
        {
            _counters.StreamConnections++;
            MarkChanged();
        }
    }

    /// <summary>Wakes waiters when a stream closes (the device may have gone offline).</summary>
    public void StreamClosed()
    {
        lock (_gate) { MarkChanged(); }
    }

    public IReadOnlyList<DeviceSnapshot> Devices()
    {
        lock (_gate)
        {
            return [.. _devices.Values.OrderBy(d => d.RegisteredAt).Select(d => d.ToSnapshot(_hub.OpenStreams(d.DeviceId)))];
        }
    }

    private IReadOnlyList<string> EffectivePlatforms => _preferences ?? [.. _options.DefaultPlatforms];

    private bool IsOnline(DeviceRecord device) =>
        _hub.OpenStreams(device.DeviceId) > 0 || (device.LastSeenAt is { } seen && Now - seen <= _options.OnlineWindow);

    private List<DeviceRecord> OnlineDevices() => [.. _devices.Values.Where(IsOnline).OrderBy(d => d.RegisteredAt)];

    /// <summary>Sends one <c>assignment</c> event for <paramref name="assigned"/>; nothing when the list is empty.</summary>
    private void EmitAssignment(string deviceId, List<AssignmentRecord> assigned, AssignmentEventCause cause)
    {
        if (assigned.Count == 0)
        {
            return;
        }

        var queryId = assigned[0].QueryId;
        var id = ++_eventSequence;
        var data = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object> { ["count"] = assigned.Count, ["search_query_id"] = queryId });
        var delivered = _hub.Publish(deviceId, new StreamMessage.Assignment(id, data));
        _events.Add(new EmittedEvent(id, deviceId, assigned.Count, queryId, cause, delivered, Now));
        _counters.EventsEmitted++;
    }
}
