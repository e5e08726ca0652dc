using Mining.Core.Contract;

namespace Mining.Core.Api;

/// <summary>
/// The typed client of every endpoint in MINING_API.md §2–§5. Auth refresh, 429 and transient retries
/// happen inside; callers see typed outcomes, or <see cref="Auth.AuthenticationFailedException"/> when
/// the refresh itself failed, or <see cref="MiningApiException"/> for any other unexpected answer.
/// </summary>
public interface IMiningApiClient
{
    Task<UserProfile> GetMeAsync(CancellationToken cancellationToken);

    /// <summary>Registers this device (register-v2) and returns the decoded device id.</summary>
    Task<string> RegisterDeviceAsync(string userId, DeviceInfo deviceInfo, CancellationToken cancellationToken);

    Task<HeartbeatResult> SendHeartbeatAsync(string userId, string deviceId, CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> GetPreferencesAsync(CancellationToken cancellationToken);

    Task SetPreferencesAsync(IReadOnlyList<string> platforms, CancellationToken cancellationToken);

    Task<AssignmentList> ListAssignmentsAsync(AssignmentQuery query, CancellationToken cancellationToken);

    Task<AssignmentVersion> GetAssignmentsVersionAsync(AssignmentQuery query, CancellationToken cancellationToken);

    Task<MiningAssignment> GetAssignmentAsync(string assignmentId, CancellationToken cancellationToken);

    Task<StartOutcome> StartAssignmentAsync(string assignmentId, CancellationToken cancellationToken);

    Task<SubmitOutcome> SubmitAssignmentAsync(string assignmentId, SubmitRequest submission, CancellationToken cancellationToken);

    Task<AbandonOutcome> AbandonAssignmentAsync(string assignmentId, AbandonReason reason, string? details, CancellationToken cancellationToken);
}
