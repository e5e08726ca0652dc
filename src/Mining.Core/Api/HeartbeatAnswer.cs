using System.Text.Json;
using Mining.Core.Codec;

namespace Mining.Core.Api;

/// <summary>
/// The heartbeat's answer is not specified. When it carries an assigned count under a likely name (top level, in a
/// <c>data</c> object, or in an encoded <c>data</c> string), that count is an extra signal; otherwise there is none.
/// </summary>
internal static class HeartbeatAnswer
{
    private static readonly string[] CountNames = ["assigned", "assigned_count", "assignedCount", "assigned_tasks", "count"];

    public static int? FindAssignedCount(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return FindIn(document.RootElement, depth: 0);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static int? FindIn(JsonElement element, int depth)
    {
        if (element.ValueKind != JsonValueKind.Object || depth > 2)
        {
            return null;
        }

        foreach (var name in CountNames)
        {
            if (element.TryGetProperty(name, out var value))
            {
                switch (value.ValueKind)
                {
                    case JsonValueKind.Number when value.TryGetInt32(out var count) && count >= 0:
                        return count;
                    case JsonValueKind.Array:
                        return value.GetArrayLength();
                }
            }
        }

        if (!element.TryGetProperty("data", out var data))
        {
            return null;
        }

        return data.ValueKind == JsonValueKind.String ? FromEncoded(data.GetString()!, depth) : FindIn(data, depth + 1);
    }

    private static int? FromEncoded(string encoded, int depth)
    {
        try
        {
            using var document = JsonDocument.Parse(PayloadCodec.Decode(encoded));
            return FindIn(document.RootElement, depth + 1);
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return null;
        }
    }
}
