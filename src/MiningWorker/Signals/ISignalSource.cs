namespace MiningWorker.Signals;

/// <summary>The reading end of the signal queue.</summary>
internal interface ISignalSource
{
    IAsyncEnumerable<SignalDelivery> ReadAllAsync(CancellationToken cancellationToken);
}
