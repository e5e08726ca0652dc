using System.Text;
using System.Text.Json;
using Mining.Core.Sse;
using Mining.Testing;

namespace Mining.Core.Tests.Sse;

/// <summary>One conformance vector of ../shared/fixtures/sse/vectors.json, with its input as bytes.</summary>
public sealed record SseVector(
    string Name,
    byte[] Input,
    IReadOnlyList<byte[]>? Chunks,
    IReadOnlyList<SseEvent> Events,
    ulong? Retry,
    string? LastEventId)
{
    public static IReadOnlyList<SseVector> All { get; } = Load();

    public override string ToString() => Name;

    private static List<SseVector> Load()
    {
        var path = Path.Combine(RepositoryPaths.Shared, "fixtures", "sse", "vectors.json");
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return document.RootElement.GetProperty("vectors").EnumerateArray().Select(Parse).ToList();
    }

    private static SseVector Parse(JsonElement vector)
    {
        var input = vector.TryGetProperty("input_bytes_hex", out var hex)
            ? Convert.FromHexString(hex.GetString()!)
            : Encoding.UTF8.GetBytes(vector.GetProperty("input").GetString()!);
        IReadOnlyList<byte[]>? chunks = null;
        if (vector.TryGetProperty("chunks_bytes_hex", out var hexChunks))
        {
            chunks = hexChunks.EnumerateArray().Select(c => Convert.FromHexString(c.GetString()!)).ToList();
        }
        else if (vector.TryGetProperty("chunks", out var textChunks))
        {
            chunks = textChunks.EnumerateArray().Select(c => Encoding.UTF8.GetBytes(c.GetString()!)).ToList();
        }

        var events = vector.GetProperty("events").EnumerateArray()
            .Select(e => new SseEvent(
                e.GetProperty("type").GetString()!,
                e.GetProperty("data").GetString()!,
                e.GetProperty("id").GetString() ?? string.Empty))
            .ToList();
        var retry = vector.GetProperty("retry");
        return new SseVector(
            vector.GetProperty("name").GetString()!,
            input,
            chunks,
            events,
            retry.ValueKind == JsonValueKind.Null ? null : retry.GetUInt64(),
            vector.GetProperty("last_event_id").GetString());
    }
}
