using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Mining.Simulator.Engine;
using Mining.Simulator.Http;
using Mining.Simulator.Model;

namespace Mining.Simulator;

/// <summary>
/// The reference server of the mining contract (MINING_API.md) on 127.0.0.1: auth, devices, workers, assignments
/// and test pages, all under one <see cref="BaseUrl"/> (use it for both <c>Mining:ApiBaseUrl</c> and
/// <c>Mining:MinerBaseUrl</c>). It records every request and every contract violation. Dispose it to stop it.
/// </summary>
public sealed class SimulatorServer : IAsyncDisposable
{
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(3);

    private readonly WebApplication _app;
    private readonly SimulatorStore _store;
    private readonly EventStreamHub _hub;
    private readonly ITimer _staleSweep;
    private int _disposed;

    private SimulatorServer(WebApplication app, SimulatorStore store, EventStreamHub hub, SimulatorFaults faults, int port)
    {
        _app = app;
        _store = store;
        _hub = hub;
        Faults = faults;
        Port = port;
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        State = new SimulatorState(store);
        var interval = store.Options.StaleScanInterval;
        _staleSweep = store.Time.CreateTimer(_ => store.ReassignStale(), null, interval, interval);
    }

    /// <summary>The root URL, e.g. <c>http://127.0.0.1:5123/</c>.</summary>
    public Uri BaseUrl { get; }

    public int Port { get; }

    /// <summary>The refresh token the server accepts; give it to a worker as <c>Mining:RefreshToken</c>.</summary>
    public string RefreshToken => _store.InitialRefreshToken;

    /// <summary>The id <c>/auth/me</c> returns.</summary>
    public string UserId => _store.UserId;

    public SimulatorState State { get; }

    public SimulatorFaults Faults { get; }

    /// <summary>Starts a server on 127.0.0.1 (a free port unless <see cref="SimulatorOptions.Port"/> is set).</summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    /// <exception cref="IOException">The port is taken.</exception>
    public static async Task<SimulatorServer> StartAsync(SimulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options = (options ?? new SimulatorOptions()).Snapshot();
        options.Validate();
        var hub = new EventStreamHub();
        var store = new SimulatorStore(options, hub);
        var faults = new SimulatorFaults(store, hub);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SimulatorServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, EmbeddedHostLifetime>();
        builder.WebHost.UseShutdownTimeout(ShutdownTimeout);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        var app = builder.Build();

        app.UseMiddleware<RequestRecordingMiddleware>(store);
        app.UseRouting();
        app.UseMiddleware<FaultInjectionMiddleware>(store);
        app.UseMiddleware<AccessTokenMiddleware>(store);
        AuthEndpoints.Map(app, store);
        DeviceEndpoints.Map(app, store);
        WorkerEndpoints.Map(app, store);
        EventStreamEndpoint.Map(app, store, hub);
        AssignmentEndpoints.Map(app, store);
        PageEndpoints.Map(app, store);
        ControlEndpoints.Map(app, store, faults);

        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        var port = new Uri(address).Port;
        store.BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        return new SimulatorServer(app, store, hub, faults, port);
    }

    /// <summary>
    /// Creates a search query with tasks on the simulator's own test pages. With
    /// <see cref="SimulatorOptions.AssignOnQueryCreation"/> its tasks go at once to the online workers, which are signalled.
    /// </summary>
    public SearchQuerySnapshot CreateSearchQuery(SearchQuerySpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return _store.CreateQuery(spec);
    }

    /// <summary>
    /// Hands an assignment that is not final to <paramref name="deviceId"/> as not started and signals that device, as an
    /// admin's manual reassignment does. Throws for an unknown assignment or device, or a final assignment.
    /// </summary>
    public void ReassignAssignment(string assignmentId, string deviceId) => _store.Reassign(assignmentId, deviceId);

    /// <summary>Issues a valid access token, for tests that call the API directly.</summary>
    public string IssueAccessToken() => _store.IssueAccessToken();

    /// <summary>Runs the stale-assignment sweep now instead of waiting for the timer; returns how many went back.</summary>
    public int ReassignStaleAssignments() => _store.ReassignStale();

    /// <summary>
    /// Waits until <paramref name="condition"/> holds, re-checking at every change of state. The timeout is wall-clock
    /// time, since what is awaited is a worker's progress. Throws <see cref="TimeoutException"/> with the last state summary.
    /// </summary>
    public async Task WaitForAsync(Func<SimulatorState, bool> condition, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(condition);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            var nextChange = _store.NextChange;
            if (condition(State))
            {
                return;
            }

            try
            {
                await nextChange.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"The simulator's condition did not hold within {timeout}. {Summary()}");
            }
        }
    }

    /// <summary>Waits until every task of <paramref name="searchQueryId"/> is submitted or abandoned.</summary>
    public Task WaitForQueryFinalAsync(string searchQueryId, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        WaitForAsync(state => state.AssignmentsOf(searchQueryId) is { Count: > 0 } all && all.All(a => a.IsFinal), timeout, cancellationToken);

    /// <summary>One line on the state: assignments per state, violations, counters. Holds no secret.</summary>
    public string Summary()
    {
        var byState = State.Assignments.GroupBy(a => a.State).Select(g => $"{g.Key}={g.Count()}").ToList();
        var counters = State.Counters;
        return $"Assignments: {(byState.Count == 0 ? "none" : string.Join(", ", byState))}. Violations: {State.Violations.Count}. " +
            $"Submits: {counters.AcceptedSubmits} (+{counters.DuplicateSubmits} duplicate), abandons: {counters.Abandons}, refreshes: {counters.RefreshCalls}.";
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _staleSweep.DisposeAsync();
        _hub.CloseAll();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
