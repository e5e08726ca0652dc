namespace Mining.Core.Api;

/// <summary>The typed result of abandoning an assignment.</summary>
public sealed record AbandonOutcome(bool Abandoned, int? StatusCode, string? Message);
