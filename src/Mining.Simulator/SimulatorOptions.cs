using Mining.Simulator.Model;

namespace Mining.Simulator;

/// <summary>How a <see cref="SimulatorServer"/> behaves. Every default follows MINING_API.md. The server copies it at start.</summary>
public sealed class SimulatorOptions
{
    /// <summary>The loopback port to bind; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>The clock for token expiry, cooldowns, stale timeouts, keep-alives and page delays.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>The refresh token the server accepts at start; null generates a random one (see <see cref="SimulatorServer.RefreshToken"/>).</summary>
    public string? RefreshToken { get; set; }

    /// <summary>The id of the one user the server knows.</summary>
    public string UserId { get; set; } = "sim-user-1";

    public string UserEmail { get; set; } = "operator@simulator.invalid";

    /// <summary>How long an access token stays valid; after that every call with it is a 401.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Whether a refresh answer carries a new <c>refresh_token</c> (the contract calls this unknown).</summary>
    public bool RotateRefreshToken { get; set; }

    /// <summary>With <see cref="RotateRefreshToken"/>: whether the replaced refresh token stops working.</summary>
    public bool RevokeReplacedRefreshToken { get; set; }

    /// <summary>The interval of <c>:keep-alive</c> comments on event streams (SSE_HEARTBEAT_INTERVAL_MS).</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How many pending tasks one heartbeat may assign (ASSIGN_ON_HEARTBEAT_LIMIT).</summary>
    public int HeartbeatAssignLimit { get; set; } = 8;

    /// <summary>The per-worker pause between two heartbeat auto-assignments (ASSIGN_ON_HEARTBEAT_COOLDOWN_SECONDS).</summary>
    public TimeSpan HeartbeatAssignCooldown { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>Whether creating a search query assigns its tasks to online workers at once (and signals them).</summary>
    public bool AssignOnQueryCreation { get; set; } = true;

    /// <summary>A worker is online while it has an open event stream or its last heartbeat is this recent.</summary>
    public TimeSpan OnlineWindow { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>How long an assignment may stay in progress without a submit before it goes back to pending.</summary>
    public TimeSpan StaleTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often the server looks for stale assignments.</summary>
    public TimeSpan StaleScanInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The status for a submit of an assignment that is not in progress: 409 (default) or 400; both occur in the contract.</summary>
    public int SubmitNotInProgressStatusCode { get; set; } = 409;

    /// <summary>The platforms a worker gets tasks for before it sets preferences.</summary>
    public IList<string> DefaultPlatforms { get; set; } = ["google", "twitter"];

    /// <summary>Called after each request is recorded (for example to print it); must be quick and thread-safe.</summary>
    public Action<RecordedRequest>? OnRequest { get; set; }

    /// <summary>A private copy, so changing the caller's instance after start cannot race with the server.</summary>
    internal SimulatorOptions Snapshot()
    {
        var copy = (SimulatorOptions)MemberwiseClone();
        copy.DefaultPlatforms = [.. DefaultPlatforms];
        return copy;
    }

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(Port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Port, 65535);
        ArgumentNullException.ThrowIfNull(TimeProvider);
        ArgumentException.ThrowIfNullOrWhiteSpace(UserId);
        RequirePositive(AccessTokenLifetime, nameof(AccessTokenLifetime));
        RequirePositive(KeepAliveInterval, nameof(KeepAliveInterval));
        RequirePositive(OnlineWindow, nameof(OnlineWindow));
        RequirePositive(StaleTimeout, nameof(StaleTimeout));
        RequirePositive(StaleScanInterval, nameof(StaleScanInterval));
        ArgumentOutOfRangeException.ThrowIfLessThan(HeartbeatAssignCooldown, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfNegative(HeartbeatAssignLimit);
        if (SubmitNotInProgressStatusCode is not (400 or 409))
        {
            throw new ArgumentOutOfRangeException(nameof(SubmitNotInProgressStatusCode), SubmitNotInProgressStatusCode, "Must be 400 or 409.");
        }

        if (RefreshToken is { Length: 0 })
        {
            throw new ArgumentException("RefreshToken must not be empty; leave it null to generate one.", nameof(RefreshToken));
        }
    }

    private static void RequirePositive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(name, value, "Must be positive.");
        }
    }
}
