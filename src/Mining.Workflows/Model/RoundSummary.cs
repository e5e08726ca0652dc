namespace Mining.Workflows.Model;

/// <summary>The orchestration's custom status after a round: counts for operators and tests.</summary>
public sealed record RoundSummary(
    int Fetched,
    bool Unchanged,
    int StartSkipped,
    int Submitted,
    int Abandoned,
    int LeftToServer,
    int Failed,
    int SignalsCoalesced);
