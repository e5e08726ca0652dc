using System.Collections.Concurrent;
using Mining.Core.Api;
using Mining.Core.Contract;

namespace Mining.Workflows.Tests.Fakes;

/// <summary>
/// An in-memory mining server: holds assignments, answers start/submit/abandon with scripted outcomes, closes an
/// assignment once it is submitted or abandoned (bumping the list version), and records every call.
/// </summary>
public sealed class FakeMiningApi : IMiningApiClient
{
    readonly Lock gate = new();
    readonly List<MiningAssignment> assignments = [];
    int version = 1;

    public ConcurrentQueue<string> Starts { get; } = new();

    public ConcurrentQueue<(string Id, SubmitRequest Request)> Submits { get; } = new();

    public ConcurrentQueue<(string Id, AbandonReason Reason, string? Details)> Abandons { get; } = new();

    public ConcurrentQueue<IReadOnlyList<string>> Preferences { get; } = new();

    public ConcurrentQueue<(string UserId, string DeviceId)> Heartbeats { get; } = new();

    public ConcurrentDictionary<string, StartOutcome> StartOutcomes { get; } = new();

    /// <summary>Scripted submit answers per assignment; each call takes the next, the last one repeats.</summary>
    public ConcurrentDictionary<string, Queue<Func<SubmitOutcome>>> SubmitScripts { get; } = new();

    public int ListCalls => this.listCalls;

    public int VersionCalls => this.versionCalls;

    int listCalls;
    int versionCalls;

    /// <summary>When set, list calls wait for it: lets a test hold a round open while signals arrive.</summary>
    public TaskCompletionSource? ListGate { get; set; }

    public TaskCompletionSource FirstListCall { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>When set, the list pages like the real server: matching statuses only, at most this many, with the full total.</summary>
    public int? PageSize { get; set; }

    public HeartbeatResult HeartbeatAnswer { get; set; } = new(null);

    public Func<IReadOnlyList<string>, Exception?> PreferencesFailure { get; set; } = _ => null;

    public AssignmentQuery? LastQuery { get; private set; }

    /// <summary>Called as each fetch round begins (every round asks for the version first); for latency probes.</summary>
    public Action? OnVersionCall { get; set; }

    /// <summary>Called after each submit is recorded; for timing probes.</summary>
    public Action<string>? OnSubmit { get; set; }

    public void Add(params MiningAssignment[] added)
    {
        lock (this.gate)
        {
            this.assignments.AddRange(added);
            this.version++;
        }
    }

    public void ScriptSubmit(string assignmentId, params Func<SubmitOutcome>[] answers) =>
        this.SubmitScripts[assignmentId] = new Queue<Func<SubmitOutcome>>(answers);

    public static MiningAssignment Assignment(string id, string platform = "google", string status = AssignmentStatus.NotStarted) => new()
    {
        Id = id,
        Status = status,
        Task = new MiningTask { Id = "task-" + id, Platform = platform, SourceUrl = $"https://{platform}.example/{id}" },
    };

    public async Task<AssignmentList> ListAssignmentsAsync(AssignmentQuery query, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref this.listCalls);
        this.LastQuery = query;
        this.FirstListCall.TrySetResult();
        if (this.ListGate is { } listGate)
        {
            await listGate.Task.WaitAsync(cancellationToken);
        }

        lock (this.gate)
        {
            if (this.PageSize is not { } pageSize)
            {
                return new AssignmentList { Assignments = this.assignments.ToArray(), Total = this.assignments.Count };
            }

            var matching = this.assignments.Where(a => query.Statuses.Contains(a.Status)).ToArray();
            return new AssignmentList { Assignments = matching.Take(pageSize).ToArray(), Total = matching.Length };
        }
    }

    public Task<AssignmentVersion> GetAssignmentsVersionAsync(AssignmentQuery query, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref this.versionCalls);
        this.OnVersionCall?.Invoke();
        lock (this.gate)
        {
            return Task.FromResult(new AssignmentVersion { CacheVersion = "v" + this.version, ParamsSignature = "sig" });
        }
    }

    public Task<StartOutcome> StartAssignmentAsync(string assignmentId, CancellationToken cancellationToken)
    {
        this.Starts.Enqueue(assignmentId);
        var outcome = this.StartOutcomes.GetValueOrDefault(assignmentId, new StartOutcome(StartDecision.Proceed, 200, null));
        if (outcome.Decision == StartDecision.Proceed)
        {
            this.SetStatus(assignmentId, AssignmentStatus.InProgress);
        }

        return Task.FromResult(outcome);
    }

    public Task<SubmitOutcome> SubmitAssignmentAsync(string assignmentId, SubmitRequest submission, CancellationToken cancellationToken)
    {
        this.Submits.Enqueue((assignmentId, submission));
        var outcome = new SubmitOutcome(SubmitDecision.Submitted, 200, null);
        if (this.SubmitScripts.TryGetValue(assignmentId, out var script))
        {
            lock (script)
            {
                outcome = (script.Count > 1 ? script.Dequeue() : script.Peek())();
            }
        }

        if (outcome.IsSuccess)
        {
            this.SetStatus(assignmentId, AssignmentStatus.Completed);
        }

        this.OnSubmit?.Invoke(assignmentId);
        return Task.FromResult(outcome);
    }

    public Task<AbandonOutcome> AbandonAssignmentAsync(string assignmentId, AbandonReason reason, string? details, CancellationToken cancellationToken)
    {
        this.Abandons.Enqueue((assignmentId, reason, details));
        this.SetStatus(assignmentId, AssignmentStatus.Failed);
        return Task.FromResult(new AbandonOutcome(true, 200, null));
    }

    public Task<HeartbeatResult> SendHeartbeatAsync(string userId, string deviceId, CancellationToken cancellationToken)
    {
        this.Heartbeats.Enqueue((userId, deviceId));
        return Task.FromResult(this.HeartbeatAnswer);
    }

    public Task SetPreferencesAsync(IReadOnlyList<string> platforms, CancellationToken cancellationToken)
    {
        this.Preferences.Enqueue(platforms);
        return this.PreferencesFailure(platforms) is { } failure ? Task.FromException(failure) : Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> GetPreferencesAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(this.Preferences.LastOrDefault() ?? []);

    public Task<MiningAssignment> GetAssignmentAsync(string assignmentId, CancellationToken cancellationToken)
    {
        lock (this.gate)
        {
            return Task.FromResult(this.assignments.Single(a => a.Id == assignmentId));
        }
    }

    public Task<UserProfile> GetMeAsync(CancellationToken cancellationToken) => Task.FromResult(new UserProfile { Id = "user-1" });

    public Task<string> RegisterDeviceAsync(string userId, DeviceInfo deviceInfo, CancellationToken cancellationToken) =>
        Task.FromResult("device-1");

    void SetStatus(string assignmentId, string status)
    {
        lock (this.gate)
        {
            var index = this.assignments.FindIndex(a => a.Id == assignmentId);
            if (index >= 0 && this.assignments[index].Status != status)
            {
                this.assignments[index] = this.assignments[index] with { Status = status };
                this.version++;
            }
        }
    }
}
