using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace Mining.Simulator.Tests;

/// <summary>The worker's side of the codec, written from MINING_API.md §3 alone, so the server's inverses are checked independently.</summary>
internal static class ContractCodec
{
    public static string Encode(string input)
    {
        var units = input.ToCharArray();
        double a = 0, b = 1;
        for (var i = 0; i < units.Length; i++)
        {
            var remainder = a % 20;
            var shifted = double.IsNaN(remainder) ? 0 : (units[i] + (int)remainder) & 0xFFFF;
            units[i] = (char)(shifted ^ (i % 256));
            (a, b) = (b, a + b);
        }

        for (var i = 0; i + 1 < units.Length; i += 2)
        {
            (units[i], units[i + 1]) = (units[i + 1], units[i]);
        }

        var bytes = new byte[units.Length * 2];
        for (var i = 0; i < units.Length; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(i * 2), units[i]);
        }

        return Convert.ToBase64String(bytes);
    }

    public static string Decode(string encoded)
    {
        var text = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
        var kept = new StringBuilder();
        for (var k = 0; k < text.Length; k++)
        {
            if ((k + 1) % 5 != 0)
            {
                kept.Append(text[k]);
            }
        }

        var reversed = kept.ToString().ToCharArray();
        Array.Reverse(reversed);
        var output = new StringBuilder();
        for (var j = 0; j * 2 + 1 < reversed.Length; j++)
        {
            var value = int.Parse(new string(reversed, j * 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            output.Append((char)(value ^ (7 + j)));
        }

        return output.ToString();
    }
}
