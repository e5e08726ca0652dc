namespace Mining.Core.Signals;

/// <summary>Puts a signal on the signal queue (Base64 messages, as the Functions queue trigger reads them).</summary>
public interface ISignalPublisher
{
    Task PublishAsync(AssignmentSignal signal, CancellationToken cancellationToken);
}
