using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace Mining.Core.Codec;

/// <summary>
/// The payload codec of MINING_API.md §3. <see cref="Encode"/> obfuscates request payloads (heartbeat,
/// register-v2); <see cref="Decode"/> reads server answers, which use a different scheme.
/// </summary>
public static class PayloadCodec
{
    /// <summary>The marker for an index whose Fibonacci double overflowed: <c>Infinity % 20</c> is NaN.</summary>
    private const int NotANumber = -1;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary><c>fib(i) % 20</c> in IEEE-754 doubles, exactly as the reference computes it, until the double overflows.</summary>
    private static readonly sbyte[] FibonacciMod20 = BuildFibonacciTable();

    public static string Encode(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var units = new char[input.Length];
        for (var i = 0; i < input.Length; i++)
        {
            var shift = i < FibonacciMod20.Length ? FibonacciMod20[i] : NotANumber;
            // JavaScript's String.fromCharCode truncates to 16 bits and turns NaN into 0.
            var shifted = shift == NotANumber ? 0 : (ushort)(input[i] + shift);
            units[i] = (char)(shifted ^ (i % 256));
        }

        for (var i = 0; i + 1 < units.Length; i += 2)
        {
            (units[i], units[i + 1]) = (units[i + 1], units[i]);
        }

        // Raw UTF-16LE code units: Encoding.Unicode would replace the lone surrogates that the shift can produce.
        var bytes = new byte[units.Length * 2];
        for (var i = 0; i < units.Length; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(i * 2), units[i]);
        }

        return Convert.ToBase64String(bytes);
    }

    /// <summary>Decodes a server answer. Throws <see cref="FormatException"/> with the reason when the input is not a valid payload.</summary>
    public static string Decode(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        string text;
        try
        {
            text = StrictUtf8.GetString(Convert.FromBase64String(input));
        }
        catch (FormatException ex)
        {
            throw new FormatException("The payload is not valid Base64.", ex);
        }
        catch (DecoderFallbackException ex)
        {
            throw new FormatException("The payload's bytes are not valid UTF-8.", ex);
        }

        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i % 5 != 4)
            {
                kept.Append(text[i]);
            }
        }

        var reversed = kept.ToString().ToCharArray();
        Array.Reverse(reversed);
        if (reversed.Length % 2 != 0)
        {
            throw new FormatException($"The payload has {reversed.Length} hex digits after unmasking; an even number is required.");
        }

        var output = new char[reversed.Length / 2];
        for (var j = 0; j < output.Length; j++)
        {
            var chunk = reversed.AsSpan(j * 2, 2);
            if (!byte.TryParse(chunk, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
            {
                throw new FormatException($"The payload's chunk {j} ('{chunk}') is not a hex byte.");
            }

            output[j] = (char)(value ^ (7 + j));
        }

        return new string(output);
    }

    private static sbyte[] BuildFibonacciTable()
    {
        var table = new List<sbyte>();
        double a = 0, b = 1;
        while (!double.IsInfinity(a))
        {
            table.Add((sbyte)(a % 20));
            (a, b) = (b, a + b);
        }

        return [.. table];
    }
}
