namespace Mining.Core.Contract;

/// <summary>The answer of <c>GET /mining/assignments</c>, with the optional cache-version header.</summary>
public sealed record AssignmentList
{
    public required IReadOnlyList<MiningAssignment> Assignments { get; init; }

    public int Total { get; init; }

    /// <summary>The <c>X-Assignment-Cache-Version</c> header, when the server sent one.</summary>
    public string? CacheVersion { get; init; }
}
