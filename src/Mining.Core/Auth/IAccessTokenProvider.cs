namespace Mining.Core.Auth;

/// <summary>
/// Hands out the current access token and refreshes it single-flight: concurrent callers that saw a 401
/// for the same stale token share one refresh. Used by the API client and the SSE listener.
/// </summary>
public interface IAccessTokenProvider
{
    /// <summary>The current token, refreshing first when none is known yet.</summary>
    ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Refreshes unless another caller already replaced <paramref name="staleToken"/>; returns the token to retry with.
    /// Throws <see cref="AuthenticationFailedException"/> when the API rejects the refresh token (final: stop, never loop),
    /// and <see cref="Api.MiningApiException"/> when the refresh could not be answered (an outage: retry later).
    /// </summary>
    ValueTask<string> RefreshAsync(string staleToken, CancellationToken cancellationToken);
}
