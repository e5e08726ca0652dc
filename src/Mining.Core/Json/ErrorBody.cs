namespace Mining.Core.Json;

/// <summary>An error answer in its JSON form (<c>{"message": "..."}</c>).</summary>
public sealed record ErrorBody
{
    public string? Message { get; init; }

    public string? Error { get; init; }
}
