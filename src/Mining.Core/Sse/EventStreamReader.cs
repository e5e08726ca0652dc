namespace Mining.Core.Sse;

/// <summary>
/// Reads a byte stream into an <see cref="EventStreamParser"/> one read at a time. The live listener and
/// <c>mining-worker sse-dump</c> both read through here, so they parse identically.
/// </summary>
public sealed class EventStreamReader(Stream stream, EventStreamParser parser, int chunkSize = EventStreamReader.DefaultChunkSize)
{
    public const int DefaultChunkSize = 4096;

    private readonly byte[] _buffer = new byte[chunkSize > 0
        ? chunkSize
        : throw new ArgumentOutOfRangeException(nameof(chunkSize), chunkSize, "The chunk size must be positive.")];

    public EventStreamParser Parser => parser;

    /// <summary>
    /// Performs one read and returns what it completed (often nothing: a partial line or a single byte), or null at the
    /// end of the stream, after which the parser is completed and an unterminated final block is discarded.
    /// </summary>
    public async Task<IReadOnlyList<SseItem>?> ReadNextAsync(CancellationToken cancellationToken)
    {
        var read = await stream.ReadAsync(_buffer, cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            parser.Complete();
            return null;
        }

        var items = new List<SseItem>();
        parser.Feed(_buffer.AsSpan(0, read), items);
        return items;
    }
}
