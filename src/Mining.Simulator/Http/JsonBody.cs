using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Mining.Simulator.Codec;

namespace Mining.Simulator.Http;

/// <summary>A request body read as one JSON object, with its raw text.</summary>
internal sealed record JsonBody(JsonElement Root, string Text)
{
    /// <summary>Reads the body; null with a reason when it is not a JSON object (or, with <paramref name="allowEmpty"/>, empty).</summary>
    public static async Task<(JsonBody? Body, string Error)> ReadObjectAsync(HttpContext context, bool allowEmpty = false)
    {
        using var reader = new StreamReader(context.Request.Body);
        var text = await reader.ReadToEndAsync(context.RequestAborted);
        if (allowEmpty && text.Length == 0)
        {
            text = "{}";
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? (new JsonBody(document.RootElement.Clone(), text), string.Empty)
                : (null, $"the body is a JSON {document.RootElement.ValueKind.ToString().ToLowerInvariant()}, not an object");
        }
        catch (JsonException)
        {
            return (null, text.Length == 0 ? "the body is empty" : "the body is not valid JSON");
        }
    }

    /// <summary>Reads <c>{"data": encode(json)}</c> (MINING_API.md §3) and returns the decoded JSON object.</summary>
    public bool TryDecodePayload(out JsonElement payload, out string error)
    {
        payload = default;
        if (!JsonFields.TryString(Root, "data", out var data))
        {
            error = "the body needs a string field 'data' holding encode(JSON)";
            return false;
        }

        if (!WirePayloadCodec.TryDecodeWorkerPayload(data, out var json, out error))
        {
            error = "'data' does not decode: " + error;
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                error = "'data' decodes to JSON that is not an object";
                return false;
            }

            payload = document.RootElement.Clone();
            return true;
        }
        catch (JsonException)
        {
            error = "'data' decodes to text that is not JSON; was it encoded with the contract's encode?";
            return false;
        }
    }
}
