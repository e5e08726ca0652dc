using Mining.Simulator.Model;

namespace Mining.Simulator.Engine;

/// <summary>
/// Everything the server knows, behind one lock: tokens, devices, tasks and assignments, faults, and the record
/// of requests and violations. Each operation is atomic; events are posted after the lock is released.
/// </summary>
internal sealed partial class SimulatorStore
{
    private readonly Lock _gate = new();
    private readonly SimulatorOptions _options;
    private readonly EventStreamHub _hub;
    private TaskCompletionSource _changed = NewChangeSignal();
    private Uri _baseUrl = new("http://127.0.0.1/");

    public SimulatorStore(SimulatorOptions options, EventStreamHub hub)
    {
        _options = options;
        _hub = hub;
        InitialRefreshToken = options.RefreshToken ?? NewSecret("sim-rt-");
        _refreshTokens.Add(InitialRefreshToken);
    }

    public TimeProvider Time => _options.TimeProvider;

    public SimulatorOptions Options => _options;

    public string UserId => _options.UserId;

    public string InitialRefreshToken { get; }

    /// <summary>The server's own address, used to build the tasks' <c>source_url</c>s.</summary>
    public Uri BaseUrl
    {
        get { lock (_gate) { return _baseUrl; } }
        set { lock (_gate) { _baseUrl = value; } }
    }

    /// <summary>Completes at the next change of state; read it before evaluating a condition, then await it.</summary>
    public Task NextChange
    {
        get { lock (_gate) { return _changed.Task; } }
    }

    private DateTimeOffset Now => _options.TimeProvider.GetUtcNow();

    /// <summary>Must be called with the lock held, after any mutation.</summary>
    private void MarkChanged()
    {
        var previous = _changed;
        _changed = NewChangeSignal();
        previous.TrySetResult();
    }

    private static TaskCompletionSource NewChangeSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
