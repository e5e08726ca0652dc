namespace Mining.Core.Contract;

/// <summary>One tweet in a twitter task's submission.</summary>
public sealed record Tweet
{
    public string? Id { get; init; }

    public required string Url { get; init; }

    public required string Text { get; init; }

    public required string Username { get; init; }

    public required string Timestamp { get; init; }
}
