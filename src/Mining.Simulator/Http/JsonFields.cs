using System.Text.Json;

namespace Mining.Simulator.Http;

/// <summary>Strict readers of required JSON fields.</summary>
internal static class JsonFields
{
    /// <summary>Epoch milliseconds from 2001 on; a seconds value is smaller, which catches the usual unit mistake.</summary>
    private const long MinEpochMilliseconds = 1_000_000_000_000;

    public static bool TryString(JsonElement obj, string name, out string value)
    {
        value = string.Empty;
        if (obj.TryGetProperty(name, out var field) && field.ValueKind == JsonValueKind.String && field.GetString() is { Length: > 0 } text)
        {
            value = text;
            return true;
        }

        return false;
    }

    public static bool TryObject(JsonElement obj, string name, out JsonElement value)
    {
        value = default;
        if (obj.TryGetProperty(name, out var field) && field.ValueKind == JsonValueKind.Object)
        {
            value = field;
            return true;
        }

        return false;
    }

    public static bool TryNumber(JsonElement obj, string name, out double value)
    {
        value = 0;
        return obj.TryGetProperty(name, out var field) && field.ValueKind == JsonValueKind.Number && field.TryGetDouble(out value);
    }

    public static bool IsEpochMilliseconds(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var field) && field.ValueKind == JsonValueKind.Number
        && field.TryGetInt64(out var ms) && ms >= MinEpochMilliseconds;

    public static bool IsPositiveInteger(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var field) && field.ValueKind == JsonValueKind.Number && field.TryGetInt32(out var n) && n > 0;

    /// <summary>Collects the names of fields that fail their checks, so one answer lists every problem.</summary>
    public static string Describe(IReadOnlyList<string> problems) => string.Join("; ", problems);
}
