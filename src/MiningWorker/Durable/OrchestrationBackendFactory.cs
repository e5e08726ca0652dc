using Azure.Identity;
using DurableTask.AzureStorage;
using Microsoft.Extensions.Logging;
using Mining.Core.Options;
using Mining.Core.Storage;

namespace MiningWorker.Durable;

/// <summary>Creates the orchestration store for the chosen backend, ready to serve.</summary>
internal sealed class OrchestrationBackendFactory(DurableBackendKind kind, ILoggerFactory loggerFactory)
{
    public DurableBackendKind Kind => kind;

    public async Task<OrchestrationBackend> CreateAsync(MiningOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var activitySlots = DurableConcurrency.ActivitySlots(options);
        if (kind == DurableBackendKind.InMemory)
        {
            var memory = new UncappedInMemoryOrchestrationService(loggerFactory, activitySlots);
            return new OrchestrationBackend(memory, memory);
        }

        var settings = new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = options.Durable.TaskHubName,
            StorageAccountClientProvider = CreateStorageProvider(options.Storage),
            MaxQueuePollingInterval = options.Durable.MaxQueuePollingInterval,
            WorkItemQueueVisibilityTimeout = options.Durable.VisibilityTimeout,
            ControlQueueVisibilityTimeout = options.Durable.VisibilityTimeout,
            MaxConcurrentTaskActivityWorkItems = activitySlots,
            // One orchestration per device: more partitions would only add idle queue polling.
            PartitionCount = 1,
            // The table partition manager lets a restarted worker with the same id take its partition back at
            // once, where blob leases would make it wait for the dead process's lease to expire.
            UseTablePartitionManagement = true,
            LoggerFactory = loggerFactory,
        };
        var service = new AzureStorageOrchestrationService(settings);
        try
        {
            await service.CreateIfNotExistsAsync().WaitAsync(cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            throw new InvalidOperationException(
                $"could not create the task hub '{settings.TaskHubName}' in Mining:Storage ({RootCause(error).Message}). " +
                "Start Azurite (npx azurite) or point Mining:Storage at your account, or run with --backend in-memory.",
                error);
        }

        return new OrchestrationBackend(service, service);
    }

    /// <summary>A connection string, or an https account URL reached with managed identity (as <see cref="StorageClientFactory"/> reads it).</summary>
    private static StorageAccountClientProvider CreateStorageProvider(string storage)
    {
        if (!storage.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return new StorageAccountClientProvider(storage);
        }

        var accountName = new Uri(storage).Host.Split('.')[0];
        return new StorageAccountClientProvider(accountName, new DefaultAzureCredential());
    }

    /// <summary>The first underlying failure: the storage SDK wraps each retry's error in one aggregate.</summary>
    private static Exception RootCause(Exception error)
    {
        var cause = error;
        while ((cause is AggregateException aggregate ? aggregate.InnerExceptions.FirstOrDefault() : cause.InnerException) is { } next)
        {
            cause = next;
        }

        return cause;
    }
}
