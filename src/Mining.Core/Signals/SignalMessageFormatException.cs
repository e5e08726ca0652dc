namespace Mining.Core.Signals;

/// <summary>A signal queue message that is not a signal. The consumer reports it (and the queue's poison path keeps it); it is never dropped silently.</summary>
public sealed class SignalMessageFormatException(string message, Exception? innerException = null)
    : FormatException(message, innerException);
