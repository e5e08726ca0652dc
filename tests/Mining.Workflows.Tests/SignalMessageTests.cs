using Microsoft.Extensions.Time.Testing;
using Mining.Core.Signals;
using Mining.Workflows.Signals;

namespace Mining.Workflows.Tests;

public sealed class SignalMessageTests
{
    readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));

    [Fact]
    public void A_queue_message_is_read_in_snake_case()
    {
        var signal = SignalMessage.Parse(
            """{"reason":"sse_assignment","count":3,"search_query_id":"q1","event_id":"e9","received_at":"2026-01-01T00:00:00Z"}""",
            this.time);

        Assert.Equal(new AssignmentSignal(SignalReasons.SseAssignment, 3, "q1", "e9", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)), signal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("{\"count\":1}")]
    [InlineData("[1,2]")]
    public void An_unreadable_message_is_still_a_signal(string? message)
    {
        var signal = SignalMessage.Parse(message, this.time);

        Assert.Equal(SignalMessage.UnreadableReason, signal.Reason);
        Assert.Equal(this.time.GetUtcNow(), signal.ReceivedAt);
    }
}
