using System.Net;
using System.Net.Http.Headers;
using Mining.Core.Auth;

namespace Mining.Core.Http;

/// <summary>
/// Sends the access token; on a 401 asks for one single-flight refresh and retries the request once.
/// A 401 with the fresh token means the account is not authenticated: it throws, it never loops.
/// </summary>
public sealed class BearerTokenHandler(IAccessTokenProvider tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var token = await tokens.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        response.Dispose();
        var refreshed = await tokens.RefreshAsync(token, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", refreshed);
        response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            response.Dispose();
            throw new AuthenticationFailedException(
                $"The server rejected a freshly refreshed access token for {request.Method} {request.RequestUri?.AbsolutePath}; the worker is not authenticated.");
        }

        return response;
    }
}
