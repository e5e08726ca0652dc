using System.Security.Cryptography;

namespace Mining.Simulator.Engine;

internal enum TokenCheck
{
    Valid,
    Missing,
    Rejected,
}

internal sealed record RefreshAnswer(int StatusCode, string? AccessToken, string? RotatedRefreshToken, string? Message);

internal sealed partial class SimulatorStore
{
    private readonly HashSet<string> _refreshTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _accessTokens = new(StringComparer.Ordinal);
    private int _refreshFailureStatus;
    private int? _refreshFailuresLeft;

    public string IssueAccessToken()
    {
        lock (_gate)
        {
            var token = NewSecret("sim-at-");
            _accessTokens[token] = Now + _options.AccessTokenLifetime;
            return token;
        }
    }

    public RefreshAnswer Refresh(string? refreshToken)
    {
        lock (_gate)
        {
            _counters.RefreshCalls++;
            MarkChanged();
            if (_refreshFailureStatus != 0)
            {
                var status = _refreshFailureStatus;
                if (_refreshFailuresLeft is not null && --_refreshFailuresLeft == 0)
                {
                    _refreshFailureStatus = 0;
                    _refreshFailuresLeft = null;
                }

                _counters.FailedRefreshCalls++;
                _counters.InjectedFaults++;
                return new(status, null, null, "refresh token rejected");
            }

            if (refreshToken is null || !_refreshTokens.Contains(refreshToken))
            {
                _counters.FailedRefreshCalls++;
                return new(401, null, null, "invalid refresh token");
            }

            var access = NewSecret("sim-at-");
            _accessTokens[access] = Now + _options.AccessTokenLifetime;
            if (!_options.RotateRefreshToken)
            {
                return new(200, access, null, null);
            }

            var rotated = NewSecret("sim-rt-");
            _refreshTokens.Add(rotated);
            if (_options.RevokeReplacedRefreshToken)
            {
                _refreshTokens.Remove(refreshToken);
            }

            return new(200, access, rotated, null);
        }
    }

    public TokenCheck CheckAccessToken(string? token)
    {
        lock (_gate)
        {
            if (token is null)
            {
                _counters.Unauthorized++;
                MarkChanged();
                return TokenCheck.Missing;
            }

            if (_accessTokens.TryGetValue(token, out var expiresAt) && Now < expiresAt)
            {
                return TokenCheck.Valid;
            }

            _counters.Unauthorized++;
            MarkChanged();
            return TokenCheck.Rejected;
        }
    }

    public void ExpireAccessTokens()
    {
        lock (_gate)
        {
            var now = Now;
            foreach (var token in _accessTokens.Keys.ToList())
            {
                _accessTokens[token] = now;
            }

            MarkChanged();
        }
    }

    public void FailRefresh(int statusCode, int? calls)
    {
        if (statusCode is < 400 or > 599)
        {
            throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, "A refresh failure needs a 4xx or 5xx status.");
        }

        if (calls is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(calls), calls, "Fail at least one call, or pass null for every call.");
        }

        lock (_gate)
        {
            _refreshFailureStatus = statusCode;
            _refreshFailuresLeft = calls;
        }
    }

    public void RestoreRefresh()
    {
        lock (_gate)
        {
            _refreshFailureStatus = 0;
            _refreshFailuresLeft = null;
        }
    }

    private static string NewSecret(string prefix) =>
        prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
}
