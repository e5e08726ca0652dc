namespace MiningWorker.Cli;

/// <summary>
/// Picks the settings out of the tokens the command line did not match (<c>--Mining:Key=value</c> or
/// <c>--Mining:Key value</c>), so they reach the .NET configuration; anything else is bad usage.
/// </summary>
internal static class ConfigurationArguments
{
    public static bool TryCollect(IReadOnlyList<string> unmatched, out IReadOnlyList<string> settings, out string? error)
    {
        ArgumentNullException.ThrowIfNull(unmatched);
        var collected = new List<string>();
        for (var i = 0; i < unmatched.Count; i++)
        {
            var token = unmatched[i];
            if (!IsSettingKey(token))
            {
                settings = [];
                error = $"Unrecognized argument '{token}'. Settings are given as --Mining:Key=value.";
                return false;
            }

            collected.Add(token);
            if (!token.Contains('=', StringComparison.Ordinal))
            {
                if (i + 1 >= unmatched.Count)
                {
                    settings = [];
                    error = $"The setting '{token}' has no value. Use {token}=value.";
                    return false;
                }

                collected.Add(unmatched[++i]);
            }
        }

        settings = collected;
        error = null;
        return true;
    }

    private static bool IsSettingKey(string token)
    {
        if (!token.StartsWith("--", StringComparison.Ordinal))
        {
            return false;
        }

        var key = token.AsSpan(2);
        var end = key.IndexOf('=');
        var name = end < 0 ? key : key[..end];
        return name.Length > 0 && name.Contains(':') && name[0] != ':';
    }
}
