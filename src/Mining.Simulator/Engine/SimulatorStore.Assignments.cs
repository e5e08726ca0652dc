using Mining.Simulator.Model;
using Mining.Simulator.Pages;

namespace Mining.Simulator.Engine;

internal sealed partial class SimulatorStore
{
    private readonly Dictionary<string, AssignmentRecord> _assignments = new(StringComparer.Ordinal);
    private readonly List<AssignmentRecord> _assignmentOrder = [];
    private readonly List<SearchQuerySnapshot> _queries = [];
    private readonly Dictionary<PageKind, int> _pageNumbers = [];
    private long _assignmentsVersion;
    private int _nextQuery;
    private int _nextTask;

    public string CacheVersion
    {
        get { lock (_gate) { return "v" + _assignmentsVersion.ToString(System.Globalization.CultureInfo.InvariantCulture); } }
    }

    public SearchQuerySnapshot CreateQuery(SearchQuerySpec spec)
    {
        spec.Validate();
        lock (_gate)
        {
            var now = Now;
            var queryId = $"sq-{++_nextQuery}";
            var created = new List<AssignmentRecord>(spec.Total);
            foreach (var kind in spec.Layout())
            {
                var number = _pageNumbers[kind] = _pageNumbers.GetValueOrDefault(kind) + 1;
                var page = TestPages.Describe(kind, number, spec.SlowDelay);
                var taskNumber = ++_nextTask;
                var record = new AssignmentRecord(
                    taskNumber, $"asg-{taskNumber}", $"task-{taskNumber}", queryId, spec.Query, spec.Platform,
                    new Uri(_baseUrl, page.PathAndQuery).ToString(), page, now);
                _assignments[record.Id] = record;
                _assignmentOrder.Add(record);
                created.Add(record);
            }

            var query = new SearchQuerySnapshot(queryId, spec.Query, spec.Platform, now, [.. created.Select(r => r.Id)]);
            _queries.Add(query);
            if (_options.AssignOnQueryCreation)
            {
                Distribute(created, AssignmentEventCause.SearchQueryCreated);
            }

            _assignmentsVersion++;
            MarkChanged();
            return query;
        }
    }

    public (IReadOnlyList<AssignmentSnapshot> Page, int Total, string CacheVersion) List(AssignmentFilter filter)
    {
        lock (_gate)
        {
            var matches = _assignmentOrder.Where(r => r.IsVisibleToWorkers
                && (filter.Statuses.Count == 0 || filter.Statuses.Contains(r.WireStatus))
                && (filter.Platforms.Count == 0 || filter.Platforms.Contains(r.Platform))
                && (filter.DeviceId is null || r.DeviceId == filter.DeviceId)
                && (filter.SearchQueryId is null || r.QueryId == filter.SearchQueryId)
                && (filter.CreatedAfter is null || (r.AssignedAt ?? r.CreatedAt) > filter.CreatedAfter)).ToList();
            var sorted = filter.Descending
                ? matches.OrderByDescending(r => r.SortKey(filter.SortBy)).ThenByDescending(r => r.Sequence)
                : matches.OrderBy(r => r.SortKey(filter.SortBy)).ThenBy(r => r.Sequence);
            var page = sorted.Skip(filter.Offset).Take(filter.Limit).Select(r => r.ToSnapshot()).ToList();
            return (page, matches.Count, CacheVersion);
        }
    }

    /// <summary>The assignment as a worker may see it: null when unknown or not assigned to anyone.</summary>
    public AssignmentSnapshot? FindVisible(string id)
    {
        lock (_gate)
        {
            return _assignments.TryGetValue(id, out var record) && record.IsVisibleToWorkers ? record.ToSnapshot() : null;
        }
    }

    public AssignmentSnapshot? Find(string id)
    {
        lock (_gate) { return _assignments.TryGetValue(id, out var record) ? record.ToSnapshot() : null; }
    }

    public IReadOnlyList<AssignmentSnapshot> Assignments()
    {
        lock (_gate) { return [.. _assignmentOrder.Select(r => r.ToSnapshot())]; }
    }

    public IReadOnlyList<SearchQuerySnapshot> Queries()
    {
        lock (_gate) { return [.. _queries]; }
    }

    public OperationResult Start(string id)
    {
        lock (_gate)
        {
            if (!_assignments.TryGetValue(id, out var record) || !record.IsVisibleToWorkers)
            {
                return OperationResult.NotFound;
            }

            var result = record.State switch
            {
                AssignmentState.InProgress => new OperationResult(409, "assignment already started"),
                AssignmentState.Assigned when !EffectivePlatforms.Contains(record.Platform) => new OperationResult(409, "platform not in worker preferences"),
                AssignmentState.Assigned => OperationResult.Ok,
                _ => new OperationResult(409, "task not in assignable state"),
            };
            if (result.StatusCode == 200)
            {
                record.State = AssignmentState.InProgress;
                record.StartedAt = record.UpdatedAt = Now;
                record.Starts++;
                _counters.Starts++;
                _assignmentsVersion++;
            }

            return Finish(result);
        }
    }

    public OperationResult Submit(string id, SubmissionRecord submission)
    {
        lock (_gate)
        {
            if (!_assignments.TryGetValue(id, out var record) || !record.IsVisibleToWorkers)
            {
                return OperationResult.NotFound;
            }

            switch (record.State)
            {
                case AssignmentState.Submitted:
                    record.DuplicateSubmits++;
                    _counters.DuplicateSubmits++;
                    return Finish(new OperationResult(409, "assignment already completed"));
                case AssignmentState.InProgress:
                    record.State = AssignmentState.Submitted;
                    record.CompletedAt = record.UpdatedAt = submission.At;
                    record.Submission = submission;
                    record.AcceptedSubmits++;
                    _counters.AcceptedSubmits++;
                    _assignmentsVersion++;
                    return Finish(OperationResult.Ok);
                default:
                    return Finish(new OperationResult(_options.SubmitNotInProgressStatusCode, "assignment must be in progress to submit"));
            }
        }
    }

    public OperationResult Abandon(string id, string reason, string? details)
    {
        lock (_gate)
        {
            if (!_assignments.TryGetValue(id, out var record) || !record.IsVisibleToWorkers)
            {
                return OperationResult.NotFound;
            }

            switch (record.State)
            {
                case AssignmentState.Submitted:
                    return Finish(new OperationResult(409, "assignment already completed"));
                case AssignmentState.Abandoned:
                    return Finish(new OperationResult(409, "assignment already abandoned"));
                default:
                    record.State = AssignmentState.Abandoned;
                    record.FailedAt = record.UpdatedAt = Now;
                    record.AbandonReason = reason;
                    record.AbandonDetails = details;
                    _counters.Abandons++;
                    _assignmentsVersion++;
                    return Finish(OperationResult.Ok);
            }
        }
    }

    /// <summary>
    /// Takes back every assignment in progress for longer than the stale timeout and hands it to an online worker
    /// (signalling it), or back to pending when none is online. Returns how many were taken back.
    /// </summary>
    public int ReassignStale()
    {
        lock (_gate)
        {
            var now = Now;
            var stale = _assignmentOrder
                .Where(r => r.State == AssignmentState.InProgress && now - r.StartedAt >= _options.StaleTimeout)
                .ToList();
            if (stale.Count == 0)
            {
                return 0;
            }

            foreach (var record in stale)
            {
                record.State = AssignmentState.Pending;
                record.DeviceId = null;
                record.StartedAt = null;
                record.UpdatedAt = now;
                record.StaleReassignments++;
                _counters.StaleReassignments++;
            }

            Distribute(stale, AssignmentEventCause.StaleReassignment);
            _assignmentsVersion++;
            MarkChanged();
            return stale.Count;
        }
    }

    /// <summary>
    /// Moves an assignment that is not final to <paramref name="deviceId"/> as not started, as an admin would, and
    /// signals that device.
    /// </summary>
    public void Reassign(string assignmentId, string deviceId)
    {
        lock (_gate)
        {
            if (!_assignments.TryGetValue(assignmentId, out var record))
            {
                throw new ArgumentException($"Unknown assignment '{assignmentId}'.", nameof(assignmentId));
            }

            if (!_devices.ContainsKey(deviceId))
            {
                throw new ArgumentException($"Unknown device '{deviceId}'.", nameof(deviceId));
            }

            if (record.State is AssignmentState.Submitted or AssignmentState.Abandoned)
            {
                throw new InvalidOperationException($"Assignment '{assignmentId}' is already {record.State}.");
            }

            record.AssignTo(deviceId, Now);
            _assignmentsVersion++;
            EmitAssignment(deviceId, [record], AssignmentEventCause.Manual);
            MarkChanged();
        }
    }

    /// <summary>Hands <paramref name="records"/> round-robin to online workers whose platforms match, and signals each.</summary>
    private void Distribute(List<AssignmentRecord> records, AssignmentEventCause cause)
    {
        var online = OnlineDevices();
        if (online.Count == 0)
        {
            return;
        }

        var platforms = EffectivePlatforms;
        var given = online.ToDictionary(d => d.DeviceId, _ => new List<AssignmentRecord>());
        var next = 0;
        var now = Now;
        foreach (var record in records.Where(r => platforms.Contains(r.Platform)))
        {
            var device = online[next++ % online.Count];
            record.AssignTo(device.DeviceId, now);
            given[device.DeviceId].Add(record);
        }

        foreach (var (deviceId, assigned) in given)
        {
            EmitAssignment(deviceId, assigned, cause);
        }
    }

    private List<AssignmentRecord> AssignPendingTo(DeviceRecord device, int limit)
    {
        var platforms = EffectivePlatforms;
        var taken = _assignmentOrder
            .Where(r => r.State == AssignmentState.Pending && platforms.Contains(r.Platform))
            .Take(limit)
            .ToList();
        var now = Now;
        foreach (var record in taken)
        {
            record.AssignTo(device.DeviceId, now);
        }

        if (taken.Count > 0)
        {
            _assignmentsVersion++;
        }

        return taken;
    }

    private OperationResult Finish(OperationResult result)
    {
        if (result.StatusCode == 409)
        {
            _counters.Conflicts++;
        }

        MarkChanged();
        return result;
    }
}
