namespace Mining.Core.Tests.Sse;

/// <summary>What the test server saw of one listener request.</summary>
public sealed record RecordedRequest(string Authorization, string Accept, string? LastEventId, string DeviceId, string UserAgent);
