using Mining.Core.Contract;

namespace Mining.Workflows.Model;

/// <summary>
/// The orchestration's input, carried from one round to the next through ContinueAsNew. Small and secret-free:
/// it lands in history.
/// </summary>
/// <param name="KnownVersion">The list version read before the previous round's list call.</param>
/// <param name="PreviousRoundIdle">
/// The previous round changed nothing (no assignment processed, nothing failed): only then may an unchanged
/// version skip the list call.
/// </param>
/// <param name="Settings">The last settings the fetch activity reported, for a round whose fetch failed.</param>
public sealed record WorkerRoundState(AssignmentVersion? KnownVersion, bool PreviousRoundIdle, RoundSettings? Settings)
{
    public static WorkerRoundState Initial { get; } = new(null, false, null);
}
