using System.Text.Json;
using Mining.Testing;

namespace Mining.Core.Tests.Codec;

/// <summary>The reference implementation's pairs from ../shared/contract/encoder-vectors.json.</summary>
public static class CodecVectors
{
    private static readonly JsonDocument Document =
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Shared, "contract", "encoder-vectors.json")));

    public static TheoryData<int> EncodeIndexes => Indexes("encode");

    public static TheoryData<int> DecodeIndexes => Indexes("decode");

    public static (string Input, string Encoded) Encode(int index)
    {
        var vector = Document.RootElement.GetProperty("encode")[index];
        return (vector.GetProperty("input").GetString()!, vector.GetProperty("encoded").GetString()!);
    }

    public static (string Encoded, string Decoded) Decode(int index)
    {
        var vector = Document.RootElement.GetProperty("decode")[index];
        return (vector.GetProperty("encoded").GetString()!, vector.GetProperty("decoded").GetString()!);
    }

    private static TheoryData<int> Indexes(string kind)
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Document.RootElement.GetProperty(kind).GetArrayLength(); i++)
        {
            data.Add(i);
        }

        return data;
    }
}
