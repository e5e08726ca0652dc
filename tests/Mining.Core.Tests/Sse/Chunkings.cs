namespace Mining.Core.Tests.Sse;

/// <summary>The ways a vector's bytes are split into reads: every split must parse identically.</summary>
public static class Chunkings
{
    public const string Whole = "whole";
    public const string OwnChunks = "own-chunks";
    public const string OneByte = "one-byte";
    public const string RandomPrefix = "random-";

    public static IEnumerable<string> For(SseVector vector)
    {
        yield return Whole;
        if (vector.Chunks is not null)
        {
            yield return OwnChunks;
        }

        yield return OneByte;
        foreach (var seed in new[] { 1, 7, 42, 2024, 65535 })
        {
            yield return RandomPrefix + seed;
        }
    }

    public static IReadOnlyList<byte[]> Split(SseVector vector, string chunking)
    {
        var input = vector.Input;
        switch (chunking)
        {
            case Whole:
                return [input];
            case OwnChunks:
                return vector.Chunks!;
            case OneByte:
                return input.Select(b => new[] { b }).ToList();
            default:
                var random = new Random(int.Parse(chunking[RandomPrefix.Length..], System.Globalization.CultureInfo.InvariantCulture));
                var chunks = new List<byte[]>();
                for (var offset = 0; offset < input.Length;)
                {
                    var size = Math.Min(random.Next(1, 9), input.Length - offset);
                    chunks.Add(input[offset..(offset + size)]);
                    offset += size;
                }

                return chunks;
        }
    }
}
