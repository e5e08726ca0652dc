using Microsoft.Extensions.Options;

namespace Mining.Core.Options;

/// <summary>Only <c>mining-worker run</c> and the Functions app need the refresh token; they register this check.</summary>
public sealed class RefreshTokenRequiredValidator : IValidateOptions<MiningOptions>
{
    public ValidateOptionsResult Validate(string? name, MiningOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrWhiteSpace(options.RefreshToken)
            ? ValidateOptionsResult.Fail(MiningOptionsValidator.Key("RefreshToken") + " is required: set it to the refresh token of your account (it is never logged).")
            : ValidateOptionsResult.Success;
    }
}
