using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Mining.Core.Signals;

/// <summary>
/// The signal queue's message body: snake_case JSON <c>{reason, count, search_query_id, event_id, received_at}</c>.
/// Both the publisher and every consumer (the Functions queue trigger, the standalone host) go through here.
/// </summary>
public static class AssignmentSignalSerializer
{
    public static string Serialize(AssignmentSignal signal)
    {
        ArgumentNullException.ThrowIfNull(signal);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("reason", signal.Reason);
            if (signal.Count is { } count)
            {
                writer.WriteNumber("count", count);
            }
            else
            {
                writer.WriteNull("count");
            }

            writer.WriteString("search_query_id", signal.SearchQueryId);
            writer.WriteString("event_id", signal.EventId);
            writer.WriteString("received_at", signal.ReceivedAt);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>
    /// Reads a message body. Tolerant of what does not matter (unknown properties, missing optional fields, a count
    /// written as a string, a body still in Base64 because a consumer did not decode it); strict about the rest.
    /// </summary>
    /// <exception cref="SignalMessageFormatException">The body is not a signal; the message says why.</exception>
    public static AssignmentSignal Deserialize(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = message.Trim();
        if (!text.StartsWith('{') && TryDecodeBase64(text, out var decoded))
        {
            text = decoded;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new SignalMessageFormatException($"A signal message must be a JSON object, not {root.ValueKind}.");
            }

            var reason = ReadString(root, "reason");
            if (string.IsNullOrWhiteSpace(reason))
            {
                throw new SignalMessageFormatException("A signal message needs a non-empty 'reason'.");
            }

            var receivedAtText = ReadString(root, "received_at")
                ?? throw new SignalMessageFormatException("A signal message needs 'received_at'.");
            if (!DateTimeOffset.TryParse(receivedAtText, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var receivedAt))
            {
                throw new SignalMessageFormatException("The signal's 'received_at' is not an ISO 8601 timestamp.");
            }

            return new AssignmentSignal(reason, ReadCount(root), ReadString(root, "search_query_id"), ReadString(root, "event_id"), receivedAt);
        }
        catch (JsonException ex)
        {
            throw new SignalMessageFormatException($"A signal message is not valid JSON: {ex.Message}", ex);
        }
    }

    private static string? ReadString(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) ? null : value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => throw new SignalMessageFormatException($"The signal's '{name}' must be a string, not {value.ValueKind}."),
        };

    private static int? ReadCount(JsonElement root)
    {
        if (!root.TryGetProperty("count", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var count)
            || value.ValueKind == JsonValueKind.String
               && int.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out count))
        {
            return count >= 0
                ? count
                : throw new SignalMessageFormatException("The signal's 'count' must not be negative.");
        }

        throw new SignalMessageFormatException("The signal's 'count' must be a whole number.");
    }

    private static bool TryDecodeBase64(string text, out string decoded)
    {
        var bytes = new byte[text.Length];
        if (Convert.TryFromBase64String(text, bytes, out var written))
        {
            decoded = Encoding.UTF8.GetString(bytes, 0, written).Trim();
            return decoded.StartsWith('{');
        }

        decoded = text;
        return false;
    }
}
