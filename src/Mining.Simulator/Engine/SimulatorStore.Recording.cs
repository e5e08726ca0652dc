using Mining.Simulator.Model;

namespace Mining.Simulator.Engine;

internal sealed partial class SimulatorStore
{
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<ContractViolation> _violations = [];
    private readonly List<EmittedEvent> _events = [];
    private readonly Dictionary<Model.SimulatorRoute, List<InjectedFault>> _faults = [];
    private readonly CounterSet _counters = new();
    private long _requestSequence;
    private TimeSpan _pageDelay;

    public long NextRequestSequence() => Interlocked.Increment(ref _requestSequence);

    public void Record(RecordedRequest request)
    {
        lock (_gate)
        {
            _requests.Add(request);
            MarkChanged();
        }

        _options.OnRequest?.Invoke(request);
    }

    public void AddViolation(ViolationKind kind, string description, string method, string path, long requestSequence)
    {
        lock (_gate)
        {
            _violations.Add(new ContractViolation(kind, description, method, path, requestSequence, Now));
            MarkChanged();
        }
    }

    public void AddFault(Model.SimulatorRoute route, int statusCode, TimeSpan? retryAfter, int calls)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(calls, 1);
        if (retryAfter is { } wait)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(wait, TimeSpan.Zero);
        }

        lock (_gate)
        {
            if (!_faults.TryGetValue(route, out var pending))
            {
                _faults[route] = pending = [];
            }

            pending.Add(new InjectedFault(statusCode, retryAfter, calls));
        }
    }

    /// <summary>Consumes one call of the oldest pending fault on <paramref name="route"/>, if any.</summary>
    public InjectedFault? TakeFault(Model.SimulatorRoute route)
    {
        lock (_gate)
        {
            if (!_faults.TryGetValue(route, out var pending) || pending.Count == 0)
            {
                return null;
            }

            var fault = pending[0];
            if (--fault.CallsLeft == 0)
            {
                pending.RemoveAt(0);
            }

            _counters.InjectedFaults++;
            MarkChanged();
            return fault;
        }
    }

    public void CountInjectedFaults(int count)
    {
        lock (_gate)
        {
            _counters.InjectedFaults += count;
            MarkChanged();
        }
    }

    public TimeSpan PageDelay
    {
        get { lock (_gate) { return _pageDelay; } }
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
            lock (_gate) { _pageDelay = value; }
        }
    }

    public void ClearFaults()
    {
        lock (_gate)
        {
            _faults.Clear();
            _pageDelay = TimeSpan.Zero;
            _refreshFailureStatus = 0;
            _refreshFailuresLeft = null;
        }
    }

    public IReadOnlyList<RecordedRequest> Requests()
    {
        lock (_gate) { return [.. _requests.OrderBy(r => r.Sequence)]; }
    }

    public IReadOnlyList<ContractViolation> Violations()
    {
        lock (_gate) { return [.. _violations]; }
    }

    public IReadOnlyList<EmittedEvent> Events()
    {
        lock (_gate) { return [.. _events]; }
    }

    public SimulatorCounters Counters()
    {
        lock (_gate) { return _counters.ToSnapshot(); }
    }
}
