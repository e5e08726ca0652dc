namespace Mining.Core.Json;

/// <summary>The body of <c>PUT /workers/preferences</c> and the answer of its GET.</summary>
public sealed record PreferencesBody
{
    public required IReadOnlyList<string> Platforms { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }
}
