using Mining.Core.Signals;

namespace Mining.Workflows.Signals;

/// <summary>
/// Reads a signal-queue message with <see cref="AssignmentSignalSerializer"/>. A message that is not a signal still
/// counts as one: it can only ever mean "look for assignments", and retrying it would not make it readable.
/// </summary>
public static class SignalMessage
{
    /// <summary>The reason given to a message that could not be read as a signal.</summary>
    public const string UnreadableReason = "unreadable";

    public static AssignmentSignal Parse(string? message, TimeProvider timeProvider) => Parse(message, timeProvider, out _);

    /// <param name="problem">Why the message was not a signal, or null when it was one.</param>
    public static AssignmentSignal Parse(string? message, TimeProvider timeProvider, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        try
        {
            problem = null;
            return AssignmentSignalSerializer.Deserialize(message ?? string.Empty);
        }
        catch (SignalMessageFormatException exception)
        {
            problem = exception.Message;
            return new AssignmentSignal(UnreadableReason, null, null, null, timeProvider.GetUtcNow());
        }
    }
}
