namespace Mining.Core.Json;

/// <summary>The answer of <c>POST /auth/refresh</c>; a rotated refresh token is optional. Its printed form hides both tokens.</summary>
public sealed record RefreshTokenResponse
{
    public required string AccessToken { get; init; }

    public string? RefreshToken { get; init; }

    public override string ToString() =>
        $"{nameof(RefreshTokenResponse)} {{ AccessToken = (redacted), RefreshToken = {(RefreshToken is null ? "(none)" : "(redacted)")} }}";
}
