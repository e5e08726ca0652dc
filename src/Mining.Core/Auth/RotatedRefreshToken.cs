using System.Security.Cryptography;
using System.Text;

namespace Mining.Core.Auth;

/// <summary>
/// How a rotated refresh token is stored: with a fingerprint of the configured token it descends from, so that an
/// operator who configures a new token is not overruled by a stored token of the old one.
/// </summary>
internal static class RotatedRefreshToken
{
    public static string Format(string? configured, string rotated) => Fingerprint(configured) + " " + rotated;

    /// <summary>The stored token, or null when none is stored or it descends from another configured token.</summary>
    public static string? Parse(string? stored, string? configured)
    {
        var space = stored?.IndexOf(' ', StringComparison.Ordinal) ?? -1;
        return space > 0 && stored![..space] == Fingerprint(configured) ? stored[(space + 1)..] : null;
    }

    private static string Fingerprint(string? configured) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(configured ?? "")))[..16];
}
