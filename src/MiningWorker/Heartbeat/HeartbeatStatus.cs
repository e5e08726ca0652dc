namespace MiningWorker.Heartbeat;

/// <summary>What the health endpoint reports about heartbeats.</summary>
internal sealed class HeartbeatStatus(TimeProvider timeProvider)
{
    private readonly Lock _gate = new();
    private DateTimeOffset? _lastSuccessAt;
    private DateTimeOffset? _lastFailureAt;
    private string? _lastError;

    public DateTimeOffset StartedAt { get; } = timeProvider.GetUtcNow();

    public (DateTimeOffset? LastSuccessAt, DateTimeOffset? LastFailureAt, string? LastError) Snapshot()
    {
        lock (_gate)
        {
            return (_lastSuccessAt, _lastFailureAt, _lastError);
        }
    }

    public void Succeeded()
    {
        lock (_gate)
        {
            _lastSuccessAt = timeProvider.GetUtcNow();
            _lastError = null;
        }
    }

    public void Failed(string error)
    {
        lock (_gate)
        {
            _lastFailureAt = timeProvider.GetUtcNow();
            _lastError = error;
        }
    }
}
