namespace Mining.Core.Auth;

/// <summary>The token refresh failed: the worker is unauthenticated and must stop, not loop.</summary>
public sealed class AuthenticationFailedException(string message, Exception? innerException = null)
    : Exception(message, innerException);
