using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;

namespace MiningWorker.Hosting;

/// <summary>
/// The domain pieces the host runs: the Core client and identity, the SSE listener, the crawler and the Workflows
/// (orchestration, activities, signal dispatch, heartbeat). The host adds durable hosting, the signal queue consumer,
/// the heartbeat loop and the health endpoint around them.
/// </summary>
/// <param name="AddServices">Registers the domain services, including <see cref="Signals.IAssignmentSignalHandler"/>,
/// <see cref="Heartbeat.IHeartbeatSender"/>, <see cref="Mining.Core.Auth.IAccessTokenProvider"/> and the identity.</param>
/// <param name="RegisterTasks">Registers the orchestrators and activities.</param>
internal sealed record WorkerComponents(Action<IServiceCollection> AddServices, Action<DurableTaskRegistry> RegisterTasks);
