using System.Text.Json;
using Mining.Core.Signals;

namespace MiningWorker.Signals;

/// <summary>The signal queue's message body: <c>{reason, count, search_query_id, event_id, received_at}</c>.</summary>
internal static class SignalMessageFormat
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static string Serialize(AssignmentSignal signal) => JsonSerializer.Serialize(signal, Options);

    /// <summary>The signal, or null when the body is not one.</summary>
    public static AssignmentSignal? TryDeserialize(string body)
    {
        try
        {
            var signal = JsonSerializer.Deserialize<AssignmentSignal>(body, Options);
            return signal is { Reason: not null } ? signal : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
