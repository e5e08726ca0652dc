using System.Text.Json;
using Mining.Core.Json;

namespace Mining.Core.Api;

/// <summary>Reads the human message of an answer: <c>{"message": "..."}</c>, a JSON string, or plain text, cut to one short line.</summary>
internal static class ServerMessage
{
    private const int MaxLength = 300;

    public static async Task<string?> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = (await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)).Trim();
        return text.Length == 0 ? null : OneLine(FromJson(text) ?? text);
    }

    public static bool Says(string? message, string phrase) =>
        message?.Contains(phrase, StringComparison.OrdinalIgnoreCase) == true;

    private static string? FromJson(string text)
    {
        if (text[0] is not ('{' or '"'))
        {
            return null;
        }

        try
        {
            return text[0] == '"'
                ? JsonSerializer.Deserialize(text, MiningJsonContext.Default.String)
                : JsonSerializer.Deserialize(text, MiningJsonContext.Default.ErrorBody) is { } body ? body.Message ?? body.Error : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string OneLine(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= MaxLength ? line : line[..MaxLength] + "…";
    }
}
