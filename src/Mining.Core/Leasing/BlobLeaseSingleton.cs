using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Logging;

namespace Mining.Core.Leasing;

/// <summary>
/// Runs work on one instance at a time through a blob lease, as the WebJobs singleton lock does: take the lease,
/// renew it at half its period, cancel the work the moment a renewal fails, and release it on a clean stop. A standby
/// instance tries again every sixth of the period, so it takes over soon after the holder's lease runs out.
/// </summary>
public sealed class BlobLeaseSingleton(
    BlobContainerClient container,
    string blobName,
    TimeSpan leaseDuration,
    TimeProvider time,
    ILogger<BlobLeaseSingleton> logger)
{
    private static readonly TimeSpan ReleaseTimeout = TimeSpan.FromSeconds(5);

    private readonly BlobClient _blob = container.GetBlobClient(blobName);
    private bool _blobExists;

    public TimeSpan LeaseDuration { get; } = leaseDuration >= TimeSpan.FromSeconds(15) && leaseDuration <= TimeSpan.FromSeconds(60)
        ? leaseDuration
        : throw new ArgumentOutOfRangeException(nameof(leaseDuration), leaseDuration, "A blob lease lasts 15 to 60 seconds.");

    public TimeSpan RenewInterval => LeaseDuration / 2;

    public TimeSpan AcquireRetryInterval => LeaseDuration / 6;

    /// <summary>
    /// Runs <paramref name="work"/> whenever this instance holds the lease, until the work returns on its own (then
    /// the lease is released and this returns) or <paramref name="cancellationToken"/> fires.
    /// </summary>
    public async Task RunWhileHeldAsync(Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var lease = _blob.GetBlobLeaseClient();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await TryAcquireAsync(lease, cancellationToken).ConfigureAwait(false))
            {
                logger.LogInformation("Took the lease on {Container}/{Blob}", container.Name, blobName);
                bool workEnded;
                try
                {
                    workEnded = await HoldAsync(lease, work, cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    await ReleaseAsync(lease).ConfigureAwait(false);
                }

                if (workEnded)
                {
                    return;
                }

                cancellationToken.ThrowIfCancellationRequested();
            }

            await Task.Delay(AcquireRetryInterval, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <returns>True when the work returned on its own; false when the lease was lost or the caller cancelled.</returns>
    private async Task<bool> HoldAsync(BlobLeaseClient lease, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        using var held = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var working = work(held.Token);
        while (true)
        {
            var renewDue = Task.Delay(RenewInterval, time, held.Token);
            if (await Task.WhenAny(working, renewDue).ConfigureAwait(false) == working && !cancellationToken.IsCancellationRequested)
            {
                await working.ConfigureAwait(false);
                return true;
            }

            if (cancellationToken.IsCancellationRequested)
            {
                break;
            }

            try
            {
                // A renewal still pending when the next one is due has outlived half the lease: treat it as lost.
                await lease.RenewAsync(cancellationToken: held.Token).WaitAsync(RenewInterval, time, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Lost the lease on {Container}/{Blob}; stopping the work it guards", container.Name, blobName);
                break;
            }
        }

        await held.CancelAsync().ConfigureAwait(false);
        try
        {
            await working.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The work stopped because we cancelled it.
        }

        return false;
    }

    private async Task<bool> TryAcquireAsync(BlobLeaseClient lease, CancellationToken cancellationToken)
    {
        try
        {
            await EnsureBlobAsync(cancellationToken).ConfigureAwait(false);
            await lease.AcquireAsync(LeaseDuration, cancellationToken: cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            logger.LogDebug("Another instance holds the lease on {Container}/{Blob}", container.Name, blobName);
            return false;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            _blobExists = false;
            return false;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is RequestFailedException or HttpRequestException or IOException)
        {
            logger.LogWarning(ex, "Could not take the lease on {Container}/{Blob}; trying again in {Delay}", container.Name, blobName, AcquireRetryInterval);
            return false;
        }
    }

    private async Task EnsureBlobAsync(CancellationToken cancellationToken)
    {
        if (_blobExists)
        {
            return;
        }

        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        try
        {
            await _blob.UploadAsync(BinaryData.Empty, overwrite: false, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // It exists already, perhaps leased by another instance.
        }

        _blobExists = true;
    }

    /// <summary>Best effort: a released lease lets a standby take over at once instead of after the lease runs out.</summary>
    private async Task ReleaseAsync(BlobLeaseClient lease)
    {
        try
        {
            await lease.ReleaseAsync().WaitAsync(ReleaseTimeout, time).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or IOException or TimeoutException)
        {
            logger.LogDebug(ex, "Could not release the lease on {Container}/{Blob}; it runs out by itself", container.Name, blobName);
        }
    }
}
