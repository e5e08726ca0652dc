namespace Mining.Simulator.Engine;

/// <summary>The status and message of a start, submit or abandon.</summary>
internal sealed record OperationResult(int StatusCode, string? Message)
{
    public static OperationResult Ok { get; } = new(200, null);

    public static OperationResult NotFound { get; } = new(404, "assignment not found");
}
