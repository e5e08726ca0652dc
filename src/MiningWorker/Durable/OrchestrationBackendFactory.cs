using Azure.Identity;
using DurableTask.AzureStorage;
using Microsoft.DurableTask.Testing.Sidecar;
using Microsoft.Extensions.Logging;
using Mining.Core.Options;
using MiningWorker.Hosting;

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
            var memory = new InMemoryOrchestrationService(loggerFactory);
            return new OrchestrationBackend(new ActivityCapOrchestrationService(memory, activitySlots), memory);
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
        await service.CreateIfNotExistsAsync().WaitAsync(cancellationToken);
        return new OrchestrationBackend(service, service);
    }

    /// <summary>A connection string, or an https account URL (blob endpoint) reached with managed identity.</summary>
    private static StorageAccountClientProvider CreateStorageProvider(string storage)
    {
        if (!StorageEndpoints.UsesManagedIdentity(storage))
        {
            return new StorageAccountClientProvider(storage);
        }

        return new StorageAccountClientProvider(
            StorageEndpoints.ServiceUri(storage, "blob"),
            StorageEndpoints.ServiceUri(storage, "queue"),
            StorageEndpoints.ServiceUri(storage, "table"),
            new DefaultAzureCredential());
    }
}
