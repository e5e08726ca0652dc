namespace Mining.Core.Signals;

/// <summary>The values of <see cref="AssignmentSignal.Reason"/>.</summary>
public static class SignalReasons
{
    /// <summary>An <c>assignment</c> event on the stream.</summary>
    public const string SseAssignment = "sse_assignment";

    /// <summary>Sent after every (re)connect, for assignments made while disconnected.</summary>
    public const string SseCatchUp = "sse_catch_up";

    /// <summary>The heartbeat's answer reported assigned tasks.</summary>
    public const string Heartbeat = "heartbeat";

    /// <summary>Worker start.</summary>
    public const string Startup = "startup";
}
