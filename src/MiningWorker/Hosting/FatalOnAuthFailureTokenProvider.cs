using Mining.Core.Auth;

namespace MiningWorker.Hosting;

/// <summary>
/// Wraps the token provider that every caller shares (API client, SSE listener, activities): the first failed
/// refresh, wherever it happens, stops the worker rather than letting each caller retry it.
/// </summary>
internal sealed class FatalOnAuthFailureTokenProvider(IAccessTokenProvider inner, WorkerFailure failure) : IAccessTokenProvider
{
    public async ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await inner.GetAccessTokenAsync(cancellationToken);
        }
        catch (AuthenticationFailedException error)
        {
            failure.Stop(AuthenticationMessage(error));
            throw;
        }
    }

    public async ValueTask<string> RefreshAsync(string staleToken, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.RefreshAsync(staleToken, cancellationToken);
        }
        catch (AuthenticationFailedException error)
        {
            failure.Stop(AuthenticationMessage(error));
            throw;
        }
    }

    public static string AuthenticationMessage(AuthenticationFailedException error) =>
        $"authentication failed: {error?.Message} Check Mining:RefreshToken; the worker does not retry a failed refresh.";
}
