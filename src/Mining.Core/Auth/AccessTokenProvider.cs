using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Mining.Core.Api;
using Mining.Core.Http;
using Mining.Core.Json;
using Mining.Core.Options;

namespace Mining.Core.Auth;

/// <summary>
/// Holds the access token and refreshes it single-flight through <c>POST {ApiBaseUrl}/auth/refresh</c>, on the
/// <see cref="MiningHttpClients.Auth"/> client that carries no bearer handler. A refresh token the server rotates is
/// kept in the <see cref="IRefreshTokenStore"/> and preferred at the next start,
/// as long as the configured token is still the one it descends from. Once the server has rejected the
/// refresh token, every later call fails at once: the worker is unauthenticated and must not loop.
/// </summary>
public sealed partial class AccessTokenProvider(
    IHttpClientFactory httpClientFactory,
    IRefreshTokenStore refreshTokenStore,
    IOptions<MiningOptions> options,
    ILogger<AccessTokenProvider> logger) : IAccessTokenProvider, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _accessToken = string.IsNullOrWhiteSpace(options.Value.AccessToken) ? null : options.Value.AccessToken;
    private string? _refreshToken;
    private AuthenticationFailedException? _rejected;

    /// <summary>True once the server has rejected the refresh token; a health check reports unhealthy.</summary>
    public bool IsRejected => Volatile.Read(ref _rejected) is not null;

    private string? ConfiguredRefreshToken => string.IsNullOrWhiteSpace(options.Value.RefreshToken) ? null : options.Value.RefreshToken;

    public ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref _accessToken);
        return current is not null ? ValueTask.FromResult(current) : new ValueTask<string>(RefreshOnceAsync(null, cancellationToken));
    }

    public ValueTask<string> RefreshAsync(string staleToken, CancellationToken cancellationToken) =>
        new(RefreshOnceAsync(staleToken, cancellationToken));

    public void Dispose() => _gate.Dispose();

    private async Task<string> RefreshOnceAsync(string? staleToken, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_rejected is not null)
            {
                throw new AuthenticationFailedException(_rejected.Message, _rejected);
            }

            // Another caller refreshed while this one waited: retry with its token instead of refreshing again.
            if (_accessToken is not null && _accessToken != staleToken)
            {
                return _accessToken;
            }

            var token = await RequestAccessTokenAsync(cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _accessToken, token);
            return token;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<string> RequestAccessTokenAsync(CancellationToken cancellationToken)
    {
        _refreshToken ??= RotatedRefreshToken.Parse(await refreshTokenStore.LoadAsync(cancellationToken).ConfigureAwait(false), ConfiguredRefreshToken)
                          ?? ConfiguredRefreshToken;
        if (_refreshToken is null)
        {
            throw Reject($"No refresh token is configured ({MiningOptions.SectionName}:RefreshToken), so the worker cannot authenticate.");
        }

        var client = httpClientFactory.CreateClient(MiningHttpClients.Auth);
        HttpResponseMessage response;
        try
        {
            using var body = JsonBody.Create(new RefreshTokenRequest(_refreshToken), MiningJsonContext.Default.RefreshTokenRequest);
            response = await client.PostAsync("auth/refresh", body, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or Polly.Timeout.TimeoutRejectedException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // An outage says nothing about the token: callers retry it like any other unreachable endpoint.
            LogRefreshUnreachable(logger, ex.GetType().Name);
            throw new MiningApiException("The token refresh could not reach the API: " + ex.Message, innerException: ex);
        }

        using (response)
        {
            if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
            {
                LogRefreshRejected(logger, (int)response.StatusCode);
                throw Reject($"The API rejected the refresh token (HTTP {(int)response.StatusCode}); set a valid {MiningOptions.SectionName}:RefreshToken and restart.");
            }

            if (!response.IsSuccessStatusCode)
            {
                LogRefreshFailed(logger, (int)response.StatusCode);
                throw new MiningApiException($"The token refresh failed with HTTP {(int)response.StatusCode}.", (int)response.StatusCode);
            }

            RefreshTokenResponse answer;
            try
            {
                answer = await response.Content.ReadFromJsonAsync(MiningJsonContext.Default.RefreshTokenResponse, cancellationToken).ConfigureAwait(false)
                         ?? throw new JsonException("The body is null.");
            }
            catch (JsonException ex)
            {
                // The JSON reader's message may quote the body, which holds the token: keep only the path.
                throw new AuthenticationFailedException($"The token refresh answer is not the expected {{\"access_token\"}} object (at {ex.Path ?? "$"}).");
            }

            await KeepRotatedRefreshTokenAsync(answer.RefreshToken, cancellationToken).ConfigureAwait(false);
            LogRefreshed(logger);
            return answer.AccessToken;
        }
    }

    private async Task KeepRotatedRefreshTokenAsync(string? rotated, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(rotated) || rotated == _refreshToken)
        {
            return;
        }

        _refreshToken = rotated;
        try
        {
            await refreshTokenStore.SaveAsync(RotatedRefreshToken.Format(ConfiguredRefreshToken, rotated), cancellationToken).ConfigureAwait(false);
            LogRotatedStored(logger);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Azure.RequestFailedException)
        {
            LogRotatedNotStored(logger, ex.GetType().Name);
        }
    }

    private AuthenticationFailedException Reject(string message)
    {
        var failure = new AuthenticationFailedException(message);
        Volatile.Write(ref _rejected, failure);
        return failure;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refreshed the access token")]
    private static partial void LogRefreshed(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "The server rotated the refresh token; stored the new one for the next start")]
    private static partial void LogRotatedStored(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "The server rotated the refresh token but storing it failed ({ErrorType}); the next start may need a new token")]
    private static partial void LogRotatedNotStored(ILogger logger, string errorType);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The API rejected the refresh token with HTTP {StatusCode}; the worker is unauthenticated")]
    private static partial void LogRefreshRejected(ILogger logger, int statusCode);

    [LoggerMessage(Level = LogLevel.Error, Message = "The token refresh failed with HTTP {StatusCode}")]
    private static partial void LogRefreshFailed(ILogger logger, int statusCode);

    [LoggerMessage(Level = LogLevel.Error, Message = "The token refresh could not reach the API ({ErrorType})")]
    private static partial void LogRefreshUnreachable(ILogger logger, string errorType);
}
