namespace Mining.Core.Auth;

/// <summary>Keeps a refresh token that the server rotated (in an opaque form), so the next start uses it instead of the configured one.</summary>
public interface IRefreshTokenStore
{
    Task<string?> LoadAsync(CancellationToken cancellationToken);

    Task SaveAsync(string refreshToken, CancellationToken cancellationToken);
}
