using System.Text.Json;
using Mining.Core.Signals;

namespace Mining.Workflows.Signals;

/// <summary>
/// Reads a signal-queue message (<c>{reason, count, search_query_id, event_id, received_at}</c>, snake_case). A
/// message that cannot be read is still a signal: it only ever means "look for assignments".
/// </summary>
public static class SignalMessage
{
    /// <summary>The reason given to a message whose body could not be read.</summary>
    public const string UnreadableReason = "unreadable";

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static AssignmentSignal Parse(string? message, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        return TryRead(message) is { Reason: not null } signal
            ? signal
            : new AssignmentSignal(UnreadableReason, null, null, null, timeProvider.GetUtcNow());
    }

    static AssignmentSignal? TryRead(string? message)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<AssignmentSignal>(message, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
