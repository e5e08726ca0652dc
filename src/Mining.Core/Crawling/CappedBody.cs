namespace Mining.Core.Crawling;

/// <summary>Reads a response body up to a byte cap and stops there, so a huge or endless body is never buffered whole.</summary>
internal static class CappedBody
{
    private const int ChunkSize = 16 * 1024;

    public static async Task<(ArraySegment<byte> Bytes, bool Truncated)> ReadAsync(Stream body, long maxBytes, CancellationToken cancellationToken)
    {
        var cap = (int)Math.Min(maxBytes, Array.MaxLength);
        // Not disposed: the segment handed back lives in its buffer, and a MemoryStream holds nothing else to release.
        var buffer = new MemoryStream();
        var chunk = new byte[ChunkSize];
        while (buffer.Length < cap)
        {
            var wanted = (int)Math.Min(ChunkSize, cap - buffer.Length);
            var read = await body.ReadAsync(chunk.AsMemory(0, wanted), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return (Segment(buffer), false);
            }

            buffer.Write(chunk, 0, read);
        }

        // At the cap: one more byte tells a body of exactly the cap from a longer one.
        var more = await body.ReadAsync(chunk.AsMemory(0, 1), cancellationToken).ConfigureAwait(false);
        return (Segment(buffer), more > 0);
    }

    private static ArraySegment<byte> Segment(MemoryStream buffer) => new(buffer.GetBuffer(), 0, (int)buffer.Length);
}
