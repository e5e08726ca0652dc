namespace Mining.Core.Api;

/// <summary>An answer from the server that the contract does not map to an outcome. Never carries tokens.</summary>
public sealed class MiningApiException(string message, int? statusCode = null, Exception? innerException = null)
    : Exception(message, innerException)
{
    public int? StatusCode { get; } = statusCode;
}
