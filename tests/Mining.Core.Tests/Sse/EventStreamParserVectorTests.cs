using Mining.Core.Sse;

namespace Mining.Core.Tests.Sse;

public sealed class EventStreamParserVectorTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var vector in SseVector.All)
        {
            foreach (var chunking in Chunkings.For(vector))
            {
                data.Add(vector.Name, chunking);
            }
        }

        return data;
    }

    [Fact]
    public void All_forty_published_vectors_are_loaded()
    {
        Assert.Equal(40, SseVector.All.Count);
        Assert.Contains(SseVector.All, v => v.Chunks is not null);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Vector_parses_identically_under_every_chunking(string name, string chunking)
    {
        var vector = SseVector.All.Single(v => v.Name == name);
        var parser = new EventStreamParser();
        var items = new List<SseItem>();

        foreach (var chunk in Chunkings.Split(vector, chunking))
        {
            parser.Feed(chunk, items);
        }

        parser.Complete();
        Assert.Equal(vector.Events, items.OfType<SseEvent>().ToList());
        Assert.Equal(vector.Retry, parser.ReconnectionTimeMilliseconds);
        Assert.Equal(vector.LastEventId ?? string.Empty, parser.LastEventId);
    }
}
