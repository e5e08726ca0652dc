namespace Mining.Core.Contract;

/// <summary>The <c>user</c> object of <c>GET /auth/me</c>; only the id is needed.</summary>
public sealed record UserProfile
{
    public required string Id { get; init; }

    public string? Email { get; init; }
}
