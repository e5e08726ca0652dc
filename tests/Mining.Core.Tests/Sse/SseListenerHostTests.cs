using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Mining.Core.Auth;
using Mining.Core.Identity;
using Mining.Core.Options;
using Mining.Core.Signals;
using Mining.Core.Sse;
using Mining.Core.Tests.Leasing;
using Mining.Testing;

namespace Mining.Core.Tests.Sse;

[Collection(SseStorageTests.Name)]
public sealed class SseListenerHostTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_host_with_AddSseListener_puts_stream_signals_on_the_storage_queue()
    {
        var queueName = SseStorageTests.UniqueName("signals");
        await using var server = await SseTestServer.StartAsync(SseTestServer.Stream(
            ":keep-alive\n\n",
            "id: 5\nevent: assignment\ndata: {\"count\": 2, \"search_query_id\": \"q9\"}\n\n"));
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddOptions<MiningOptions>().Configure(options =>
        {
            options.MinerBaseUrl = server.BaseUrl.ToString();
            options.Storage = azurite.ConnectionString;
            options.Sse.SignalQueueName = queueName;
            options.Sse.LeaseContainerName = SseStorageTests.UniqueName("leases");
            options.Sse.LeaseDuration = TimeSpan.FromSeconds(15);
        });
        builder.Services.AddSingleton<IAccessTokenProvider, FakeAccessTokenProvider>();
        builder.Services.AddSingleton<IWorkerIdentityAccessor, FixedIdentityAccessor>();
        builder.Services.AddSseListener();
        using var host = builder.Build();

        await host.StartAsync();
        var raw = new QueueClient(azurite.ConnectionString, queueName);
        var signals = new List<AssignmentSignal>();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (signals.Count < 2)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Only {signals.Count} signals arrived on the queue.");
            if (await raw.ExistsAsync())
            {
                foreach (var message in (await raw.ReceiveMessagesAsync(maxMessages: 10)).Value)
                {
                    // The raw body is Base64, as the Functions queue trigger expects; the consumer's reader decodes it.
                    Assert.DoesNotContain("{", message.Body.ToString(), StringComparison.Ordinal);
                    signals.Add(AssignmentSignalSerializer.Deserialize(message.Body.ToString()));
                }
            }

            await Task.Delay(50);
        }

        var health = host.Services.GetRequiredService<SseListenerHealth>().Current;
        await host.StopAsync();

        Assert.Equal([SignalReasons.SseCatchUp, SignalReasons.SseAssignment], signals.Select(s => s.Reason));
        Assert.Equal((2, "q9", "5"), (signals[1].Count, signals[1].SearchQueryId, signals[1].EventId));
        Assert.True(health.Connected);
        Assert.All(server.Requests, request => Assert.StartsWith("mining-functions/", request.UserAgent, StringComparison.Ordinal));
        Assert.Equal(SseListenerStatus.Stopped, host.Services.GetRequiredService<SseListenerHealth>().Current.Status);
    }
}
