using System.Text.Json;
using Mining.Testing;

namespace Mining.Simulator.Tests;

/// <summary>The reference implementation's codec vectors (../shared/contract/encoder-vectors.json).</summary>
internal static class EncoderVectors
{
    private static readonly Lazy<JsonElement> Root = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Shared, "contract", "encoder-vectors.json"))).RootElement.Clone());

    public static IEnumerable<(string Input, string Encoded)> Encode =>
        Root.Value.GetProperty("encode").EnumerateArray().Select(v => (v.GetProperty("input").GetString()!, v.GetProperty("encoded").GetString()!));

    public static IEnumerable<(string Encoded, string Decoded)> Decode =>
        Root.Value.GetProperty("decode").EnumerateArray().Select(v => (v.GetProperty("encoded").GetString()!, v.GetProperty("decoded").GetString()!));
}
