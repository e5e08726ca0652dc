namespace Mining.Core.Tests.Sse;

/// <summary>Always draws the middle of the jitter range, so every backoff delay is exactly half its ceiling.</summary>
public sealed class MidpointRandom : Random
{
    public override double NextDouble() => 0.5;
}
