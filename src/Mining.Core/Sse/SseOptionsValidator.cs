using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Mining.Core.Options;

namespace Mining.Core.Sse;

/// <summary>Checks the <c>Mining:Sse</c> settings at start, naming the key of each bad value.</summary>
internal sealed partial class SseOptionsValidator : IValidateOptions<MiningOptions>
{
    /// <summary>The server's keep-alives are expected every 15-30 s; an hour of allowed silence already hides a dead stream.</summary>
    private static readonly TimeSpan MaxKeepAliveInterval = TimeSpan.FromMinutes(20);

    public ValidateOptionsResult Validate(string? name, MiningOptions options)
    {
        var sse = options.Sse;
        var failures = new List<string>();
        if (sse.KeepAliveInterval <= TimeSpan.Zero || sse.KeepAliveInterval > MaxKeepAliveInterval)
        {
            failures.Add($"Mining:Sse:KeepAliveInterval must be more than zero and at most {MaxKeepAliveInterval}, not {sse.KeepAliveInterval}.");
        }

        if (sse.LeaseDuration < TimeSpan.FromSeconds(15) || sse.LeaseDuration > TimeSpan.FromSeconds(60))
        {
            failures.Add($"Mining:Sse:LeaseDuration must be 15 to 60 seconds (a blob lease), not {sse.LeaseDuration}.");
        }

        if (!StorageName().IsMatch(sse.SignalQueueName ?? string.Empty))
        {
            failures.Add($"Mining:Sse:SignalQueueName '{sse.SignalQueueName}' is not a queue name (3-63 lowercase letters, digits and single hyphens).");
        }

        if (!StorageName().IsMatch(sse.LeaseContainerName ?? string.Empty))
        {
            failures.Add($"Mining:Sse:LeaseContainerName '{sse.LeaseContainerName}' is not a container name (3-63 lowercase letters, digits and single hyphens).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex StorageName();
}
