namespace Mining.Core.Json;

/// <summary>The answer of abandon.</summary>
public sealed record AbandonResponse
{
    public bool Ok { get; init; }

    public string? Message { get; init; }
}
