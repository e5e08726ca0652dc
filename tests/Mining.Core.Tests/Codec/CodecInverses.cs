using System.Buffers.Binary;
using System.Text;

namespace Mining.Core.Tests.Codec;

/// <summary>
/// Independent inverses of the two codec directions, written from MINING_API.md §3, used to prove round trips.
/// They compute Fibonacci separately from the production table.
/// </summary>
public static class CodecInverses
{
    /// <summary>Index from which <c>fib(i)</c> is Infinity in doubles, so the encoded unit no longer depends on the input.</summary>
    public const int FirstOverflowIndex = 1477;

    /// <summary>Undoes encode up to <see cref="FirstOverflowIndex"/>; returns the recovered prefix and the raw units after unswapping.</summary>
    public static (string Prefix, ushort[] Unswapped) InvertEncode(string encoded)
    {
        var bytes = Convert.FromBase64String(encoded);
        var units = new ushort[bytes.Length / 2];
        for (var i = 0; i < units.Length; i++)
        {
            units[i] = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(i * 2));
        }

        for (var i = 0; i + 1 < units.Length; i += 2)
        {
            (units[i], units[i + 1]) = (units[i + 1], units[i]);
        }

        var prefix = new StringBuilder();
        double a = 0, b = 1;
        for (var i = 0; i < units.Length; i++)
        {
            var shift = a % 20;
            if (double.IsNaN(shift))
            {
                break;
            }

            prefix.Append((char)((units[i] ^ (i % 256)) - (int)shift));
            (a, b) = (b, a + b);
        }

        return (prefix.ToString(), units);
    }

    /// <summary>Builds a server payload that decodes to <paramref name="text"/>; every unit must satisfy <c>(c XOR (7+j)) &lt; 256</c>.</summary>
    public static string EncodeForDecode(string text, char filler = 'x')
    {
        var hex = new StringBuilder();
        for (var j = 0; j < text.Length; j++)
        {
            var value = (text[j] ^ (7 + j)) & 0xFFFF;
            if (value > 0xFF)
            {
                throw new ArgumentException($"Unit {j} cannot be carried by two hex digits.", nameof(text));
            }

            hex.Append(value.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        var reversed = hex.ToString().ToCharArray();
        Array.Reverse(reversed);
        var masked = new StringBuilder();
        for (var i = 0; i < reversed.Length; i++)
        {
            masked.Append(reversed[i]);
            if (i % 4 == 3)
            {
                masked.Append(filler);
            }
        }

        return Convert.ToBase64String(Encoding.UTF8.GetBytes(masked.ToString()));
    }

    /// <summary>A random text that the decode scheme can carry at each position.</summary>
    public static string RandomDecodable(Random random, int length)
    {
        var chars = new char[length];
        for (var j = 0; j < length; j++)
        {
            chars[j] = (char)((random.Next(256) ^ (7 + j)) & 0xFFFF);
        }

        return new string(chars);
    }

    /// <summary>Random UTF-16 code units, with lone and paired surrogates on purpose.</summary>
    public static string RandomUnits(Random random, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = random.Next(4) switch
            {
                0 => (char)random.Next(0xD800, 0xE000),
                1 => (char)random.Next(0x20, 0x7F),
                _ => (char)random.Next(0, 0x10000),
            };
        }

        return new string(chars);
    }
}
