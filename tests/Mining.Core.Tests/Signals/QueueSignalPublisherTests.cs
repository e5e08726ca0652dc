using System.Text;
using Azure.Storage.Queues;
using Microsoft.Extensions.Logging.Abstractions;
using Mining.Core.Options;
using Mining.Core.Signals;
using Mining.Core.Storage;
using Mining.Core.Tests.Leasing;
using Mining.Testing;

namespace Mining.Core.Tests.Signals;

[Collection(SseStorageTests.Name)]
public sealed class QueueSignalPublisherTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Creates_the_queue_and_sends_base64_json_that_consumers_read_back()
    {
        var queueName = SseStorageTests.UniqueName("signals");
        var queue = SignalQueueClient.Create(Storage(azurite), queueName);
        var publisher = new QueueSignalPublisher(queue, NullLogger<QueueSignalPublisher>.Instance);
        var signal = new AssignmentSignal(SignalReasons.SseAssignment, 2, "q-é", "41", new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero));

        await publisher.PublishAsync(signal, CancellationToken.None);
        await publisher.PublishAsync(signal with { Reason = SignalReasons.SseCatchUp, Count = null }, CancellationToken.None);

        // Read raw, as the Functions host sees the wire: the body must be Base64 of the JSON.
        var raw = new QueueClient(azurite.ConnectionString, queueName);
        var messages = (await raw.ReceiveMessagesAsync(maxMessages: 10)).Value;
        Assert.Equal(2, messages.Length);
        var json = Encoding.UTF8.GetString(Convert.FromBase64String(messages[0].Body.ToString()));
        Assert.Equal(
            "{\"reason\":\"sse_assignment\",\"count\":2,\"search_query_id\":\"q-\\u00E9\",\"event_id\":\"41\",\"received_at\":\"2026-12-04T12:00:00+00:00\"}",
            json);
        Assert.Equal(signal, AssignmentSignalSerializer.Deserialize(json));
        Assert.Equal(SignalReasons.SseCatchUp, AssignmentSignalSerializer.Deserialize(messages[1].Body.ToString()).Reason);
    }

    [Fact]
    public async Task A_consumer_on_the_signal_queue_client_gets_the_decoded_json()
    {
        var queueName = SseStorageTests.UniqueName("signals");
        var queue = SignalQueueClient.Create(Storage(azurite), queueName);
        var signal = new AssignmentSignal(SignalReasons.Heartbeat, 8, null, null, new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero));
        await new QueueSignalPublisher(queue, NullLogger<QueueSignalPublisher>.Instance).PublishAsync(signal, CancellationToken.None);

        var client = await queue.GetAsync(CancellationToken.None);
        var message = Assert.Single((await client.ReceiveMessagesAsync()).Value);

        Assert.StartsWith("{", message.Body.ToString(), StringComparison.Ordinal);
        Assert.Equal(signal, AssignmentSignalSerializer.Deserialize(message.Body.ToString()));
    }

    private static StorageClientFactory Storage(AzuriteFixture azurite) =>
        new(Microsoft.Extensions.Options.Options.Create(new MiningOptions { Storage = azurite.ConnectionString }));
}
