using Mining.Simulator.Codec;

namespace Mining.Simulator.Tests;

public sealed class WirePayloadCodecTests
{
    [Fact]
    public void The_test_codec_reproduces_every_reference_vector()
    {
        foreach (var (input, encoded) in EncoderVectors.Encode)
        {
            Assert.Equal(encoded, ContractCodec.Encode(input));
        }

        foreach (var (encoded, decoded) in EncoderVectors.Decode)
        {
            Assert.Equal(decoded, ContractCodec.Decode(encoded));
        }
    }

    [Fact]
    public void Reading_a_worker_payload_inverts_encode_for_every_recoverable_vector()
    {
        var checkedVectors = 0;
        foreach (var (input, encoded) in EncoderVectors.Encode.Where(v => v.Input.Length <= WirePayloadCodec.MaxRecoverableUnits))
        {
            Assert.True(WirePayloadCodec.TryDecodeWorkerPayload(encoded, out var decoded, out var error), error);
            Assert.Equal(input, decoded);
            checkedVectors++;
        }

        Assert.True(checkedVectors >= 8);
    }

    [Fact]
    public void A_payload_longer_than_encode_can_carry_is_refused()
    {
        var (_, encoded) = EncoderVectors.Encode.Single(v => v.Input.Length > WirePayloadCodec.MaxRecoverableUnits);

        Assert.False(WirePayloadCodec.TryDecodeWorkerPayload(encoded, out _, out var error));
        Assert.Contains("code units", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("YQ")]
    [InlineData("YWJj")]
    public void A_payload_that_is_not_base64_of_utf16_is_refused(string encoded)
    {
        Assert.False(WirePayloadCodec.TryDecodeWorkerPayload(encoded, out _, out var error));
        Assert.NotEmpty(error);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"device_id\":\"dev-1\"}")]
    [InlineData("{\"device_id\":\"7f1c9a0e-2b3d-4e5f-8a9b-0c1d2e3f4a5b\"}")]
    [InlineData("{\"device_id\":\"a-much-longer-device-identifier-that-spans-well-over-one-hundred-characters-to-check-the-filler-rotation\"}")]
    public void The_server_answer_decodes_back_with_the_contracts_decode(string plain)
    {
        Assert.Equal(plain, ContractCodec.Decode(WirePayloadCodec.EncodeServerPayload(plain)));
    }

    [Fact]
    public void The_server_answer_matches_the_reference_vector_layout()
    {
        foreach (var (encoded, decoded) in EncoderVectors.Decode)
        {
            var ours = Convert.FromBase64String(WirePayloadCodec.EncodeServerPayload(decoded));
            Assert.Equal(Convert.FromBase64String(encoded).Length, ours.Length);
        }
    }

    [Fact]
    public void A_unit_the_decode_scheme_cannot_carry_is_refused()
    {
        Assert.Throws<ArgumentException>(() => WirePayloadCodec.EncodeServerPayload("日本"));
    }
}
