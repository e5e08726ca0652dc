using Mining.Core.Api;
using Mining.Core.Auth;
using Mining.Workflows.Activities;

namespace Mining.Workflows.Tests;

public sealed class TransientFailuresTests
{
    public static TheoryData<Exception, bool> Cases => new()
    {
        { new HttpRequestException("reset"), true },
        { new TimeoutException(), true },
        { new TaskCanceledException("HttpClient timeout"), true },
        { new MiningApiException("no status"), true },
        { new MiningApiException("bad gateway", 502), true },
        { new MiningApiException("too many", 429), true },
        { new MiningApiException("bad request", 400), false },
        { new AuthenticationFailedException("refresh failed"), false },
        { new InvalidOperationException("bug"), false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Only_failures_that_may_pass_are_transient(Exception exception, bool transient)
    {
        Assert.Equal(transient, TransientFailures.IsTransient(exception, CancellationToken.None));
    }

    [Fact]
    public void A_cancellation_of_the_activity_itself_is_not_transient()
    {
        Assert.False(TransientFailures.IsTransient(new OperationCanceledException(), new CancellationToken(canceled: true)));
    }

    [Fact]
    public async Task A_transient_failure_is_wrapped_and_a_final_one_passes_through()
    {
        var wrapped = await Assert.ThrowsAsync<TransientActivityException>(() =>
            TransientFailures.RunAsync<int>("Submit", _ => throw new HttpRequestException("reset"), CancellationToken.None));
        Assert.IsType<HttpRequestException>(wrapped.InnerException);

        await Assert.ThrowsAsync<AuthenticationFailedException>(() =>
            TransientFailures.RunAsync<int>("Submit", _ => throw new AuthenticationFailedException("no"), CancellationToken.None));
    }
}
