using Microsoft.Extensions.Options;
using Mining.Core.Options;

namespace Mining.Workflows.Tests.Fakes;

/// <summary>Options that never change, for constructing services by hand.</summary>
public sealed class FixedOptionsMonitor(MiningOptions value) : IOptionsMonitor<MiningOptions>
{
    public MiningOptions CurrentValue => value;

    public MiningOptions Get(string? name) => value;

    public IDisposable? OnChange(Action<MiningOptions, string?> listener) => null;
}
