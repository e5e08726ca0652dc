using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace Mining.Simulator.Codec;

/// <summary>
/// The server's side of the payload codec (MINING_API.md §3): it reads what a worker's <c>encode</c> wrote and
/// writes what a worker's <c>decode</c> reads. Both are exact inverses, checked against encoder-vectors.json.
/// </summary>
internal static class WirePayloadCodec
{
    /// <summary>
    /// <c>encode</c> zeroes every code unit whose index has an infinite Fibonacci double (index 1477 on), so only
    /// payloads up to this many units can be recovered.
    /// </summary>
    public const int MaxRecoverableUnits = 1477;

    // The rotation of filler characters. Hex digits and letters both appear so a client that strips by character
    // class instead of by position is caught.
    private const string Filler = "x7kq3zm9";

    private static readonly int[] FibonacciRemainders = BuildFibonacciRemainders();

    /// <summary>The inverse of the worker's <c>encode</c>: Base64 of UTF-16LE units back to the original string.</summary>
    public static bool TryDecodeWorkerPayload(string encoded, out string decoded, out string error)
    {
        decoded = string.Empty;
        var bytes = new byte[encoded.Length];
        if (!Convert.TryFromBase64String(encoded, bytes, out var length))
        {
            error = "the payload is not valid Base64";
            return false;
        }

        if (length % 2 != 0)
        {
            error = $"the payload has {length} bytes; UTF-16LE needs an even count";
            return false;
        }

        var units = new char[length / 2];
        if (units.Length > MaxRecoverableUnits)
        {
            error = $"the payload has {units.Length} code units; encode loses every unit past index {MaxRecoverableUnits - 1}";
            return false;
        }

        for (var i = 0; i < units.Length; i++)
        {
            units[i] = (char)BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(i * 2, 2));
        }

        for (var i = 0; i + 1 < units.Length; i += 2)
        {
            (units[i], units[i + 1]) = (units[i + 1], units[i]);
        }

        for (var i = 0; i < units.Length; i++)
        {
            var shifted = units[i] ^ (i % 256);
            units[i] = (char)((shifted - FibonacciRemainders[i]) & 0xFFFF);
        }

        decoded = new string(units);
        error = string.Empty;
        return true;
    }

    /// <summary>The inverse of the worker's <c>decode</c>: the string a server sends so that <c>decode</c> yields <paramref name="plain"/>.</summary>
    /// <exception cref="ArgumentException">A code unit cannot be carried: the scheme has two hex digits per unit.</exception>
    public static string EncodeServerPayload(string plain)
    {
        var hex = new StringBuilder(plain.Length * 2);
        for (var j = 0; j < plain.Length; j++)
        {
            var value = plain[j] ^ (7 + j);
            if (value is < 0 or > 0xFF)
            {
                throw new ArgumentException($"The code unit at index {j} cannot be carried by the decode scheme.", nameof(plain));
            }

            hex.Append(value.ToString("x2", CultureInfo.InvariantCulture));
        }

        var reversed = hex.ToString().ToCharArray();
        Array.Reverse(reversed);
        var padded = new StringBuilder(reversed.Length + (reversed.Length / 4));
        for (var k = 0; k < reversed.Length; k++)
        {
            if (k > 0 && k % 4 == 0)
            {
                padded.Append(Filler[(k / 4) % Filler.Length]);
            }

            padded.Append(reversed[k]);
        }

        return Convert.ToBase64String(Encoding.UTF8.GetBytes(padded.ToString()));
    }

    private static int[] BuildFibonacciRemainders()
    {
        var remainders = new int[MaxRecoverableUnits];
        double a = 0, b = 1;
        for (var i = 0; i < remainders.Length; i++)
        {
            remainders[i] = (int)(a % 20);
            (a, b) = (b, a + b);
        }

        return remainders;
    }
}
