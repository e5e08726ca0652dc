namespace Mining.Core.Json;

/// <summary>The answer of start and submit.</summary>
public sealed record SuccessResponse
{
    public bool Success { get; init; }

    public string? Message { get; init; }
}
