using Mining.Simulator.Model;

namespace Mining.Simulator.Http;

/// <summary>Endpoint metadata: which contract route an endpoint is, and whether it needs an access token.</summary>
internal sealed record RouteTag(SimulatorRoute Route, bool RequiresToken);
