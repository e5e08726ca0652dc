using System.Text;
using Mining.Core.Sse;

namespace Mining.Core.Tests.Sse;

public sealed class EventStreamParserTests
{
    [Theory]
    [InlineData("646174613aff0a0a", "\uFFFD")]
    [InlineData("646174613ae2820a0a", "\uFFFD")]
    [InlineData("646174613ae282ac0a0a", "\u20AC")]
    [InlineData("646174613aed a080 0a0a", "\uFFFD\uFFFD\uFFFD")]
    [InlineData("646174613af0 9f 98 0a0a", "\uFFFD")]
    public void Invalid_utf8_becomes_replacement_characters_under_any_split(string hex, string expectedData)
    {
        var bytes = Convert.FromHexString(hex.Replace(" ", string.Empty, StringComparison.Ordinal));
        foreach (var size in new[] { 1, 2, 3, bytes.Length })
        {
            var items = Parse(bytes.Chunk(size));
            Assert.Equal([new SseEvent("message", expectedData, string.Empty)], items);
        }
    }

    [Fact]
    public void A_partial_bom_is_not_stripped_and_spoils_the_first_field_name()
    {
        var bytes = Convert.FromHexString("efbb646174613a780a0a646174613a790a0a");
        Assert.Equal([new SseEvent("message", "y", string.Empty)], Parse(bytes.Chunk(1)));
    }

    [Fact]
    public void A_line_that_never_ends_stops_at_the_cap_instead_of_buffering_without_bound()
    {
        var parser = new EventStreamParser(maxBufferedChars: 64);
        var items = new List<SseItem>();
        parser.Feed(Encoding.UTF8.GetBytes("data: " + new string('x', 50)), items);

        var error = Assert.Throws<EventStreamTooLargeException>(() => parser.Feed(Encoding.UTF8.GetBytes(new string('x', 20)), items));

        Assert.IsAssignableFrom<IOException>(error);
        Assert.Contains("64 characters", error.Message, StringComparison.Ordinal);
        Assert.Empty(items);
    }

    [Fact]
    public void Many_data_lines_of_one_event_count_toward_the_cap()
    {
        var parser = new EventStreamParser(maxBufferedChars: 64);
        var items = new List<SseItem>();
        var line = Encoding.UTF8.GetBytes("data: " + new string('y', 30) + "\n");

        parser.Feed(line, items);
        parser.Feed(line, items);

        Assert.Throws<EventStreamTooLargeException>(() => parser.Feed(line, items));
    }

    [Fact]
    public void Events_under_the_cap_parse_and_release_their_buffer_at_dispatch()
    {
        var parser = new EventStreamParser(maxBufferedChars: 64);
        var items = new List<SseItem>();
        var block = Encoding.UTF8.GetBytes("data: " + new string('z', 40) + "\n\n");

        for (var i = 0; i < 10; i++)
        {
            parser.Feed(block, items);
        }

        Assert.Equal(10, items.Count);
    }

    [Fact]
    public void Comments_come_out_in_stream_order_with_their_text()
    {
        var items = Parse([Encoding.UTF8.GetBytes(":keep-alive\r\n: spaced\rdata:x\n:\n\n")]);
        Assert.Equal<SseItem>(
            [new SseComment("keep-alive"), new SseComment(" spaced"), new SseComment(string.Empty), new SseEvent("message", "x", string.Empty)],
            items);
    }

    [Fact]
    public void A_carried_over_last_event_id_applies_until_the_stream_sets_another()
    {
        var parser = new EventStreamParser("41");
        var items = new List<SseItem>();
        parser.Feed("data:a\n\nid:42\ndata:b\n\n"u8, items);
        Assert.Equal<SseItem>([new SseEvent("message", "a", "41"), new SseEvent("message", "b", "42")], items);
        Assert.Equal("42", parser.LastEventId);
    }

    [Fact]
    public void An_id_in_an_unterminated_block_is_not_committed()
    {
        var parser = new EventStreamParser();
        parser.Feed("id:1\n\nid:2\ndata:x\n"u8, []);
        parser.Complete();
        Assert.Equal("1", parser.LastEventId);
    }

    [Theory]
    [InlineData("retry:18446744073709551615\n", 18446744073709551615UL)]
    [InlineData("retry:18446744073709551616\n", null)]
    [InlineData("retry:-1\n", null)]
    [InlineData("retry:+1\n", null)]
    [InlineData("retry:1e3\n", null)]
    [InlineData("retry:250", null)]
    public void Retry_counts_only_complete_lines_of_ascii_digits(string input, ulong? expected)
    {
        var parser = new EventStreamParser();
        parser.Feed(Encoding.UTF8.GetBytes(input), []);
        parser.Complete();
        Assert.Equal(expected, parser.ReconnectionTimeMilliseconds);
    }

    private static List<SseItem> Parse(IEnumerable<byte[]> chunks)
    {
        var parser = new EventStreamParser();
        var items = new List<SseItem>();
        foreach (var chunk in chunks)
        {
            parser.Feed(chunk, items);
        }

        parser.Complete();
        return items;
    }
}
