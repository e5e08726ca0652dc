using Mining.Core.Contract;

namespace Mining.Workflows.Model;

/// <summary>Output of <see cref="WorkflowNames.CrawlAndSubmit"/>: the outcome only, never the page.</summary>
public sealed record CrawlAndSubmitResult(AssignmentOutcome Outcome, AbandonReason? Reason = null, int? StatusCode = null);
