using Microsoft.Extensions.Options;

namespace Mining.Core.Options;

/// <summary>Turns a settings failure at start into the one line a host prints before it exits with code 2.</summary>
public static class SettingsErrors
{
    /// <summary>
    /// Returns the line for an <see cref="OptionsValidationException"/> or a configuration value that could not be
    /// converted (the binder's <see cref="InvalidOperationException"/> names the key); null for any other exception.
    /// </summary>
    public static string? TryDescribe(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case OptionsValidationException validation:
                    return Describe(validation);
                case AggregateException aggregate when aggregate.InnerExceptions.OfType<OptionsValidationException>().Any():
                    return string.Join(" ", aggregate.InnerExceptions.OfType<OptionsValidationException>().Select(Describe));
                case InvalidOperationException conversion when conversion.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal):
                    return OneLine(conversion.Message);
            }
        }

        return null;
    }

    public static string Describe(OptionsValidationException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return string.Join(" ", exception.Failures.Select(OneLine));
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
