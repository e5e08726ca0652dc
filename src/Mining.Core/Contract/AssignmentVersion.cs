using System.Text.Json.Serialization;

namespace Mining.Core.Contract;

/// <summary>The answer of <c>GET /mining/assignments/version</c>; the wire names are camelCase.</summary>
public sealed record AssignmentVersion
{
    [JsonPropertyName("cacheVersion")]
    public string? CacheVersion { get; init; }

    [JsonPropertyName("paramsSignature")]
    public string? ParamsSignature { get; init; }
}
