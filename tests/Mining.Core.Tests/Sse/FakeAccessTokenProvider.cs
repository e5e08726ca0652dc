using System.Collections.Concurrent;
using Mining.Core.Auth;

namespace Mining.Core.Tests.Sse;

/// <summary>Hands out "t1"; a refresh of the current token moves to "t2", "t3"…, or fails when told to.</summary>
public sealed class FakeAccessTokenProvider : IAccessTokenProvider
{
    private int _generation = 1;

    public bool FailRefresh { get; set; }

    /// <summary>The next refresh cannot reach the auth server.</summary>
    public bool RefreshUnreachableOnce { get; set; }

    public ConcurrentQueue<string> RefreshedStaleTokens { get; } = new();

    public ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Current);

    public ValueTask<string> RefreshAsync(string staleToken, CancellationToken cancellationToken)
    {
        RefreshedStaleTokens.Enqueue(staleToken);
        if (RefreshUnreachableOnce)
        {
            RefreshUnreachableOnce = false;
            throw new HttpRequestException("connection refused");
        }

        if (FailRefresh)
        {
            throw new AuthenticationFailedException("the refresh token was revoked");
        }

        if (staleToken == Current)
        {
            Interlocked.Increment(ref _generation);
        }

        return ValueTask.FromResult(Current);
    }

    private string Current => "t" + Volatile.Read(ref _generation);
}
