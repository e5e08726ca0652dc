using Microsoft.Extensions.Logging.Testing;
using Mining.Core.Auth;
using Mining.Core.Json;
using Mining.Core.Options;
using Mining.Core.Tests.Api;

namespace Mining.Core.Tests.Auth;

/// <summary>Tokens never appear in a log line (at any level), an exception message or a <c>ToString()</c>. Every test token contains "SECRET".</summary>
public sealed class SecretRedactionTests
{
    private const string Marker = "SECRET";

    [Fact]
    public async Task A_refresh_flow_logs_nothing_secret_even_at_trace_level()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Handler = context => context.Request.Path == "/auth/refresh"
            ? ServerAnswers.Json(context, 200, """{"access_token": "access-token-1-SECRET", "refresh_token": "rotated-SECRET"}""")
            : context.Request.Headers.Authorization == "Bearer access-token-1-SECRET"
                ? ServerAnswers.Json(context, 200, """{"assignments": [], "total": 0}""")
                : ServerAnswers.Text(context, 401, "expired");

        await harness.Client.ListAssignmentsAsync(new Mining.Core.Contract.AssignmentQuery(), CancellationToken.None);

        var records = harness.Logs.GetSnapshot();
        Assert.Contains(records, r => r.Message.Contains("Refreshed the access token", StringComparison.Ordinal));
        Assert.Contains(records, r => r.Message.StartsWith("HTTP GET /mining/assignments answered 200", StringComparison.Ordinal));
        AssertNoSecret(records);
        Assert.DoesNotContain(records, r => r.Category == "Polly" && r.Level >= Microsoft.Extensions.Logging.LogLevel.Information);
    }

    [Theory]
    [InlineData(401, """{"message": "refresh-token-SECRET is invalid"}""")]
    [InlineData(200, """{"refresh_token": "rotated-SECRET"}""")]
    [InlineData(200, """{"access_token": ["access-token-1-SECRET"]}""")]
    [InlineData(200, "access-token-1-SECRET")]
    public async Task A_failed_refresh_leaks_no_token_in_its_exception_or_logs(int status, string body)
    {
        await using var harness = await ClientHarness.StartAsync(accessToken: null);
        harness.Server.Handler = context => ServerAnswers.Json(context, status, body);

        var error = await Assert.ThrowsAsync<AuthenticationFailedException>(() => harness.Tokens.GetAccessTokenAsync(CancellationToken.None).AsTask());

        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            Assert.DoesNotContain(Marker, e.Message, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(Marker, error.ToString(), StringComparison.Ordinal);
        AssertNoSecret(harness.Logs.GetSnapshot());
    }

    [Fact]
    public void Options_and_token_messages_print_no_token()
    {
        var options = new MiningOptions { RefreshToken = "refresh-token-SECRET", AccessToken = "access-token-0-SECRET" };

        Assert.DoesNotContain(Marker, options.ToString(), StringComparison.Ordinal);
        Assert.Contains("RefreshToken = (set)", options.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Marker, new RefreshTokenRequest("refresh-token-SECRET").ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Marker, new RefreshTokenResponse { AccessToken = "a-SECRET", RefreshToken = "r-SECRET" }.ToString(), StringComparison.Ordinal);
    }

    private static void AssertNoSecret(IReadOnlyList<FakeLogRecord> records)
    {
        foreach (var record in records)
        {
            Assert.DoesNotContain(Marker, record.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(Marker, record.Exception?.ToString() ?? "", StringComparison.Ordinal);
            foreach (var (key, value) in record.StructuredState ?? [])
            {
                Assert.DoesNotContain(Marker, key + "=" + value, StringComparison.Ordinal);
            }

            foreach (var scope in record.Scopes)
            {
                Assert.DoesNotContain(Marker, scope?.ToString() ?? "", StringComparison.Ordinal);
            }
        }
    }
}
