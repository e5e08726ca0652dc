using Mining.Core.Contract;

namespace Mining.Core.Json;

/// <summary>The body of <c>POST /mining/assignments/{id}/abandon</c>; <c>details</c> holds at most 200 characters.</summary>
public sealed record AbandonRequest(AbandonReason Reason, string? Details);
