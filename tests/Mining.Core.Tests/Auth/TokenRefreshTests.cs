using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Mining.Core.Api;
using Mining.Core.Auth;
using Mining.Core.Tests.Api;

namespace Mining.Core.Tests.Auth;

/// <summary>MINING_API.md §2: bearer auth, one single-flight refresh on 401, one retry, and no loop when the refresh fails.</summary>
public sealed class TokenRefreshTests
{
    private const string RefreshPath = "/auth/refresh";
    private const string AssignmentPath = "/mining/assignments/a-1";
    private const string FreshToken = "access-token-1-SECRET";
    private const string Assignment = """{"id": "a-1", "status": "in_progress", "task": {"id": "t-1", "platform": "google", "source_url": "https://example.com/"}}""";

    [Fact]
    public async Task Twenty_concurrent_401s_share_exactly_one_refresh_and_each_call_is_retried_once()
    {
        await using var harness = await ClientHarness.StartAsync();
        const int callers = 20;
        var rejected = 0;
        var allRejected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Server.Handler = async context =>
        {
            if (context.Request.Path == RefreshPath)
            {
                // Hold the refresh until every caller has seen its 401, so the callers really overlap it.
                await allRejected.Task.WaitAsync(TimeSpan.FromSeconds(10));
                await ServerAnswers.Json(context, 200, $$"""{"access_token": "{{FreshToken}}"}""");
            }
            else if (context.Request.Headers.Authorization == "Bearer " + FreshToken)
            {
                await ServerAnswers.Json(context, 200, Assignment);
            }
            else
            {
                if (Interlocked.Increment(ref rejected) == callers)
                {
                    allRejected.SetResult();
                }

                await ServerAnswers.Text(context, 401, "expired");
            }
        };

        var results = await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => harness.Client.GetAssignmentAsync("a-1", CancellationToken.None)));

        Assert.All(results, assignment => Assert.Equal("a-1", assignment.Id));
        var refresh = Assert.Single(harness.Server.RequestsTo(RefreshPath));
        Assert.Equal(2 * callers, harness.Server.RequestsTo(AssignmentPath).Count);
        Assert.Equal(callers, harness.Server.RequestsTo(AssignmentPath).Count(r => r.Authorization == "Bearer " + FreshToken));
        Assert.Empty(refresh.Authorization);
        Assert.Equal(ClientHarness.RefreshToken, JsonDocument.Parse(refresh.Body).RootElement.GetProperty("refresh_token").GetString());
    }

    [Fact]
    public async Task Without_an_access_token_the_worker_refreshes_first()
    {
        await using var harness = await ClientHarness.StartAsync(accessToken: null);
        harness.Server.Handler = context => context.Request.Path == RefreshPath
            ? ServerAnswers.Json(context, 200, $$"""{"access_token": "{{FreshToken}}"}""")
            : ServerAnswers.Json(context, 200, Assignment);

        await harness.Client.GetAssignmentAsync("a-1", CancellationToken.None);

        Assert.Single(harness.Server.RequestsTo(RefreshPath));
        Assert.Equal("Bearer " + FreshToken, Assert.Single(harness.Server.RequestsTo(AssignmentPath)).Authorization);
    }

    [Fact]
    public async Task A_rejected_refresh_fails_once_and_later_calls_fail_without_calling_again()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Handler = context => context.Request.Path == RefreshPath
            ? ServerAnswers.Json(context, 401, """{"message": "invalid refresh token"}""")
            : ServerAnswers.Text(context, 401, "expired");

        var calls = Enumerable.Range(0, 5).Select(_ => harness.Client.GetAssignmentAsync("a-1", CancellationToken.None)).ToList();
        foreach (var call in calls)
        {
            await Assert.ThrowsAsync<AuthenticationFailedException>(() => call);
        }

        var again = await Assert.ThrowsAsync<AuthenticationFailedException>(() => harness.Client.GetAssignmentAsync("a-1", CancellationToken.None));

        Assert.Single(harness.Server.RequestsTo(RefreshPath));
        Assert.Contains("rejected the refresh token", again.Message, StringComparison.Ordinal);
        Assert.True(harness.Get<AccessTokenProvider>().IsRejected);
    }

    [Fact]
    public async Task A_401_with_the_fresh_token_is_an_authentication_failure_not_a_loop()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Handler = context => context.Request.Path == RefreshPath
            ? ServerAnswers.Json(context, 200, $$"""{"access_token": "{{FreshToken}}"}""")
            : ServerAnswers.Text(context, 401, "still no");

        await Assert.ThrowsAsync<AuthenticationFailedException>(() => harness.Client.GetAssignmentAsync("a-1", CancellationToken.None));

        Assert.Single(harness.Server.RequestsTo(RefreshPath));
        Assert.Equal(2, harness.Server.RequestsTo(AssignmentPath).Count);
    }

    [Fact]
    public async Task A_refresh_that_the_server_cannot_answer_is_retried_by_the_pipeline_and_not_latched()
    {
        await using var harness = await ClientHarness.StartAsync(accessToken: null);
        harness.Server.Handler = ServerAnswers.Sequence(
            context => ServerAnswers.Text(context, 503, "down"),
            context => ServerAnswers.Text(context, 503, "down"),
            context => ServerAnswers.Text(context, 503, "down"),
            context => ServerAnswers.Text(context, 503, "down"),
            context => ServerAnswers.Json(context, 200, $$"""{"access_token": "{{FreshToken}}"}"""));

        var first = harness.Tokens.GetAccessTokenAsync(CancellationToken.None).AsTask();
        for (var i = 0; i < 3; i++)
        {
            await harness.Time.AdvanceNextWaitAsync();
        }

        // Not an authentication failure: hosts stop on those, and an outage of the auth server is no verdict on the token.
        var outage = await Assert.ThrowsAsync<MiningApiException>(() => first);
        Assert.Equal(503, outage.StatusCode);
        Assert.Equal(FreshToken, await harness.Tokens.GetAccessTokenAsync(CancellationToken.None));
        Assert.Equal(5, harness.Server.RequestsTo(RefreshPath).Count);
    }

    [Fact]
    public async Task A_rotated_refresh_token_is_stored_and_used_for_the_next_refresh()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Handler = context => context.Request.Path == RefreshPath
            ? ServerAnswers.Json(context, 200, $$"""{"access_token": "{{FreshToken}}", "refresh_token": "rotated-SECRET"}""")
            : ServerAnswers.Text(context, 401, "expired");

        await harness.Tokens.RefreshAsync(ClientHarness.AccessToken, CancellationToken.None);
        await harness.Tokens.RefreshAsync(FreshToken, CancellationToken.None);

        Assert.Equal("rotated-SECRET", RotatedRefreshToken.Parse(harness.RefreshTokenStore.Stored, ClientHarness.RefreshToken));
        var refreshes = harness.Server.RequestsTo(RefreshPath);
        Assert.Equal("rotated-SECRET", JsonDocument.Parse(refreshes[1].Body).RootElement.GetProperty("refresh_token").GetString());
    }

    [Fact]
    public async Task A_stored_refresh_token_is_preferred_over_the_configured_one_at_start()
    {
        await using var harness = await ClientHarness.StartAsync(accessToken: null);
        harness.RefreshTokenStore.Stored = RotatedRefreshToken.Format(ClientHarness.RefreshToken, "stored-SECRET");
        harness.Server.Handler = context => ServerAnswers.Json(context, 200, $$"""{"access_token": "{{FreshToken}}"}""");

        await harness.Tokens.GetAccessTokenAsync(CancellationToken.None);

        var refresh = Assert.Single(harness.Server.RequestsTo(RefreshPath));
        Assert.Equal("stored-SECRET", JsonDocument.Parse(refresh.Body).RootElement.GetProperty("refresh_token").GetString());
    }

    [Theory]
    [InlineData("an-older-configured-token")]
    [InlineData(null)]
    public async Task A_stored_token_that_descends_from_another_configured_token_is_ignored(string? origin)
    {
        await using var harness = await ClientHarness.StartAsync(accessToken: null);
        harness.RefreshTokenStore.Stored = origin is null ? "stored-SECRET" : RotatedRefreshToken.Format(origin, "stored-SECRET");
        harness.Server.Handler = context => ServerAnswers.Json(context, 200, $$"""{"access_token": "{{FreshToken}}"}""");

        await harness.Tokens.GetAccessTokenAsync(CancellationToken.None);

        var refresh = Assert.Single(harness.Server.RequestsTo(RefreshPath));
        Assert.Equal(ClientHarness.RefreshToken, JsonDocument.Parse(refresh.Body).RootElement.GetProperty("refresh_token").GetString());
    }

    [Fact]
    public async Task Without_any_refresh_token_the_failure_names_the_setting()
    {
        await using var harness = await ClientHarness.StartAsync(accessToken: null, settings: new Dictionary<string, string?> { ["Mining:RefreshToken"] = "" });

        var error = await Assert.ThrowsAsync<AuthenticationFailedException>(() => harness.Tokens.GetAccessTokenAsync(CancellationToken.None).AsTask());

        Assert.Contains("Mining:RefreshToken", error.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Server.Requests);
    }

    [Fact]
    public async Task Every_request_names_this_program_in_its_user_agent()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Handler = context => context.Request.Path == RefreshPath
            ? ServerAnswers.Json(context, 200, $$"""{"access_token": "{{FreshToken}}"}""")
            : context.Request.Headers.Authorization == "Bearer " + FreshToken
                ? ServerAnswers.Json(context, 200, Assignment)
                : ServerAnswers.Text(context, StatusCodes.Status401Unauthorized, "expired");

        await harness.Client.GetAssignmentAsync("a-1", CancellationToken.None);

        Assert.Equal(3, harness.Server.Requests.Count);
        Assert.All(harness.Server.Requests, request => Assert.Matches(@"^mining-functions/\d+\.\d+\.\d+", request.UserAgent));
    }
}
