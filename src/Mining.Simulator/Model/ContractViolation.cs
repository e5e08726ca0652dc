namespace Mining.Simulator.Model;

/// <summary>A contract mistake in one request; <see cref="RequestSequence"/> links it to its <see cref="RecordedRequest"/>.</summary>
public sealed record ContractViolation(
    ViolationKind Kind,
    string Description,
    string Method,
    string Path,
    long RequestSequence,
    DateTimeOffset At)
{
    public override string ToString() => $"{Kind} on {Method} {Path}: {Description}";
}
