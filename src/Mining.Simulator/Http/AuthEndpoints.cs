using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Mining.Simulator.Engine;
using Mining.Simulator.Model;

namespace Mining.Simulator.Http;

/// <summary><c>POST /auth/refresh</c> and <c>GET /auth/me</c> (MINING_API.md §2).</summary>
internal static class AuthEndpoints
{
    public static void Map(IEndpointRouteBuilder app, SimulatorStore store)
    {
        app.MapPost("/auth/refresh", async (HttpContext context) =>
        {
            var (body, error) = await JsonBody.ReadObjectAsync(context);
            if (body is null)
            {
                return Rejections.Reject(context, store, ViolationKind.MalformedBody, error);
            }

            if (!JsonFields.TryString(body.Root, "refresh_token", out var refreshToken))
            {
                return Rejections.Reject(context, store, ViolationKind.InvalidField, "the body needs a string field 'refresh_token'");
            }

            var answer = store.Refresh(refreshToken);
            if (answer.AccessToken is null)
            {
                return WireJson.Message(answer.StatusCode, answer.Message ?? "refresh failed");
            }

            return answer.RotatedRefreshToken is { } rotated
                ? WireJson.Ok(new { access_token = answer.AccessToken, refresh_token = rotated })
                : WireJson.Ok(new { access_token = answer.AccessToken });
        }).Contract(SimulatorRoute.AuthRefresh, requiresToken: false);

        app.MapGet("/auth/me", (HttpContext context) =>
        {
            if (context.Request.Query["platforms"] is var platforms && platforms.Count > 0 && platforms != "all")
            {
                return Rejections.Reject(context, store, ViolationKind.InvalidQueryParameter, "platforms must be 'all' (MINING_API.md §2)");
            }

            return WireJson.Ok(new
            {
                user = new { id = store.UserId, email = store.Options.UserEmail, username = "simulated-operator" },
            });
        }).Contract(SimulatorRoute.AuthMe);
    }
}
