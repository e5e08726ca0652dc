using System.Text;
using Mining.Core.Codec;

namespace Mining.Core.Tests.Codec;

public sealed class PayloadCodecTests
{
    [Theory]
    [MemberData(nameof(CodecVectors.EncodeIndexes), MemberType = typeof(CodecVectors))]
    public void Encode_reproduces_every_reference_vector(int index)
    {
        var (input, encoded) = CodecVectors.Encode(index);

        Assert.Equal(encoded, PayloadCodec.Encode(input));
    }

    [Theory]
    [MemberData(nameof(CodecVectors.DecodeIndexes), MemberType = typeof(CodecVectors))]
    public void Decode_reproduces_every_reference_vector(int index)
    {
        var (encoded, decoded) = CodecVectors.Decode(index);

        Assert.Equal(decoded, PayloadCodec.Decode(encoded));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Encode_round_trips_random_code_units_including_lone_surrogates(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 50; round++)
        {
            var input = CodecInverses.RandomUnits(random, random.Next(0, CodecInverses.FirstOverflowIndex + 1));

            var (prefix, _) = CodecInverses.InvertEncode(PayloadCodec.Encode(input));

            Assert.Equal(input, prefix);
        }
    }

    [Theory]
    [InlineData(1477)]
    [InlineData(1478)]
    [InlineData(2999)]
    [InlineData(3000)]
    public void Past_the_fibonacci_overflow_the_unit_becomes_zero_before_the_xor(int length)
    {
        var input = CodecInverses.RandomUnits(new Random(length), length);

        var (prefix, units) = CodecInverses.InvertEncode(PayloadCodec.Encode(input));

        Assert.Equal(input[..CodecInverses.FirstOverflowIndex], prefix);
        for (var i = CodecInverses.FirstOverflowIndex; i < length; i++)
        {
            Assert.Equal(i % 256, units[i]);
        }
    }

    [Fact]
    public void Encode_writes_raw_code_units_where_a_text_encoder_would_replace_lone_surrogates()
    {
        // "\uD800" at index 0: fib(0) % 20 = 0 and i % 256 = 0, so the lone surrogate goes out unchanged.
        var encoded = Convert.FromBase64String(PayloadCodec.Encode("\uD800"));

        Assert.Equal(new byte[] { 0x00, 0xD8 }, encoded);
        Assert.NotEqual(Encoding.Unicode.GetBytes("\uD800"), encoded);
    }

    [Fact]
    public void Encode_truncates_the_shifted_unit_to_16_bits()
    {
        // Index 2 adds fib(2) % 20 = 1 to U+FFFF, which wraps to 0; then XOR 2 and the pair swap put it first.
        var units = CodecInverses.InvertEncode(PayloadCodec.Encode("a\uFFFF\uFFFF")).Unswapped;

        Assert.Equal(2, units[2]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Decode_round_trips_random_payloads_up_to_3000_units(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 50; round++)
        {
            var text = CodecInverses.RandomDecodable(random, random.Next(0, 3001));

            Assert.Equal(text, PayloadCodec.Decode(CodecInverses.EncodeForDecode(text, filler: (char)random.Next('g', 'z'))));
        }
    }

    [Theory]
    [InlineData("not base64!", "Base64")]
    [InlineData("/w==", "UTF-8")]
    [InlineData("YWJj", "even number")]
    [InlineData("enp6eg==", "not a hex byte")]
    public void Decode_rejects_bad_input_with_a_clear_format_error(string input, string reason)
    {
        var error = Assert.Throws<FormatException>(() => PayloadCodec.Decode(input));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
