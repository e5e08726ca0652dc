using System.Net;
using Mining.Core.Http;

namespace Mining.Core.Tests.Api;

/// <summary>The named client the SSE listener uses: auth and User-Agent, but its own reconnect policy instead of retries.</summary>
public sealed class EventsClientTests
{
    [Fact]
    public async Task The_events_client_authenticates_but_does_not_retry_or_time_out()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Handler = context => ServerAnswers.Text(context, 503, "down");
        var client = harness.Get<IHttpClientFactory>().CreateClient(MiningHttpClients.Events);

        using var response = await client.GetAsync("workers/events?device_id=d-1", HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(Timeout.InfiniteTimeSpan, client.Timeout);
        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal("/workers/events", request.Path);
        Assert.Equal("Bearer " + ClientHarness.AccessToken, request.Authorization);
        Assert.StartsWith("mining-functions/", request.UserAgent, StringComparison.Ordinal);
    }
}
