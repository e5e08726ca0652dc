using System.Text;
using Mining.Core.Signals;

namespace Mining.Core.Tests.Signals;

public sealed class AssignmentSignalSerializerTests
{
    private static readonly DateTimeOffset ReceivedAt = new(2026, 12, 4, 12, 30, 15, 123, TimeSpan.Zero);

    [Fact]
    public void Serializes_snake_case_with_explicit_nulls()
    {
        var json = AssignmentSignalSerializer.Serialize(new AssignmentSignal(SignalReasons.SseAssignment, 3, "q1", "42", ReceivedAt));
        Assert.Equal(
            "{\"reason\":\"sse_assignment\",\"count\":3,\"search_query_id\":\"q1\",\"event_id\":\"42\",\"received_at\":\"2026-12-04T12:30:15.123+00:00\"}",
            json);
        Assert.Equal(
            "{\"reason\":\"sse_catch_up\",\"count\":null,\"search_query_id\":null,\"event_id\":null,\"received_at\":\"2026-12-04T12:30:15.123+00:00\"}",
            AssignmentSignalSerializer.Serialize(new AssignmentSignal(SignalReasons.SseCatchUp, null, null, null, ReceivedAt)));
    }

    [Fact]
    public void Round_trips()
    {
        var signal = new AssignmentSignal(SignalReasons.Heartbeat, 0, "q\"é", null, ReceivedAt);
        Assert.Equal(signal, AssignmentSignalSerializer.Deserialize(AssignmentSignalSerializer.Serialize(signal)));
    }

    [Theory]
    [InlineData("{\"reason\":\"sse_assignment\",\"received_at\":\"2026-12-04T12:30:15.123Z\",\"extra\":[1]}", null, null)]
    [InlineData("{\"reason\":\"sse_assignment\",\"count\":\"5\",\"search_query_id\":17,\"received_at\":\"2026-12-04T12:30:15.123Z\"}", 5, "17")]
    [InlineData("  {\"reason\":\"sse_assignment\",\"count\":null,\"received_at\":\"2026-12-04T12:30:15.123+00:00\"}\n", null, null)]
    public void Reads_tolerantly(string message, int? count, string? searchQueryId)
    {
        var signal = AssignmentSignalSerializer.Deserialize(message);
        Assert.Equal(new AssignmentSignal(SignalReasons.SseAssignment, count, searchQueryId, null, ReceivedAt), signal);
    }

    [Fact]
    public void Reads_a_body_that_is_still_base64()
    {
        var json = AssignmentSignalSerializer.Serialize(new AssignmentSignal(SignalReasons.SseCatchUp, null, null, "9", ReceivedAt));
        var signal = AssignmentSignalSerializer.Deserialize(Convert.ToBase64String(Encoding.UTF8.GetBytes(json)));
        Assert.Equal("9", signal.EventId);
    }

    [Theory]
    [InlineData("", "not valid JSON")]
    [InlineData("hello", "not valid JSON")]
    [InlineData("[1]", "JSON object")]
    [InlineData("{\"received_at\":\"2026-12-04T12:30:15Z\"}", "'reason'")]
    [InlineData("{\"reason\":\"x\"}", "'received_at'")]
    [InlineData("{\"reason\":\"x\",\"received_at\":\"yesterday\"}", "ISO 8601")]
    [InlineData("{\"reason\":\"x\",\"received_at\":\"2026-12-04T12:30:15Z\",\"count\":1.5}", "'count'")]
    [InlineData("{\"reason\":\"x\",\"received_at\":\"2026-12-04T12:30:15Z\",\"count\":-1}", "'count'")]
    [InlineData("{\"reason\":\"x\",\"received_at\":\"2026-12-04T12:30:15Z\",\"event_id\":{}}", "'event_id'")]
    public void Rejects_what_is_not_a_signal_with_a_clear_error(string message, string mentions)
    {
        var error = Assert.Throws<SignalMessageFormatException>(() => AssignmentSignalSerializer.Deserialize(message));
        Assert.Contains(mentions, error.Message, StringComparison.Ordinal);
    }
}
