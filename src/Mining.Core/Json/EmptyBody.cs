namespace Mining.Core.Json;

/// <summary>The <c>{}</c> body of start.</summary>
public sealed record EmptyBody;
