using Mining.Core.Contract;

namespace Mining.Core.Json;

/// <summary>The answer of <c>GET /auth/me</c>.</summary>
public sealed record MeResponse
{
    public required UserProfile User { get; init; }
}
