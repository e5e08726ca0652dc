using Microsoft.Extensions.Time.Testing;
using Mining.Core.Signals;
using Mining.Workflows.Signals;

namespace Mining.Workflows.Tests;

public sealed class SignalMessageTests
{
    readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));

    [Fact]
    public void A_queue_message_is_read_as_the_publisher_wrote_it()
    {
        var sent = new AssignmentSignal(SignalReasons.SseAssignment, 3, "q1", "e9", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

        var read = SignalMessage.Parse(AssignmentSignalSerializer.Serialize(sent), this.time, out var problem);

        Assert.Equal(sent, read);
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("{\"count\":1}")]
    [InlineData("[1,2]")]
    public void An_unreadable_message_is_still_a_signal_and_says_why(string? message)
    {
        var signal = SignalMessage.Parse(message, this.time, out var problem);

        Assert.Equal((SignalMessage.UnreadableReason, this.time.GetUtcNow()), (signal.Reason, signal.ReceivedAt));
        Assert.False(string.IsNullOrWhiteSpace(problem));
    }
}
