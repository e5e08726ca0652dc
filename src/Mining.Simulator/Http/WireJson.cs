using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;

namespace Mining.Simulator.Http;

/// <summary>The server's JSON: snake_case names and enum values, as the real API writes them.</summary>
internal static class WireJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static IResult Ok(object body) => Results.Json(body, Options);

    public static IResult Status(int statusCode, object body) => Results.Json(body, Options, statusCode: statusCode);

    public static IResult Message(int statusCode, string message) => Status(statusCode, new { message });
}
