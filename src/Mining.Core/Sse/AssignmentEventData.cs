using System.Text.Json;

namespace Mining.Core.Sse;

/// <summary>
/// The <c>data</c> of an <c>assignment</c> event, <c>{"count": n, "search_query_id": "id"}</c>, read tolerantly: both
/// fields may be missing, and anything unreadable leaves them null and sets <see cref="Malformed"/>. It is only a hint.
/// </summary>
internal readonly record struct AssignmentEventData(int? Count, string? SearchQueryId, bool Malformed)
{
    private const int MaxSearchQueryIdLength = 256;

    public static AssignmentEventData Parse(string data)
    {
        try
        {
            using var document = JsonDocument.Parse(data);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new(null, null, Malformed: true);
            }

            var countOk = TryReadCount(root, out var count);
            var idOk = TryReadSearchQueryId(root, out var searchQueryId);
            return new(count, searchQueryId, Malformed: !countOk || !idOk);
        }
        catch (JsonException)
        {
            return new(null, null, Malformed: true);
        }
    }

    private static bool TryReadCount(JsonElement root, out int? count)
    {
        count = null;
        if (!root.TryGetProperty("count", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number >= 0)
        {
            count = number;
            return true;
        }

        return false;
    }

    private static bool TryReadSearchQueryId(JsonElement root, out string? searchQueryId)
    {
        searchQueryId = null;
        if (!root.TryGetProperty("search_query_id", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        if (text is null || text.Length > MaxSearchQueryIdLength)
        {
            return false;
        }

        searchQueryId = text;
        return true;
    }
}
