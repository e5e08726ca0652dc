namespace Mining.Core.Json;

/// <summary>The body of <c>POST /auth/refresh</c>. Its printed form hides the secret.</summary>
public sealed record RefreshTokenRequest(string RefreshToken)
{
    public override string ToString() => $"{nameof(RefreshTokenRequest)} {{ RefreshToken = (redacted) }}";
}
