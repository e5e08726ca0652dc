using Microsoft.AspNetCore.Builder;
using Mining.Simulator.Model;

namespace Mining.Simulator.Http;

internal static class EndpointTagging
{
    /// <summary>Marks a contract endpoint: faults can target it, and it needs a valid access token unless told otherwise.</summary>
    public static TBuilder Contract<TBuilder>(this TBuilder builder, SimulatorRoute route, bool requiresToken = true)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RouteTag(route, requiresToken));
}
